// A check worker judges the pack's age by the main thread's clock, so batches checked on workers
// and in the main thread (`--jobs N` mixes them within one fleet) give the same warnings.
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { checkBatch } from "../../src/cli/check/check-batch.js";
import { runCheckWorker } from "../../src/cli/fleet/check-worker.js";
import type {
  BatchRequest,
  BatchResult,
  WorkerReady,
  WorkerSetup,
} from "../../src/cli/fleet/worker-protocol.js";
import { bundledRegistry } from "../../src/index.js";
import { prepareEvaluation } from "../../src/internal.js";

const setup: WorkerSetup = {
  policies: ["jp-gov-procurement"],
  asOf: "2021-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
  // Years after the bundled pack was built: past its maximum age.
  now: "2031-01-01T00:00:00.000Z",
  allGaps: false,
  output: { format: "json", color: false },
};
const batch: BatchRequest = {
  seq: 0,
  label: "fleet.ndjson",
  firstLine: 1,
  lines: ['{"name":"Router","manufacturer":"Acme"}'],
  bytes: 40,
};

describe("a check worker's clock", () => {
  it("is the main thread's: its reports equal those checked in the main thread", async () => {
    const { port1, port2 } = new MessageChannel();
    runCheckWorker(port2);
    port1.postMessage({ setup });
    port1.postMessage(batch);
    // It says it is ready once it has its setup, then answers the batch.
    const messages: unknown[] = [];
    const result = await new Promise<BatchResult>((resolve) =>
      port1.on("message", (message: BatchResult | WorkerReady) => {
        messages.push(message);
        if (!("ready" in message)) resolve(message);
      }),
    );
    expect(messages[0]).toEqual({ ready: true });
    port1.close();
    port2.close();
    const fromWorker = new TextDecoder().decode(result.text as Uint8Array);
    const prepared = prepareEvaluation({
      registry: bundledRegistry(),
      policies: setup.policies,
      asOf: setup.asOf,
      context: setup.context,
      now: new Date(setup.now),
      allGaps: false,
    });
    const here = checkBatch(batch, prepared, setup.output).text;
    expect(fromWorker).toContain('"code":"stale"');
    expect(fromWorker).toBe(here);
  });
});
