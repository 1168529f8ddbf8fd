import type { ReportEntry, Verdict } from "../../index.js";
import { addTally, emptyTally, type Tally, tallyTotal } from "../check/tally.js";
import type { CliIo } from "../io.js";
import type { Progress } from "./progress.js";

/**
 * Where complete reports go, in input order: the output (standard output, or the `--output`
 * file), the reports kept for a document format, the verdicts' tally and the progress line.
 * Every write is one or more whole reports, so the output never holds half of one. Text reports
 * arrive each starting with a blank line; the first one's is dropped.
 */
export class ReportSink {
  readonly #io: CliIo;
  readonly #progress: Progress;
  readonly #out: (text: string | Uint8Array) => void;
  readonly #tally = emptyTally();
  readonly #entries: ReportEntry[] = [];
  #written = 0;

  /** `out` writes the reports, as text or UTF-8 bytes (default: standard output). */
  constructor(
    io: CliIo,
    progress: Progress,
    out: (text: string | Uint8Array) => void = (text) => writeStdout(io, text),
  ) {
    this.#io = io;
    this.#progress = progress;
    this.#out = out;
  }

  /** The reports kept for a document format, in input order. */
  get entries(): readonly ReportEntry[] {
    return this.#entries;
  }

  /** How many products got each verdict so far. */
  get tally(): Readonly<Tally> {
    return this.#tally;
  }

  /** How many reports were written. */
  get written(): number {
    return this.#written;
  }

  /** Whether the reader of standard output went away (EPIPE): the run should stop quietly. */
  get closed(): boolean {
    return this.#io.stdoutClosed?.() === true;
  }

  /** Writes one product's report. `fraction` is the share of the input read, for the ETA. */
  write(output: string, verdict: Verdict, fraction?: number, entry?: ReportEntry): void {
    this.#write(output);
    if (entry) this.#entries.push(entry);
    this.#tally[verdict]++;
    this.#written++;
    this.#progress.update("checked", this.#written, undefined, fraction);
  }

  /** Writes a batch of reports (concatenated, as text or UTF-8 bytes) and their tally. */
  writeBatch(text: string | Uint8Array, tally: Readonly<Tally>, fraction?: number): void {
    this.#write(text);
    addTally(this.#tally, tally);
    this.#written += tallyTotal(tally);
    this.#progress.update("checked", this.#written, undefined, fraction);
  }

  #write(text: string | Uint8Array): void {
    if (text.length === 0) return;
    if (this.#io.stdoutIsTTY) this.#progress.clear();
    const blankFirst = typeof text === "string" ? text.startsWith("\n") : text[0] === 0x0a;
    this.#out(this.#written === 0 && blankFirst ? text.slice(1) : text);
  }
}

/** Writes text or UTF-8 bytes to standard output: bytes as they are when the io can. */
export function writeStdout(io: CliIo, text: string | Uint8Array): void {
  if (typeof text === "string") io.stdout(text);
  else if (io.stdoutBytes) io.stdoutBytes(text);
  else io.stdout(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("utf8"));
}
