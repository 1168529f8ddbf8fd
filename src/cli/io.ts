/**
 * Everything the CLI touches outside itself, so that tests can run it in-process with a fake.
 * `main.ts` builds the real one with `nodeIo()`.
 */
export interface CliIo {
  /** Writes text to standard output (the caller adds newlines). */
  stdout(text: string): void;
  /** Writes text to standard error (the caller adds newlines). */
  stderr(text: string): void;
  /** Reads a whole file as UTF-8; rejects with a Node.js file-system error (`code` set). */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8. */
  readStdin(): Promise<string>;
  /** Whether standard output is a terminal (colour is used only then). */
  stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (the progress line is shown only then). */
  stderrIsTTY: boolean;
  /** Environment variables; the CLI reads `NO_COLOR`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the reader of standard output has gone away (EPIPE); the CLI then stops quietly. */
  stdoutClosed?: () => boolean;
  /** Lists a directory's entries; rejects with a Node.js file-system error (`code` set). */
  listDir(path: string): Promise<{ name: string; isDirectory: boolean }[]>;
  /** Writes a file; with `exclusive`, fails (code `EEXIST`) rather than overwrite one. */
  writeFile(
    path: string,
    text: string,
    options?: { exclusive?: boolean; mode?: number },
  ): Promise<void>;
}
