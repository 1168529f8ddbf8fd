import { Worker } from "node:worker_threads";
import type { BusyRunner } from "./this-thread-too.js";
import {
  type BatchRequest,
  type BatchResult,
  checkWorkerKind,
  type ToWorker,
  type WorkerReady,
  type WorkerSetup,
  type WorkerStart,
} from "./worker-protocol.js";

interface Pending {
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The batches sent to this worker and not yet answered, by sequence number. */
  pending: Map<number, Pending>;
  /** Whether the worker has said it is ready (`WorkerReady`): until then it is given nothing. */
  ready: boolean;
  /** Why the worker stopped, once it has. */
  failure?: Error;
}

/**
 * A fixed set of check worker threads, started before their setup is known (each builds its
 * registry meanwhile): `configure` tells them the setup, then `run` sends a batch to the least
 * busy worker that has said it is ready and resolves with its result; a worker that fails
 * rejects its batches. `terminate` stops them all.
 */
export class WorkerPool implements BusyRunner {
  readonly #slots: Slot[];
  #terminated = false;
  #configured = false;

  /** Starts `size` workers from the module at `url`. */
  constructor(url: URL, size: number) {
    this.#slots = Array.from({ length: size }, () => this.#start(url));
  }

  #start(url: URL): Slot {
    const start: WorkerStart = { kind: checkWorkerKind };
    const slot: Slot = {
      worker: new Worker(url, { workerData: start }),
      pending: new Map(),
      ready: false,
    };
    const fail = (error: Error) => {
      slot.failure ??= error;
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
    };
    slot.worker.on("message", (result: BatchResult | WorkerReady) => {
      if ("ready" in result) {
        slot.ready = true;
        return;
      }
      const pending = slot.pending.get(result.seq);
      slot.pending.delete(result.seq);
      pending?.resolve(result);
    });
    slot.worker.on("error", fail);
    slot.worker.on("messageerror", fail);
    slot.worker.on("exit", (code) => {
      if (!this.#terminated) fail(new Error(`a check worker stopped unexpectedly (exit ${code})`));
    });
    return slot;
  }

  /** Tells every worker what to check with: once, before the first `run`. */
  configure(setup: WorkerSetup): void {
    if (this.#configured) throw new Error("the check workers are configured already");
    this.#configured = true;
    const message: ToWorker = { setup };
    for (const slot of this.#slots) slot.worker.postMessage(message);
  }

  /** The batches the least busy ready worker has not answered (`Infinity` while none is ready). */
  leastWaiting(): number {
    let least = Number.POSITIVE_INFINITY;
    for (const slot of this.#slots)
      if (slot.failure === undefined && slot.ready) least = Math.min(least, slot.pending.size);
    return least;
  }

  /**
   * Checks a batch on the ready worker with the fewest batches waiting, or, while none is ready,
   * on the least busy live one (rejects if none is left).
   */
  run(request: BatchRequest): Promise<BatchResult> {
    const alive = this.#slots.filter((s) => s.failure === undefined);
    const ready = alive.filter((s) => s.ready);
    const live = ready.length > 0 ? ready : alive;
    const slot = live.reduce<Slot | undefined>(
      (best, s) => (best === undefined || s.pending.size < best.pending.size ? s : best),
      undefined,
    );
    if (!slot) return Promise.reject(this.#slots[0]?.failure ?? new Error("no check worker"));
    if (!this.#configured) return Promise.reject(new Error("the check workers have no setup"));
    return new Promise<BatchResult>((resolve, reject) => {
      slot.pending.set(request.seq, { resolve, reject });
      const bytes = request.lines instanceof Uint8Array ? [request.lines.buffer] : [];
      slot.worker.postMessage(request, bytes as ArrayBuffer[]);
    });
  }

  /** Stops every worker at once, dropping batches under way. */
  async terminate(): Promise<void> {
    this.#terminated = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }
}
