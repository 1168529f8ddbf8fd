import type { WorkerPlan } from "./check-fleet.js";
import { WorkerPool } from "./worker-pool.js";
import type { WorkerSetup } from "./worker-protocol.js";

/** Fleets shorter than this many lines are checked in-process: threads would not pay off. */
const smallFleetLines = 2_000;
/** ... unless their lines hold at least this many characters. */
export const smallFleetChars = 16 * 1024 * 1024;

/** `workerPlan`'s plan, with the calls that start and stop its workers. */
export interface StartingWorkerPlan extends WorkerPlan {
  /**
   * Starts the workers now, before they are needed, so that they get ready (each builds its
   * registry) while this thread does: for an input sure to need them.
   */
  warm(): void;
  /** Tells the workers, started or not, what to check with: before any fleet uses them. */
  configure(setup: WorkerSetup): void;
  /** Stops the workers, if started. */
  stop(): Promise<void>;
}

/**
 * How `vendorgate check --jobs N` uses worker threads: `jobs - 1` workers running the module at
 * `url` (this thread checks too), started on first use (only a large fleet needs them) or early
 * by `warm()`, and stopped by `stop()`; batches of up to 1,024 lines or 1 MiB (small enough that
 * no thread idles long while another ends the fleet), at most three per thread between reading
 * and writing.
 */
export function workerPlan(url: URL, jobs: number): StartingWorkerPlan {
  let pool: WorkerPool | undefined;
  let setup: WorkerSetup | undefined;
  const start = (): WorkerPool => {
    if (!pool) {
      pool = new WorkerPool(url, jobs - 1);
      if (setup) pool.configure(setup);
    }
    return pool;
  };
  return {
    pool: start,
    smallLines: smallFleetLines,
    smallChars: smallFleetChars,
    batchLines: 1024,
    batchBytes: 1024 * 1024,
    inFlight: 3 * jobs,
    ahead: 2,
    warm: () => {
      start();
    },
    configure: (given) => {
      setup = given;
      pool?.configure(given);
    },
    stop: async () => {
      await pool?.terminate();
    },
  };
}
