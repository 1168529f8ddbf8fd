import type { Replaced, Utf8Reading } from "../input/utf8.js";
import type { CliIo } from "../io.js";

/** How many lines with replaced bytes are listed one by one before they are only counted. */
export const listedUtf8Lines = 20;

/**
 * Says on standard error, never silently, what `--lenient-utf8` replaced: a warning line for
 * each of the first `listedUtf8Lines` lines that had invalid UTF-8 (the input, the line, the
 * byte offset of the first invalid byte and how many sequences became U+FFFD), then, at
 * `finish()`, a count of the rest.
 */
export class Utf8Warnings {
  readonly #io: CliIo;
  #lines = 0;
  #sequences = 0;

  constructor(io: CliIo) {
    this.#io = io;
  }

  /** How product inputs are decoded: with U+FFFD for invalid bytes, each replacement told here. */
  reading(): Utf8Reading {
    return { lenient: true, onReplaced: (replaced) => this.add(replaced) };
  }

  /** Tells of one line whose invalid bytes were replaced. */
  add(replaced: Replaced): void {
    this.#lines++;
    this.#sequences += replaced.count;
    if (this.#lines > listedUtf8Lines) return;
    const { label, line, offset, count } = replaced;
    const sequences = count === 1 ? "1 invalid UTF-8 sequence" : `${count} invalid UTF-8 sequences`;
    this.#io.stderr(
      `vendorgate: warning: ${label} line ${line}: replaced ${sequences} with U+FFFD (--lenient-utf8), the first at byte offset ${offset}\n`,
    );
  }

  /** Counts the lines not listed, if any. */
  finish(): void {
    if (this.#lines <= listedUtf8Lines) return;
    const more = this.#lines - listedUtf8Lines;
    this.#io.stderr(
      `vendorgate: warning: ${more.toLocaleString("en-US")} more line${more === 1 ? "" : "s"} had invalid UTF-8 replaced with U+FFFD (${this.#sequences.toLocaleString("en-US")} sequences in all)\n`,
    );
  }
}
