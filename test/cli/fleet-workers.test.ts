// Ordering, back-pressure, errors and Ctrl-C of the worker-thread fleet runner, with a fake pool
// whose batches finish out of order.
import { describe, expect, it } from "vitest";
import { emptyTally } from "../../src/cli/check/tally.js";
import { InputError, InterruptedError } from "../../src/cli/cli-error.js";
import type { BatchBody } from "../../src/cli/fleet/cut-batches.js";
import type { FleetContext } from "../../src/cli/fleet/fleet-context.js";
import { type BatchRunner, checkFleetWithWorkers } from "../../src/cli/fleet/fleet-workers.js";
import type { BatchRequest, BatchResult } from "../../src/cli/fleet/worker-protocol.js";
import { Interrupt } from "../../src/cli/interrupt.js";
import { Progress } from "../../src/cli/output/progress.js";
import { ReportSink } from "../../src/cli/output/report-sink.js";
import { prepareEvaluation } from "../../src/engine/evaluate.js";
import { fakeIo, fakeLines, testRegistry } from "./helpers.js";

const prepared = prepareEvaluation({
  registry: testRegistry(),
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government", jurisdiction: "XX" } },
});

/** `count` batches of three lines each, numbered from line 1. */
async function* batchesOf(count: number, read: { sent: number }): AsyncGenerator<BatchBody> {
  for (let i = 0; i < count; i++) {
    read.sent++;
    yield { firstLine: i * 3 + 1, lines: [`a${i}`, `b${i}`, `c${i}`], bytes: 9 };
  }
}

/** A pool that echoes each line as a report, taking longer for some batches than for others. */
function fakePool(delayOf: (seq: number) => number, fail?: (request: BatchRequest) => BatchResult) {
  const stats = { started: 0, maxOutstanding: 0 };
  const pool: BatchRunner & { written: () => number } = {
    written: () => 0,
    run: async (request) => {
      stats.started++;
      stats.maxOutstanding = Math.max(stats.maxOutstanding, stats.started - pool.written());
      await new Promise((resolve) => setTimeout(resolve, delayOf(request.seq)));
      if (fail) return fail(request);
      const lines = request.lines as string[];
      const tally = { ...emptyTally(), allowed: lines.length };
      return { seq: request.seq, text: lines.map((line) => `${line}\n`).join(""), tally };
    },
  };
  return { pool, stats };
}

function fleetWith(io: ReturnType<typeof fakeIo>): FleetContext & { interrupt: Interrupt } {
  const progress = new Progress({ write: () => {}, enabled: false, now: () => 0 });
  return {
    label: "fleet.ndjson",
    source: fakeLines(""),
    prepared,
    output: { format: "json", color: false },
    sink: new ReportSink(io, progress),
    interrupt: new Interrupt(io),
  };
}

describe("checking a fleet on worker threads", () => {
  it("writes batches in input order when they finish out of order, never more than inFlight at once", async () => {
    const io = fakeIo();
    const { pool, stats } = fakePool((seq) => (seq % 3 === 0 ? 15 : 1));
    pool.written = () => io.out.length;
    const read = { sent: 0 };
    await checkFleetWithWorkers(batchesOf(20, read), fleetWith(io), pool, 4);
    const expected = Array.from({ length: 20 }, (_, i) => `a${i}\nb${i}\nc${i}\n`);
    expect(io.out).toEqual(expected);
    expect(stats.maxOutstanding).toBeLessThanOrEqual(4);
    expect(stats.maxOutstanding).toBeGreaterThan(1);
  });

  it("writes reports that come as UTF-8 bytes: as bytes when the io can, else decoded", async () => {
    const bytesPool: BatchRunner = {
      run: async (request) => {
        const lines = request.lines as string[];
        const text = new TextEncoder().encode(lines.map((line) => `\n${line} ✓\n`).join(""));
        return { seq: request.seq, text, tally: { ...emptyTally(), allowed: lines.length } };
      },
    };
    const expected = "a0 ✓\n\nb0 ✓\n\nc0 ✓\n\na1 ✓\n\nb1 ✓\n\nc1 ✓\n";
    const io = fakeIo();
    await checkFleetWithWorkers(batchesOf(2, { sent: 0 }), fleetWith(io), bytesPool, 2);
    // A text report's blank line before it is dropped for the first one, bytes or not.
    expect(io.out.join("")).toBe(expected);
    const chunks: Uint8Array[] = [];
    const byteIo = Object.assign(fakeIo(), { stdoutBytes: (b: Uint8Array) => chunks.push(b) });
    await checkFleetWithWorkers(batchesOf(2, { sent: 0 }), fleetWith(byteIo), bytesPool, 2);
    expect(byteIo.out).toEqual([]);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  });

  it("stops at a bad batch after the reports before it, writing nothing later", async () => {
    const io = fakeIo();
    const { pool } = fakePool(
      (seq) => (seq === 2 ? 20 : 1),
      (request) => ({
        seq: request.seq,
        text: `${(request.lines as string[])[0]}\n`,
        tally: { ...emptyTally(), allowed: 1 },
        ...(request.seq === 2
          ? { error: { message: "fleet.ndjson line 8: not valid JSON", unexpected: false } }
          : {}),
      }),
    );
    const read = { sent: 0 };
    const run = checkFleetWithWorkers(batchesOf(50, read), fleetWith(io), pool, 4);
    await expect(run).rejects.toEqual(new InputError("fleet.ndjson line 8: not valid JSON"));
    expect(io.out).toEqual(["a0\n", "a1\n", "a2\n"]);
    expect(read.sent).toBeLessThanOrEqual(2 + 4);
  });

  it("shows on the progress line the share of the input the written batches cover", async () => {
    const io = fakeIo();
    const lines: string[] = [];
    let ms = 0;
    const progress = new Progress({
      write: (s) => lines.push(s),
      enabled: true,
      now: () => (ms += 1000),
    });
    const fleet = {
      ...fleetWith(io),
      sink: new ReportSink(io, progress),
      source: fakeLines("x".repeat(36)),
    };
    const { pool } = fakePool(() => 1);
    await checkFleetWithWorkers(batchesOf(4, { sent: 0 }), fleet, pool, 2);
    expect(lines.map((line) => / (\d+)%/.exec(line)?.[1])).toEqual(["25", "50", "75", "100"]);
  });

  it("reports a failed worker as an unexpected error, not as bad input", async () => {
    const io = fakeIo();
    const pool: BatchRunner = { run: () => Promise.reject(new Error("worker died")) };
    const run = checkFleetWithWorkers(batchesOf(3, { sent: 0 }), fleetWith(io), pool, 2);
    await expect(run).rejects.toThrow(/worker died/);
    await expect(run).rejects.not.toBeInstanceOf(InputError);
    expect(io.out).toEqual([]);
  });

  it("on Ctrl-C writes the complete batches at the head, then throws InterruptedError", async () => {
    const io = fakeIo({ interruptAfterWrites: 2 });
    const { pool } = fakePool(() => 2);
    const read = { sent: 0 };
    const fleet = fleetWith(io);
    const run = checkFleetWithWorkers(batchesOf(1000, read), fleet, pool, 4);
    await expect(run).rejects.toBeInstanceOf(InterruptedError);
    expect(fleet.interrupt.requested).toBe(true);
    expect(io.out).toEqual(["a0\nb0\nc0\n", "a1\nb1\nc1\n"]);
    expect(read.sent).toBeLessThan(10);
  });
});
