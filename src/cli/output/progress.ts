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

/** A duration for people: `45s`, `3m 20s`, `1h 05m`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}

/**
 * A progress line on standard error for long batch runs: the count and the rate, and when the
 * share of the input read is known, the percentage and an estimate of the time left; redrawn in
 * place at most a few times a second, and nothing at all when standard error is not a terminal.
 */
export class Progress {
  readonly #options: ProgressOptions;
  readonly #start: number;
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#start = options.now();
  }

  /**
   * Redraws the line with `done` of `total` items, when the interval has passed. `fraction`
   * (0 to 1) is the share of the input consumed, when known: it adds a percentage and an ETA.
   */
  update(verb: string, done: number, total?: number, fraction?: number): void {
    if (!this.#options.enabled) return;
    const now = this.#options.now();
    if (now - this.#start < (this.#options.delayMs ?? 500)) return;
    if (now - this.#last < (this.#options.intervalMs ?? 250)) return;
    this.#last = now;
    const elapsed = Math.max(now - this.#start, 1);
    const rate = Math.round((done * 1000) / elapsed).toLocaleString("en-US");
    const of = total === undefined ? "" : ` of ${total.toLocaleString("en-US")}`;
    const share =
      fraction !== undefined && fraction > 0 && fraction <= 1
        ? `, ${Math.floor(fraction * 100)}%, ETA ${formatDuration((elapsed * (1 - fraction)) / fraction)}`
        : "";
    this.#options.write(
      `\r\u001b[K${verb} ${done.toLocaleString("en-US")}${of} products (${rate}/s)${share}`,
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
