import type { WorkerPlan } from "./check-fleet.js";
import { WorkerPool } from "./worker-pool.js";
import type { WorkerSetup } from "./worker-protocol.js";

/** Fleets shorter than this many lines are checked in-process: threads would not pay off. */
const smallFleetLines = 2_000;
/** ... unless their lines hold at least this many characters. */
const smallFleetChars = 16 * 1024 * 1024;

/**
 * How `vendorgate check --jobs N` uses worker threads: `jobs` workers running the module at
 * `url`, started on first use (only a large fleet needs them) and stopped by `stop()`;
 * batches of up to 1,024 lines or 4 MiB, at most two per worker between reading and writing.
 */
export function workerPlan(
  url: URL,
  jobs: number,
  setup: WorkerSetup,
): WorkerPlan & { stop(): Promise<void> } {
  let pool: WorkerPool | undefined;
  return {
    pool: () => {
      pool ??= new WorkerPool(url, jobs, setup);
      return pool;
    },
    smallLines: smallFleetLines,
    smallChars: smallFleetChars,
    batchLines: 1024,
    batchBytes: 4 * 1024 * 1024,
    inFlight: 2 * jobs,
    stop: async () => {
      await pool?.terminate();
    },
  };
}
