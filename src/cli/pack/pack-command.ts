import { UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { groupUsage, helpTopic, type Subcommand, subcommandUsage } from "../subcommands.js";
import { packBuild } from "./pack-build.js";
import { packDiff } from "./pack-diff.js";
import { packInspect } from "./pack-inspect.js";
import { packVerify } from "./pack-verify.js";

/** A mistake in how a `vendorgate pack` command was called; the CLI points to its help. */
export class PackUsageError extends UsageError {}

const packCommands: Readonly<Record<string, Subcommand>> = {
  build: {
    args: "DIR --key KEY --out FILE [--revision N | --previous FILE] [--name NAME] [--max-age-days N] [--engine RANGE]",
    summary:
      "Check a policies folder and sign it into a pack (revision: one more than --previous's, else\n      the time in milliseconds).",
  },
  verify: {
    args: "FILE --key KEY|FILE",
    summary: "Check the signature, engine range and content (exit 1 if refused).",
  },
  inspect: {
    args: "FILE [--format json]",
    summary: "Manifest, digest, signing key, age, and every version's digest.",
  },
  diff: {
    args: "OLD NEW [--corpus FLEET] [--as-of D --buyer-sector S --buyer-jurisdiction CC ...] [--format json]",
    summary:
      "What changed (entities, versions, each policy's newest version, profiles) and which products\n      change outcome, with rules and sources.",
  },
};

/** What `vendorgate pack --help` prints. */
export function packUsage(): string {
  return groupUsage(
    "pack",
    "Signed policy packs: entities, policy versions, profiles and test cases in one file.",
    packCommands,
  );
}

/** Runs `vendorgate pack COMMAND ...`; usage mistakes throw `PackUsageError`. */
export async function runPackCommand(
  argv: readonly string[],
  io: CliIo,
  now: () => Date,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(packUsage());
    return 2;
  }
  const topic = helpTopic(packCommands, argv);
  if (topic !== undefined) {
    io.stdout(subcommandUsage("pack", packCommands, topic));
    return 0;
  }
  if (command === "--help" || command === "-h" || rest.includes("--help")) {
    io.stdout(packUsage());
    return 0;
  }
  try {
    switch (command) {
      case "build":
        return await packBuild(rest, io);
      case "verify":
        return await packVerify(rest, io, now());
      case "inspect":
        return await packInspect(rest, io, now());
      case "diff":
        return await packDiff(rest, io, now());
      default:
        throw new UsageError(`unknown pack command "${command}" (build, verify, inspect, diff)`);
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (
      error instanceof UsageError ||
      (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
    ) {
      throw new PackUsageError((error as Error).message.split(/\.\s|\n/)[0] ?? String(error));
    }
    throw error;
  }
}
