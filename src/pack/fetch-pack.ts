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

/** What `downloadPack` found: the pack unchanged (304), or its bytes (not yet verified). */
export type DownloadResult =
  | { status: "not-modified"; etag?: string }
  | { status: "downloaded"; etag?: string; bytes: Uint8Array };

/**
 * Downloads a pack's bytes with the platform's `fetch`, as `fetchPack` does, without verifying
 * or loading them (for tools that verify them their own way).
 */
export async function downloadPack(
  url: string,
  options: Omit<FetchPackOptions, "trustedKeys" | "into">,
): Promise<DownloadResult> {
  const request = options.fetch ?? globalThis.fetch;
  if (typeof request !== "function") throw failed(url, "this runtime has no fetch");
  const timeout = options.timeout ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
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
    const etag = response.headers.get("etag") ?? options.etag;
    const tag = etag ? { etag } : {};
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: "not-modified", ...tag };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failed(url, `the server answered ${response.status} ${response.statusText}`.trim());
    }
    try {
      return { status: "downloaded", ...tag, bytes: await readBody(url, response) };
    } catch (error) {
      if (controller.signal.aborted) throw failed(url, `no answer within ${timeout} ms`, error);
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
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
  const { trustedKeys, into, ...download } = options;
  const result = await downloadPack(url, download);
  if (result.status === "not-modified") return result;
  const { bytes, etag } = result;
  let registry: Registry;
  if (into) {
    await into.loadPack(bytes);
    registry = into;
  } else {
    registry = await loadPack(bytes, { trustedKeys });
  }
  const pack = registry.packInfo() as PackInfo;
  return { status: "loaded", ...(etag ? { etag } : {}), registry, pack };
}
