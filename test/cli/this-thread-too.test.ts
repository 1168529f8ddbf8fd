// `--jobs N` checks on this thread and N - 1 workers: which batches go where.
import { describe, expect, it } from "vitest";
import { type BusyRunner, ThisThreadToo } from "../../src/cli/fleet/this-thread-too.js";
import type { BatchRequest, BatchResult } from "../../src/cli/fleet/worker-protocol.js";

const tally = { allowed: 0, indeterminate: 0, review: 0, restricted: 0, prohibited: 0 };

function request(seq: number): BatchRequest {
  return {
    seq,
    label: "fleet.ndjson",
    firstLine: seq + 1,
    lines: [`{"name":"P${seq}"}`],
    bytes: 0,
  };
}

/** A pool whose single worker answers only when told to. */
function slowPool() {
  const waiting: { seq: number; answer: () => void }[] = [];
  const pool: BusyRunner = {
    leastWaiting: () => waiting.length,
    run: (req) =>
      new Promise<BatchResult>((resolve) => {
        const entry = {
          seq: req.seq,
          answer: () => {
            waiting.splice(waiting.indexOf(entry), 1);
            resolve({ seq: req.seq, text: `worker ${req.seq}\n`, tally });
          },
        };
        waiting.push(entry);
      }),
  };
  return { pool, waiting };
}

const here = (req: BatchRequest): BatchResult => ({
  seq: req.seq,
  text: `here ${req.seq}\n`,
  tally,
});

describe("checking batches in this thread and on workers", () => {
  it("sends a batch to a worker while one has fewer than `ahead` waiting, else checks it here", async () => {
    const { pool, waiting } = slowPool();
    const runner = new ThisThreadToo(pool, here, 2);
    const results = [0, 1, 2, 3].map((seq) => runner.run(request(seq)));
    // Two went to the worker; the next two were checked here at once.
    expect(waiting.map((entry) => entry.seq)).toEqual([0, 1]);
    expect((await results[2])?.text).toBe("here 2\n");
    expect((await results[3])?.text).toBe("here 3\n");
    // Once the worker answers one, it gets the next batch again.
    waiting[0]?.answer();
    expect((await results[0])?.text).toBe("worker 0\n");
    const next = runner.run(request(4));
    expect(waiting.map((entry) => entry.seq)).toEqual([1, 4]);
    for (const entry of [...waiting]) entry.answer();
    expect((await next).text).toBe("worker 4\n");
  });

  it("checks everything here when no worker is left, and rejects what fails here", async () => {
    const gone: BusyRunner = {
      leastWaiting: () => Number.POSITIVE_INFINITY,
      run: () => Promise.reject(new Error("not expected")),
    };
    const runner = new ThisThreadToo(gone, here, 2);
    expect((await runner.run(request(7))).text).toBe("here 7\n");
    const failing = new ThisThreadToo(
      gone,
      () => {
        throw new Error("boom");
      },
      2,
    );
    await expect(failing.run(request(8))).rejects.toThrow("boom");
  });
});
