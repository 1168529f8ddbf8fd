import type { CliIo } from "./io.js";

/**
 * Ctrl-C (SIGINT) during a check, as state the run polls (`requested`) or awaits (`promise`).
 * While it listens, the first Ctrl-C does not end the process: the run stops reading, writes
 * the reports already complete and exits 130. `stop()` stops listening.
 */
export class Interrupt {
  #requested = false;
  readonly #handlers: (() => void)[] = [];
  readonly #unlisten: () => void;
  /** Resolves when Ctrl-C is pressed (never, if it is not). */
  readonly promise: Promise<void>;

  constructor(io: CliIo) {
    let resolve = () => {};
    this.promise = new Promise<void>((r) => {
      resolve = r;
    });
    this.#unlisten =
      io.onInterrupt?.(() => {
        this.#requested = true;
        for (const handler of this.#handlers) handler();
        resolve();
      }) ?? (() => {});
  }

  /** Whether Ctrl-C was pressed. */
  get requested(): boolean {
    return this.#requested;
  }

  /** Runs `handler` on Ctrl-C (to close an input being read, say); returns a function to remove it. */
  on(handler: () => void): () => void {
    this.#handlers.push(handler);
    return () => {
      const at = this.#handlers.indexOf(handler);
      if (at >= 0) this.#handlers.splice(at, 1);
    };
  }

  /** Stops listening: Ctrl-C ends the process as usual again. */
  stop(): void {
    this.#unlisten();
  }
}
