// A worker is given batches only once it says it is ready: until then this thread checks them
// (a worker still building its registry would hold them while this thread waits).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/fleet/worker-pool.js";

// Says it is ready when told its setup, then echoes each batch's number.
const script = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", (message) => {
  if ("setup" in message) parentPort.postMessage({ ready: true });
  else parentPort.postMessage({ seq: message.seq, text: "", tally: {} });
});
`;
const dir = mkdtempSync(join(tmpdir(), "vendorgate-pool-"));
const url = pathToFileURL(join(dir, "worker.mjs"));
writeFileSync(url, script);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const setup = {
  policies: [],
  asOf: "2021-01-01",
  context: {},
  now: "2021-01-01T00:00:00.000Z",
  allGaps: false,
  output: { format: "json" as const, color: false },
};

describe("WorkerPool", () => {
  it("counts a worker as free only once it has said it is ready", async () => {
    const pool = new WorkerPool(url, 1);
    try {
      expect(pool.leastWaiting()).toBe(Number.POSITIVE_INFINITY);
      pool.configure(setup);
      for (let tries = 0; pool.leastWaiting() !== 0 && tries < 200; tries++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pool.leastWaiting()).toBe(0);
      const result = await pool.run({ seq: 7, label: "f", firstLine: 1, lines: [], bytes: 0 });
      expect(result.seq).toBe(7);
    } finally {
      await pool.terminate();
    }
  });
});
