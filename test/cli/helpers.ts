import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createRegistry } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

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
}

/** A fake io that reads the real file system and records what the CLI writes. */
export function fakeIo(options: FakeIoOptions = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readFile: (path) => readFile(path, "utf8"),
    listDir: async (path) =>
      (await readdir(path, { withFileTypes: true })).map((entry) => ({
        name: entry.name,
        isDirectory: entry.isDirectory(),
      })),
    writeFile: (path, text, opts = {}) =>
      writeFile(path, text, { flag: opts.exclusive ? "wx" : "w" }),
    readStdin: async () => options.stdin ?? "",
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    stdoutClosed: () =>
      options.closeStdoutAfter !== undefined && out.length >= options.closeStdoutAfter,
  };
}

/** A fixed clock at noon on a date. */
export function clockAt(date: string): () => Date {
  return () => new Date(`${date}T12:00:00`);
}

/** Runs `vendorgate ARGS...` in-process with the test policy's registry and a fixed clock. */
export async function run(
  args: readonly string[],
  options: FakeIoOptions = {},
): Promise<RunResult> {
  const io = fakeIo(options);
  const code = await runCli(args, io, {
    registry: createRegistry({
      policies: [testPolicy()],
      profiles: [
        {
          id: "xx-ministry",
          title: "A ministry of XX",
          policies: ["test-policy"],
          context: { buyer: { sector: "government", jurisdiction: "XX" } },
        },
      ],
    }),
    now: clockAt("2021-06-15"),
  });
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
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
