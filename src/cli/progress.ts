/** Options for a `Progress` line. */
export interface ProgressOptions {
  /** Writes to standard error. */
  write: (text: string) => void;
  /** Show anything at all: only when standard error is a terminal. */
  enabled: boolean;
  /** Milliseconds from any fixed origin. */
  now: () => number;
  /** Wait this long before the first line, so short runs stay silent (default 500). */
  delayMs?: number;
  /** Redraw at most this often (default 250). */
  intervalMs?: number;
}

/**
 * A progress line on standard error for long batch runs: the count and the rate, redrawn in
 * place at most a few times a second, and nothing at all when standard error is not a terminal.
 */
export class Progress {
  readonly #options: ProgressOptions;
  readonly #start: number;
  #phaseStart: number;
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#start = options.now();
    this.#phaseStart = this.#start;
  }

  /** Starts a new phase of the run: the rate counts from now (the initial delay does not). */
  restart(): void {
    this.#phaseStart = this.#options.now();
  }

  /** Redraws the line with `done` of `total` items, when the interval has passed. */
  update(verb: string, done: number, total?: number): void {
    if (!this.#options.enabled) return;
    const now = this.#options.now();
    if (now - this.#start < (this.#options.delayMs ?? 500)) return;
    if (now - this.#last < (this.#options.intervalMs ?? 250)) return;
    this.#last = now;
    const elapsed = Math.max(now - this.#phaseStart, 1);
    const rate = Math.round((done * 1000) / elapsed).toLocaleString("en-US");
    const of = total === undefined ? "" : ` of ${total.toLocaleString("en-US")}`;
    this.#options.write(
      `\r\u001b[K${verb} ${done.toLocaleString("en-US")}${of} products (${rate}/s)`,
    );
    this.#shown = true;
  }

  /** Erases the line (before other output to the terminal, and at the end). */
  clear(): void {
    if (!this.#shown) return;
    this.#options.write("\r\u001b[K");
    this.#shown = false;
  }
}
