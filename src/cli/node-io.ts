import { readdir, readFile, writeFile } from "node:fs/promises";
import { readLines } from "./input/node-lines.js";
import type { CliIo } from "./io.js";
import { openAtomicFile } from "./output/atomic-file.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The real `CliIo`: the process's standard streams, the file system and the environment.
 * When the reader of standard output goes away (EPIPE, as when piped into `head`), further
 * output is dropped and `stdoutClosed()` turns true so the command can stop quietly.
 */
export function nodeIo(): CliIo {
  let closed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      closed = true;
      return;
    }
    throw error;
  });
  return {
    stdout: (text) => {
      if (!closed) process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path, "utf8"),
    listDir: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    writeFile: (path, text, options = {}) =>
      writeFile(path, text, {
        flag: options.exclusive ? "wx" : "w",
        ...(options.mode ? { mode: options.mode } : {}),
      }),
    openOutput: openAtomicFile,
    readStdin,
    readLines,
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
  };
}
