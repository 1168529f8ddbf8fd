import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import type { CliIo, LineInput } from "../../src/cli/io.js";
import { openAtomicFile } from "../../src/cli/output/atomic-file.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createRegistry, type Registry } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { recordedOutput } from "./recorded-output.js";

/** What one in-process run of the CLI produced. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for a fake terminal. */
export interface FakeIoOptions {
  stdin?: string;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** Report stdout closed (EPIPE) after this many writes. */
  closeStdoutAfter?: number;
  /** Press Ctrl-C (call the interrupt handlers) right after this many writes to stdout. */
  interruptAfterWrites?: number;
}

/** Lines of a text, handed out one at a time as `readLines` does, with the bytes read so far. */
export function fakeLines(text: string): LineInput & { closed: () => boolean } {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  let bytes = 0;
  let closed = false;
  return {
    size: Buffer.byteLength(text),
    bytesRead: () => bytes,
    close: () => {
      closed = true;
    },
    closed: () => closed,
    async *[Symbol.asyncIterator]() {
      for (const line of lines) {
        if (closed) return;
        await Promise.resolve();
        bytes += Buffer.byteLength(line) + 1;
        yield line;
      }
    },
  };
}

/** A fake io that reads the real file system and records what the CLI writes. */
export function fakeIo(options: FakeIoOptions = {}): CliIo & { out: string[]; err: string[] } {
  const recorded = recordedOutput(options.interruptAfterWrites);
  return {
    ...recorded,
    readFile: (path) => readFile(path),
    listDir: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    writeFile: (path, text, opts = {}) =>
      writeFile(path, text, { flag: opts.exclusive ? "wx" : "w" }),
    openOutput: openAtomicFile,
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    readLines: async (path) =>
      fakeLines(path === "-" ? (options.stdin ?? "") : await readFile(path, "utf8")),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    stdoutClosed: () =>
      options.closeStdoutAfter !== undefined && recorded.out.length >= options.closeStdoutAfter,
  };
}

/** A fixed clock at noon on a date. */
export function clockAt(date: string): () => Date {
  return () => new Date(`${date}T12:00:00`);
}

/** The registry the CLI tests run with: the test policy and a profile of it. */
export function testRegistry(): Registry {
  return createRegistry({
    policies: [testPolicy()],
    profiles: [
      {
        id: "xx-ministry",
        title: "A ministry of XX",
        policies: ["test-policy"],
        context: { buyer: { sector: "government", jurisdiction: "XX" } },
      },
    ],
  });
}

/** Runs `vendorgate ARGS...` in-process on a given io, with the test registry and a fixed clock. */
export async function runWithIo(
  args: readonly string[],
  io: CliIo & { out: string[]; err: string[] },
): Promise<RunResult> {
  const code = await runCli(args, io, { registry: testRegistry(), now: clockAt("2021-06-15") });
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

/** Runs `vendorgate ARGS...` in-process with the test policy's registry and a fixed clock. */
export async function run(
  args: readonly string[],
  options: FakeIoOptions = {},
): Promise<RunResult> {
  return runWithIo(args, fakeIo(options));
}

/** A fresh temporary directory holding the given files (name to contents), removed after the test. */
export function tempFiles(files: Record<string, string | object> = {}): {
  dir: string;
  path: (name: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), "vendorgate-cli-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name: string) => join(dir, name);
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(path(name), typeof contents === "string" ? contents : JSON.stringify(contents));
  }
  return { dir, path };
}

/** Makes a directory inside a temporary directory. */
export function makeDir(path: string): string {
  mkdirSync(path);
  return path;
}

/** The flags every check in these tests needs: the test policy, a date and a buyer in its scope. */
export const checkFlags = [
  "--policy",
  "test-policy",
  "--as-of",
  "2021-01-01",
  "--buyer-sector",
  "government",
  "--buyer-jurisdiction",
  "XX",
] as const;

/** A product with nothing covered in it. */
export const cleanRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Mainboard", manufacturer: "Clean Corp" }],
};

/** A product with an Acme radio three levels down. */
export const acmeRouter = {
  name: "Router",
  id: "rt-1",
  manufacturer: "Clean Corp",
  components: [
    {
      name: "Mainboard",
      manufacturer: "Clean Corp",
      components: [
        {
          name: "Modem",
          manufacturer: "Clean Corp",
          components: [{ name: "Radio", manufacturer: "ACME Networks Co., Ltd." }],
        },
      ],
    },
  ],
};

/** A product whose only Acme part is excepted: it cannot route user data. */
export const exceptedSwitch = {
  name: "Switch",
  manufacturer: "Clean Corp",
  components: [{ name: "Fan", manufacturer: "Acme", attributes: { canRouteUserData: false } }],
};
