import { availableParallelism } from "node:os";
import { bundledRegistry, type Registry, VendorgateError, version } from "../index.js";
import { wantsHelp, wantsVersion } from "./args.js";
import { runCheck } from "./check/check.js";
import {
  InputError,
  InterruptedError,
  OutputError,
  PolicyUsageError,
  UsageError,
} from "./cli-error.js";
import { describeFsError } from "./input/read-input.js";
import type { CliIo } from "./io.js";
import { listUsage, runList } from "./list/list.js";
import { PackUsageError, runPackCommand } from "./pack/pack-command.js";
import { runPolicyCommand } from "./policy/policy-command.js";
import { checkSynopsis, checkUsage, mainUsage } from "./usage.js";

export type { CliIo } from "./io.js";

/** What tests and embedders may inject into `runCli`. */
export interface RunCliOptions {
  /** Where policies come from (default: `bundledRegistry()`). */
  registry?: Registry;
  /** The clock: today's date is the default `--as-of`, and the progress rate uses it. */
  now?: () => Date;
  /**
   * The module that runs a `vendorgate check` worker thread: the built CLI passes its own URL.
   * Without it, or with `registry`, fleets are checked in-process whatever `--jobs` says.
   */
  workerUrl?: URL;
}

class CommandUsageError extends UsageError {}

/** A Node.js system error (ENOSPC, EACCES, ...): not a bug, so told in one line. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    typeof (error as NodeJS.ErrnoException).errno === "number"
  );
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  options: RunCliOptions,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(mainUsage());
    return 2;
  }
  if (command === "--help" || command === "-h" || (command === "help" && rest.length === 0)) {
    io.stdout(mainUsage());
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (command === "list" || (command === "help" && rest[0] === "list")) {
    if (command === "help" || wantsHelp(rest)) {
      io.stdout(listUsage());
      return 0;
    }
    return runList(rest, io, options.registry ?? bundledRegistry());
  }
  if (command === "check" || (command === "help" && rest[0] === "check")) {
    if (command === "help" || wantsHelp(rest)) {
      io.stdout(checkUsage());
      return 0;
    }
    if (wantsVersion(rest)) {
      io.stdout(`${version}\n`);
      return 0;
    }
    return runCheck(rest, io, {
      registry: () => options.registry ?? bundledRegistry(),
      now: options.now ?? (() => new Date()),
      parallelism: availableParallelism(),
      // Workers build the bundled registry: an injected one cannot be sent to them.
      ...(options.workerUrl && !options.registry ? { workerUrl: options.workerUrl } : {}),
    });
  }
  if (command === "policy") return runPolicyCommand(rest, io);
  if (command === "pack") return runPackCommand(rest, io, options.now ?? (() => new Date()));
  throw new CommandUsageError(
    command.startsWith("-") ? `unknown option ${command}` : `unknown command "${command}"`,
  );
}

/**
 * Runs the vendorgate command line in-process and resolves to the exit code: 0 when no
 * product reaches `--fail-on`, 1 when one does, 2 on bad input, usage or an unexpected error,
 * 130 when Ctrl-C stopped a check.
 * Never throws: problems go to `io.stderr`, bad input as one line.
 * @example
 * const code = await runCli(["check", "router.json", "--policy", "jp-gov-procurement",
 *   "--buyer-sector", "government", "--buyer-jurisdiction", "JP"], nodeIo());
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: RunCliOptions = {},
): Promise<number> {
  try {
    return await dispatch(argv, io, options);
  } catch (error) {
    if (error instanceof PolicyUsageError) {
      io.stderr(`vendorgate: ${error.message}\nRun 'vendorgate policy --help' for usage.\n`);
      return 2;
    }
    if (error instanceof PackUsageError) {
      io.stderr(`vendorgate: ${error.message}\nRun 'vendorgate pack --help' for usage.\n`);
      return 2;
    }
    if (error instanceof CommandUsageError) {
      io.stderr(`vendorgate: ${error.message}\nRun 'vendorgate --help' for usage.\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(
        `vendorgate: ${error.message}\n${checkSynopsis}\nRun 'vendorgate check --help' for the options.\n`,
      );
      return 2;
    }
    if (error instanceof InterruptedError) {
      io.stderr(`vendorgate: ${error.message}\n`);
      return 130;
    }
    if (error instanceof InputError || error instanceof OutputError) {
      io.stderr(`vendorgate: ${error.message}\n`);
      return 2;
    }
    if (isSystemError(error)) {
      // A file-system failure no command turned into a message of its own (a full disk, say).
      const where = error.path === undefined ? "" : `${error.path}: `;
      io.stderr(`vendorgate: ${where}${describeFsError(error)} (${error.code})\n`);
      return 2;
    }
    if (error instanceof VendorgateError) {
      io.stderr(`vendorgate: ${error.issues[0]?.message ?? error.message.split("\n")[0]}\n`);
      return 2;
    }
    // Not 1, which would read as "a product reached --fail-on".
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`vendorgate: unexpected error, please report it: ${detail}\n`);
    return 2;
  }
}
