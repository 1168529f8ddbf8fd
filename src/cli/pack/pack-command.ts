import { UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { packBuild } from "./pack-build.js";
import { packDiff } from "./pack-diff.js";
import { packInspect } from "./pack-inspect.js";
import { packVerify } from "./pack-verify.js";

/** A mistake in how a `vendorgate pack` command was called; the CLI points to its help. */
export class PackUsageError extends UsageError {}

/** What `vendorgate pack --help` prints. */
export function packUsage(): string {
  return `Usage: vendorgate pack COMMAND

Signed policy packs: entities, policy versions, profiles and test cases in one file.
  build DIR --key KEY --out FILE [--revision N | --previous FILE] [--name NAME]
        [--max-age-days N] [--engine RANGE]
                                  Check a policies folder and sign it into a pack (revision: one
                                  more than --previous's, else the time in milliseconds)
  verify FILE --key KEY|FILE      Check the signature, engine range and content (exit 1 if refused)
  inspect FILE [--format json]    Manifest, digest, signing key, age, and every version's digest
  diff OLD NEW [--corpus FLEET] [--as-of D --buyer-sector S --buyer-jurisdiction CC ...]
        [--format json]           What changed (entities, versions, each policy's newest version,
                                  profiles) and which products change outcome, with rules and sources
`;
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
