import { closeSync, openSync, unlinkSync, writeSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { readLines } from "./input/node-lines.js";
import { describeFsError } from "./input/read-input.js";
import type { CliIo } from "./io.js";
import { openAtomicFile } from "./output/atomic-file.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks);
}

/** Creates `path` (refusing an existing file) and writes it; removes it if the write fails. */
function writeNew(path: string, text: string, mode: number | undefined): void {
  const fd = openSync(path, "wx", mode ?? 0o666);
  try {
    const bytes = Buffer.from(text, "utf8");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    closeSync(fd);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {}
    unlinkSync(path);
    throw error;
  }
}

/** Writes a whole file atomically (see `openAtomicFile`): on an error, the path keeps what it held. */
async function replaceFile(path: string, text: string): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    file.write(text);
    await file.commit();
  } catch (error) {
    file.discard();
    throw error;
  }
}

/** What `nodeIo()` adds to `CliIo`: whether writing standard output failed (not a closed reader). */
export interface NodeIo extends CliIo {
  /** Set once a write to standard output failed with an error other than EPIPE (told on stderr). */
  stdoutFailed: () => boolean;
}

/**
 * The real `CliIo`: the process's standard streams, the file system and the environment.
 * When the reader of standard output goes away (EPIPE, as when piped into `head`), further
 * output is dropped and `stdoutClosed()` turns true so the command can stop quietly. When a
 * write to it fails otherwise (ENOSPC on a full disk, ...), the same, after one line on
 * standard error, and `stdoutFailed()` turns true: the process must then exit 2, never 1.
 */
export function nodeIo(): NodeIo {
  let closed = false;
  let failed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code === "EPIPE") return;
    failed = true;
    process.exitCode = 2;
    process.stderr.write(
      `vendorgate: cannot write to standard output (${describeFsError(error)})\n`,
    );
  });
  // Nowhere is left to tell of a failure to write standard error: keep the exit code.
  process.stderr.on("error", () => {});
  return {
    stdout: (text) => {
      if (!closed) process.stdout.write(text);
    },
    stdoutBytes: (bytes) => {
      if (!closed) process.stdout.write(bytes);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path),
    listDir: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    writeFile: async (path, text, options = {}) =>
      options.exclusive ? writeNew(path, text, options.mode) : replaceFile(path, text),
    openOutput: openAtomicFile,
    readStdin,
    readLines,
    fileSize: async (path) => {
      try {
        const stats = await stat(path);
        return stats.isFile() ? stats.size : undefined;
      } catch {
        return undefined;
      }
    },
    onInterrupt: (handler) => {
      process.once("SIGINT", handler);
      return () => {
        process.removeListener("SIGINT", handler);
      };
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    stdoutClosed: () => closed,
    stdoutFailed: () => failed,
  };
}
