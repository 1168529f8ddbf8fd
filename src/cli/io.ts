/**
 * Decodes the bytes of one line (without its line ending), or of consecutive whole lines
 * joined by `\n`, that start at byte `offset` of the input and at line `line` (from 1); throws
 * `InputError` naming the line on bytes it refuses.
 */
export type LineDecoder = (bytes: Uint8Array, line: number, offset: number) => string;

/**
 * The lines of one input, read as a stream: iterate it for the lines (without their line
 * endings), in order, each once. Memory stays constant however long the input is.
 */
export interface LineInput extends AsyncIterable<string> {
  /** Bytes of the input consumed so far: the lines handed out, with their line endings. */
  bytesRead(): number;
  /** The input's size in bytes when known (a regular file), for an estimate of the time left. */
  readonly size: number | undefined;
  /** Stops reading and releases the input; an iteration under way then ends. Safe to repeat. */
  close(): void;
  /**
   * Optionally, the rest of the input as raw UTF-8 bytes, from the first line not yet handed
   * out (lines are not handed out after): worker threads then split and decode the lines, and
   * the thread reading never decodes them.
   */
  rawRest?(): AsyncIterable<Uint8Array>;
  /**
   * Optionally, the lines not yet handed out in groups, each every whole line one read brought
   * (a stream's group never waits for a line after it): checked and written a group at a time.
   * Lines are not handed out one by one after.
   */
  lineGroups?(): AsyncIterable<string[]>;
}

/** A file being written whole: nothing appears at its path until `commit()`. */
export interface OutputFile {
  /** Appends text, or UTF-8 bytes. */
  write(text: string | Uint8Array): void;
  /** Puts the file in place, replacing any file at the path, at once. */
  commit(): Promise<void>;
  /** Drops what was written; the path keeps what it held before. Safe to repeat. */
  discard(): void;
}

/**
 * Everything the CLI touches outside itself, so that tests can run it in-process with a fake.
 * `main.ts` builds the real one with `nodeIo()`.
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds newlines). */
  stdout(text: string): void;
  /**
   * Optionally, writes UTF-8 bytes to standard output as `stdout` writes text: the reports of
   * worker threads, which come encoded, then need no decoding.
   */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Writes text to standard error (the caller adds newlines). */
  stderr(text: string): void;
  /**
   * Reads a whole file's bytes (the caller decodes them, see `readInput`); rejects with a
   * Node.js file-system error (`code` set).
   */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads all of standard input's bytes. */
  readStdin(): Promise<Uint8Array>;
  /**
   * Opens an input for reading line by line: a file, or standard input for `-`, each line's
   * bytes decoded by `decode` (which refuses invalid UTF-8, or replaces it). Rejects with a
   * Node.js file-system error (`code` set) when it cannot be opened or is a directory.
   */
  readLines(path: string, decode: LineDecoder): Promise<LineInput>;
  /**
   * Optionally, the size in bytes of the regular file at `path`; undefined for anything else
   * (standard input, a pipe, a missing file). Only a hint, to start worker threads early.
   */
  fileSize?(path: string): Promise<number | undefined>;
  /**
   * Calls `handler` on the first Ctrl-C (SIGINT) instead of ending the process; returns a
   * function that stops listening. A second Ctrl-C after the first ends the process as usual.
   */
  onInterrupt?: (handler: () => void) => () => void;
  /** Whether standard output is a terminal (colour is used only then). */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (the progress line is shown only then). */
  stderrIsTTY: boolean;
  /** Environment variables; the CLI reads `NO_COLOR`. */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Whether standard output can take no more: its reader has gone away (EPIPE), and the CLI
   * stops quietly, or a write failed (a full disk), and the CLI stops and exits 2.
   */
  stdoutClosed?: () => boolean;
  /** Lists a directory's entries; rejects with a Node.js file-system error (`code` set). */
  listDir(path: string): Promise<{ name: string; isDirectory: boolean }[]>;
  /** Opens a file to write atomically (`--output`); rejects with a Node.js file-system error. */
  openOutput(path: string): Promise<OutputFile>;
  /** Writes a file; with `exclusive`, fails (code `EEXIST`) rather than overwrite one. */
  writeFile(
    path: string,
    text: string,
    options?: { exclusive?: boolean; mode?: number },
  ): Promise<void>;
}
