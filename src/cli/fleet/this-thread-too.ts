import type { BatchRunner } from "./fleet-workers.js";
import type { BatchRequest, BatchResult } from "./worker-protocol.js";

/** A pool of worker threads that can tell how busy its least busy worker is. */
export interface BusyRunner extends BatchRunner {
  /** The batches the least busy ready worker has not answered yet (`Infinity` while none is). */
  leastWaiting(): number;
}

/**
 * Checks batches on worker threads and in this thread too: a batch goes to a worker while one has
 * fewer than `ahead` batches waiting, else this thread checks it at once (it would otherwise only
 * wait for theirs). So `--jobs N` checks on N threads, this one and N - 1 workers, and a fleet
 * starts in this thread while the workers still get ready.
 */
export class ThisThreadToo implements BatchRunner {
  constructor(
    private readonly pool: BusyRunner,
    private readonly here: (request: BatchRequest) => BatchResult,
    private readonly ahead: number,
  ) {}

  run(request: BatchRequest): Promise<BatchResult> {
    if (this.pool.leastWaiting() < this.ahead) return this.pool.run(request);
    try {
      return Promise.resolve(this.here(request));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
