// fetchPack against a real HTTP server on the loopback interface, started and stopped here.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegistry, fetchPack, VendorgateError } from "../../src/index.js";
import { buildPack, generateSigningKey } from "../../src/maintain/index.js";
import {
  bundledEntities,
  bundledPolicies,
  bundledProfiles,
} from "../../src/registry/bundled-data.js";

const content = {
  entities: bundledEntities,
  policies: bundledPolicies,
  profiles: bundledProfiles,
  tests: [],
};
const key = await generateSigningKey();
const trustedKeys = [key.publicKey];
const manifest = { name: "served", maxAgeDays: 30 };
const current = JSON.stringify(
  await buildPack(content, { ...manifest, revision: 5 }, key.privateKey),
);
const older = JSON.stringify(
  await buildPack(content, { ...manifest, revision: 4 }, key.privateKey),
);
const tampered = current.replace('"maxAgeDays":30', '"maxAgeDays":3000');
const etag = '"rev-5"';
let server: Server;
let base: string;
const requests: { url: string; ifNoneMatch?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({
      url: req.url ?? "",
      ...(req.headers["if-none-match"] ? { ifNoneMatch: req.headers["if-none-match"] } : {}),
    });
    switch (req.url) {
      case "/pack.json":
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { ETag: etag }).end();
          return;
        }
        res.writeHead(200, { ETag: etag, "Content-Type": "application/json" }).end(current);
        return;
      case "/old.json":
        res.writeHead(200, { ETag: '"rev-4"' }).end(older);
        return;
      case "/tampered.json":
        res.writeHead(200).end(tampered);
        return;
      case "/hang.json":
        return; // never answers
      case "/truncated.json": {
        const bytes = Buffer.from(current);
        res.writeHead(200, { "Content-Length": String(bytes.length) });
        res.write(bytes.subarray(0, bytes.length >> 1), () => res.socket?.destroy());
        return;
      }
      default:
        res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function refusal(promise: Promise<unknown>): Promise<VendorgateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorgateError);
  return error as VendorgateError;
}

describe("fetchPack over loopback HTTP", () => {
  it("loads a pack, then asks with If-None-Match and gets 304", async () => {
    const first = await fetchPack(`${base}/pack.json`, { trustedKeys });
    expect(first.status).toBe("loaded");
    if (first.status !== "loaded") return;
    expect(first.etag).toBe(etag);
    expect(first.pack.revision).toBe(5);
    expect(first.registry.list().length).toBe(bundledPolicies.length);
    const again = await fetchPack(`${base}/pack.json`, { trustedKeys, etag: first.etag ?? "" });
    expect(again).toEqual({ status: "not-modified", etag });
    expect(requests.at(-1)).toEqual({ url: "/pack.json", ifNoneMatch: etag });
  });

  it("refuses a tampered pack and a rollback, the registry keeping its last good pack", async () => {
    expect(tampered).not.toBe(current);
    const registry = createRegistry({ trustedKeys });
    await fetchPack(`${base}/pack.json`, { trustedKeys, into: registry });
    const bad = await refusal(fetchPack(`${base}/tampered.json`, { trustedKeys, into: registry }));
    expect(bad.issues[0]?.code).toBe("invalid_signature");
    const back = await refusal(fetchPack(`${base}/old.json`, { trustedKeys, into: registry }));
    expect(back.issues[0]?.code).toBe("rollback");
    expect(registry.packInfo()?.revision).toBe(5);
    expect(registry.list().length).toBe(bundledPolicies.length);
  });

  it("gives up on a server that never answers when the timeout fires", async () => {
    const started = Date.now();
    const error = await refusal(fetchPack(`${base}/hang.json`, { trustedKeys, timeout: 200 }));
    expect(error.issues[0]?.code).toBe("fetch_failed");
    expect(error.issues[0]?.message).toMatch(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("detects a body cut short", async () => {
    const error = await refusal(fetchPack(`${base}/truncated.json`, { trustedKeys }));
    expect(error.issues[0]?.code).toBe("fetch_failed");
    expect(error.issues[0]?.message).toMatch(/cut short/);
  });

  it("reports an HTTP error status", async () => {
    const error = await refusal(fetchPack(`${base}/missing.json`, { trustedKeys }));
    expect(error.issues[0]?.message).toMatch(/answered 404/);
  });

  it("detects a body cut short that the transport did not notice", async () => {
    const cut = current.slice(0, 1000);
    const fake = (async () =>
      new Response(cut, { headers: { "content-length": String(current.length) } })) as typeof fetch;
    const error = await refusal(
      fetchPack("https://packs.invalid/p.json", { trustedKeys, fetch: fake }),
    );
    expect(error.issues[0]?.message).toMatch(/cut short/);
  });
});
