import { VendorgateError } from "../errors.js";
import type { Registry } from "../registry/registry.js";
import { loadPack } from "./load-pack.js";
import type { PackInfo } from "./pack-schema.js";

/** Options for `fetchPack`. */
export interface FetchPackOptions {
  /** Public keys (`ed25519:...`) whose pack signatures are accepted (`into` uses its own). */
  trustedKeys: readonly string[];
  /** The ETag of the pack already held: the server answers 304 when it has not changed. */
  etag?: string;
  /** The fetch to use (default: the platform's `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before the request, body included, is abandoned (default 30,000). */
  timeout?: number;
  /** A registry to load the pack into (keeping its last good pack when refused); default: a new one. */
  into?: Registry;
}

/** What `fetchPack` found: the pack unchanged (304), or a verified pack loaded into a registry. */
export type FetchPackResult =
  | { status: "not-modified"; etag?: string }
  | { status: "loaded"; etag?: string; registry: Registry; pack: PackInfo };

function failed(url: string, message: string, cause?: unknown): VendorgateError {
  return new VendorgateError(
    `Could not fetch the pack from ${url}`,
    [{ code: "fetch_failed", path: [], message: `${url}: ${message}` }],
    cause === undefined ? undefined : { cause },
  );
}

async function readBody(url: string, response: Response): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw failed(url, `the body was cut short (${(error as Error).message})`, error);
  }
  const length = response.headers.get("content-length");
  const encoded = response.headers.get("content-encoding");
  if (length !== null && !encoded && Number(length) !== bytes.length) {
    throw failed(url, `the body was cut short: ${bytes.length} of ${length} bytes`);
  }
  return bytes;
}

/**
 * Downloads a signed policy pack with the platform's `fetch` (browsers and Node.js), verifies it
 * and loads it. With `etag`, asks only for a changed pack (`If-None-Match`) and resolves
 * `not-modified` on 304. With `into`, loads into that registry, which keeps its last good pack
 * when this one is refused. Rejects with `VendorgateError`: `fetch_failed` (network, HTTP status,
 * timeout, a body cut short) or the pack's refusal (signature, rollback, engine, content).
 * @example
 * const result = await fetchPack("https://example.org/policies.pack.json", {
 *   trustedKeys, etag: saved.etag, into: registry,
 * });
 * if (result.status === "loaded") saved.etag = result.etag;
 */
export async function fetchPack(url: string, options: FetchPackOptions): Promise<FetchPackResult> {
  const request = options.fetch ?? globalThis.fetch;
  if (typeof request !== "function") throw failed(url, "this runtime has no fetch");
  const timeout = options.timeout ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  let bytes: Uint8Array;
  let etag: string | undefined;
  try {
    let response: Response;
    try {
      response = await request(url, {
        signal: controller.signal,
        headers: options.etag ? { "If-None-Match": options.etag } : {},
      });
    } catch (error) {
      if (controller.signal.aborted) throw failed(url, `no answer within ${timeout} ms`, error);
      throw failed(url, (error as Error).message, error);
    }
    etag = response.headers.get("etag") ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel();
      return {
        status: "not-modified",
        ...((etag ?? options.etag) ? { etag: etag ?? options.etag } : {}),
      };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failed(url, `the server answered ${response.status} ${response.statusText}`.trim());
    }
    try {
      bytes = await readBody(url, response);
    } catch (error) {
      if (controller.signal.aborted) throw failed(url, `no answer within ${timeout} ms`, error);
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
  const keys = { trustedKeys: options.trustedKeys };
  let registry: Registry;
  if (options.into) {
    await options.into.loadPack(bytes);
    registry = options.into;
  } else {
    registry = await loadPack(bytes, keys);
  }
  const pack = registry.packInfo() as PackInfo;
  return { status: "loaded", ...(etag ? { etag } : {}), registry, pack };
}
