// Running the built CLI (dist/cli.js, built by `npm test` before vitest runs) as a user does.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A bundled policy, a date and a buyer in its scope: what a check of the built CLI needs. */
export const bundledFlags = [
  "--policy",
  "jp-gov-procurement",
  "--as-of",
  "2021-06-01",
  "--buyer-sector",
  "government",
  "--buyer-jurisdiction",
  "JP",
] as const;

/** The built CLI; throws if it is missing. */
export function builtCli(): string {
  const cli = join(root, "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  return cli;
}

/** What one run of the built CLI produced. */
export interface BuiltRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** How to run the built CLI: standard input as chunks (written `pauseMs` apart), standard output. */
export interface BuiltOptions {
  /** Chunks written to standard input, in order; standard input is closed after the last. */
  stdin?: readonly (string | Uint8Array)[];
  pauseMs?: number;
  /** A file descriptor to take standard output instead of a pipe (`/dev/full`, say). */
  stdoutFd?: number;
}

/** Runs `vendorgate ARGS...` from the built CLI in the repository root. */
export function runBuilt(args: readonly string[], options: BuiltOptions = {}): Promise<BuiltRun> {
  const child = spawn(process.execPath, [builtCli(), ...args], {
    cwd: root,
    stdio: [options.stdin ? "pipe" : "ignore", options.stdoutFd ?? "pipe", "pipe"],
  });
  const outcome: BuiltRun = { code: null, stdout: "", stderr: "" };
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    outcome.stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    outcome.stderr += chunk;
  });
  if (options.stdin && child.stdin) {
    const stdin = child.stdin;
    const chunks = [...options.stdin];
    const next = () => {
      const chunk = chunks.shift();
      if (chunk === undefined) {
        stdin.end();
        return;
      }
      stdin.write(chunk);
      setTimeout(next, options.pauseMs ?? 0);
    };
    next();
  }
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ ...outcome, code: code ?? null })),
  );
}
