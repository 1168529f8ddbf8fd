// The CLI under the fuzzer: an in-memory CliIo, and the checks on what a run wrote: exit code,
// stderr, whole JSON on stdout, no writes after stdout closed.

import type { CliIo, LineDecoder, LineInput } from "../../src/cli/io.js";
import { recordedOutput } from "../cli/recorded-output.js";
import type { CliSpec } from "./cli-cases.js";
import { fail } from "./failure.js";
import type { CaseState, FuzzCase, FuzzEnv } from "./types.js";
import type { Loose } from "./values.js";

function fsError(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** A CliIo over an in-memory file system: `files` maps paths to contents; folders are implied. */
export function memoryIo(spec: CliSpec): CliIo & { out: string[]; err: string[] } {
  const files = new Map(Object.entries(spec.files).map(([path, text]) => [normalize(path), text]));
  const isDir = (path: string) => {
    const prefix = path === "." ? "" : `${path}/`;
    for (const key of files.keys()) if (key.startsWith(prefix)) return true;
    return false;
  };
  const recorded = recordedOutput(spec.interruptAfterWrites);
  return {
    ...recorded,
    readFile: async (path) => {
      const key = normalize(path);
      const contents = files.get(key);
      if (contents !== undefined) return bytesOf(contents);
      throw fsError(isDir(key) ? "EISDIR" : "ENOENT", path);
    },
    listDir: async (path) => {
      const key = normalize(path);
      if (files.has(key)) throw fsError("ENOTDIR", path);
      if (!isDir(key)) throw fsError("ENOENT", path);
      const prefix = key === "." ? "" : `${key}/`;
      const entries = new Map();
      for (const file of files.keys()) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...rest] = file.slice(prefix.length).split("/");
        entries.set(name, rest.length > 0);
      }
      return [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    writeFile: async (path, text, options = {}) => {
      const key = normalize(path);
      if (options.exclusive && files.has(key)) throw fsError("EEXIST", path);
      files.set(key, text);
    },
    openOutput: async (path) => {
      let text = "";
      return {
        write: (more) => {
          text += more;
        },
        commit: async () => {
          files.set(normalize(path), text);
        },
        discard: () => {
          text = "";
        },
      };
    },
    readStdin: async () => bytesOf(spec.stdin ?? ""),
    readLines: async (path, decode) => {
      if (path === "-") return lineInput(bytesOf(spec.stdin ?? ""), decode);
      const key = normalize(path);
      const contents = files.get(key);
      if (contents !== undefined) return lineInput(bytesOf(contents), decode);
      throw fsError(isDir(key) ? "EISDIR" : "ENOENT", path);
    },
    stdoutIsTTY: spec.stdoutIsTTY === true,
    stderrIsTTY: spec.stderrIsTTY === true,
    env: spec.noColor ? { NO_COLOR: "1" } : {},
    stdoutClosed: () =>
      spec.closeStdoutAfter !== undefined && recorded.out.length >= spec.closeStdoutAfter,
  };
}

/** A file's contents as bytes: text as UTF-8, bytes (invalid UTF-8 included) as they are. */
function bytesOf(contents: string | Uint8Array): Buffer {
  return typeof contents === "string" ? Buffer.from(contents) : Buffer.from(contents);
}

/**
 * The lines of some bytes as the CLI's `readLines` hands them out (see CliIo's LineInput):
 * split at `\n` (a `\r` before it dropped), each decoded by the CLI's `decode`.
 */
function lineInput(all: Buffer, decode: LineDecoder): LineInput {
  let read = 0;
  let closed = false;
  return {
    size: all.length,
    bytesRead: () => read,
    close: () => {
      closed = true;
    },
    async *[Symbol.asyncIterator]() {
      let line = 0;
      while (read < all.length && !closed) {
        await Promise.resolve();
        const newline = all.indexOf(0x0a, read);
        const end = newline < 0 ? all.length : newline;
        const bytes = all.subarray(read, end > read && all[end - 1] === 0x0d ? end - 1 : end);
        const start = read;
        read = end + 1;
        yield decode(bytes, ++line, start);
      }
    },
  };
}

function normalize(path: string): string {
  const parts = [];
  for (const part of String(path).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || ".";
}

function formatOf(argv: readonly string[]): string | undefined {
  const at = argv.lastIndexOf("--format");
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Checks what a `check` run wrote: exit code, stderr, and that JSON output is whole. */
export function checkCliOutput(
  argv: readonly string[],
  code: number | null | undefined,
  stdoutWrites: readonly string[],
  stderr: string,
  closeStdoutAfter: number | undefined,
  interrupted = false,
): void {
  if (code == null || ![0, 1, 2, ...(interrupted ? [130] : [])].includes(code))
    fail("cli-exit", `exit code ${code}`);
  if (/unexpected error/i.test(stderr))
    fail("cli-unexpected", stderr.split("\n").slice(0, 2).join(" ").slice(0, 300));
  if (code === 2 && stderr.trim() === "" && stdoutWrites.join("").trim() === "")
    fail("cli-silent", "exit 2 without a message");
  if (argv[0] !== "check") return;
  if (closeStdoutAfter !== undefined && stdoutWrites.length > Math.max(closeStdoutAfter, 1))
    fail("cli-epipe", `kept writing after stdout closed (${stdoutWrites.length} writes)`);
  if (
    formatOf(argv) !== "json" ||
    argv.includes("--help") ||
    argv.includes("-h") ||
    argv.includes("--version")
  )
    return;
  const stdout = stdoutWrites.join("");
  if (stdout === "") return;
  if (!stdoutWrites.every((text: string) => text.endsWith("\n")))
    fail("cli-json", "a write to stdout does not end a line");
  try {
    JSON.parse(stdout);
    return;
  } catch {
    // Several reports: one a line.
  }
  for (const line of stdout.split("\n")) {
    if (line === "") continue;
    try {
      JSON.parse(line);
    } catch {
      fail("cli-json", `stdout holds a line that is not JSON: ${line.slice(0, 80)}`);
    }
  }
}

/**
 * Invalid UTF-8 at a known place (`expect`, see badBytesInput in cli-cases.mjs): refused with
 * exit 2 and one line naming the input, line and byte offset; or, with `--lenient-utf8`, read
 * with a warning naming the same.
 */
function checkUtf8(
  expect: CliSpec["expectUtf8"],
  code: number | null | undefined,
  stderr: string,
): void {
  if (!expect) return;
  const { label, line, offset, lenient } = expect;
  const where = `${label} line ${line}`;
  const quoted = where.replace(/[.*+?^${}()|[\]\\<>]/g, "\\$&");
  if (!lenient) {
    if (code !== 2) fail("cli-utf8", `invalid UTF-8 at ${where} gave exit ${code}, not 2`);
    const wanted = new RegExp(
      `^vendorgate: ${quoted}: invalid UTF-8 \\(byte 0x[0-9A-F]{2} at byte offset ${offset}\\)`,
    );
    if (!wanted.test(stderr) || stderr.trimEnd().includes("\n"))
      fail(
        "cli-utf8",
        `not one line naming ${where}, byte offset ${offset}: ${stderr.slice(0, 200)}`,
      );
    return;
  }
  if (code !== 0 && code !== 1)
    fail("cli-utf8", `--lenient-utf8 gave exit ${code}: ${stderr.slice(0, 200)}`);
  if (!stderr.includes(`warning: ${where}: replaced `) || !stderr.includes(`byte offset ${offset}`))
    fail(
      "cli-utf8",
      `--lenient-utf8 did not say what it replaced at ${where}, byte offset ${offset}`,
    );
}

/** Runs a CLI input in-process (and, when asked, with the built CLI) and checks what it did. */
export async function runCliCase(
  testCase: FuzzCase,
  env: FuzzEnv,
  state: CaseState,
): Promise<void> {
  const spec = testCase.input;
  const io = memoryIo(spec);
  const start = performance.now();
  let code: number | undefined;
  try {
    code = await env.runCli(spec.argv, io, {
      registry: env.cliRegistry.fork(),
      now: () => new Date("2021-06-15T12:00:00"),
    });
  } catch (error) {
    fail(
      "cli-throw",
      `runCli threw ${(error as Loose)?.constructor?.name}: ${String((error as Loose)?.message).split("\n")[0]}`,
    );
  } finally {
    state.ms = performance.now() - start;
  }
  const interrupted =
    spec.interruptAfterWrites !== undefined && io.out.length >= spec.interruptAfterWrites;
  checkCliOutput(spec.argv, code, io.out, io.err.join(""), spec.closeStdoutAfter, interrupted);
  checkUtf8(spec.expectUtf8, code, io.err.join(""));
  if (env.spawnCli && spec.argv[0] === "check" && env.spawnCli.wants(testCase)) {
    const argv = spec.argv.map((arg: string) =>
      arg.startsWith("test-policy") ? arg.replace("test-policy", "jp-gov-procurement") : arg,
    );
    const result = await env.spawnCli.run(argv, spec.files, spec.stdin);
    if (result.signal) fail("cli-crash", `the built CLI died by ${result.signal}`);
    const closeAfter = undefined;
    checkCliOutput(
      argv,
      result.code,
      result.stdout === "" ? [] : [result.stdout],
      result.stderr,
      closeAfter,
    );
    checkUtf8(spec.expectUtf8, result.code, result.stderr);
  }
}
