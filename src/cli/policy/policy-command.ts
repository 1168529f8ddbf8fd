import { policyJsonSchema } from "../../maintain/index.js";
import { PolicyUsageError, UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { groupUsage, helpTopic, type Subcommand, subcommandUsage } from "../subcommands.js";
import { policyDiff } from "./policy-diff.js";
import { policyKeygen, policySign, policyVerify } from "./policy-signing.js";
import { policyTest } from "./policy-test.js";
import { policyValidate } from "./policy-validate.js";

const policyCommands: Readonly<Record<string, Subcommand>> = {
  validate: {
    args: "FILE... [--entities DIR]",
    summary:
      "Every problem in each policy file, schema and semantic, with its JSON path (exit 2 on any).",
  },
  test: {
    args: "[DIR] [--entities DIR]",
    summary: "Run each policy's test cases and check its version numbers (exit 1 on failure).",
  },
  diff: {
    args: "A B [--corpus DIR|FILE] [--as-of D --buyer-sector S --buyer-jurisdiction CC ...] [--format text|json]",
    summary:
      "What changed between two versions (files or bundled id@version), the version bump it needs,\n      and which products of the corpus change verdict.",
  },
  schema: { args: "", summary: "Print the JSON Schema of policy documents." },
  keygen: {
    args: "--out FILE",
    summary: "Make an Ed25519 signing key (FILE private, FILE.pub public).",
  },
  sign: {
    args: "FILE... --key FILE",
    summary: "Write FILE.sig, a detached signature of each version.",
  },
  verify: {
    args: "FILE... --key KEY|FILE",
    summary: "Check each FILE.sig (exit 1 when one does not verify).",
  },
};

/** What `vendorgate policy --help` prints. */
export function policyUsage(): string {
  return groupUsage("policy", "Commands for policy maintainers:", policyCommands);
}

/** Runs `vendorgate policy COMMAND ...` and returns the exit code; usage mistakes throw `PolicyUsageError`. */
export async function runPolicyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (
      error instanceof UsageError ||
      (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
    ) {
      throw new PolicyUsageError((error as Error).message.split(/\.\s|\n/)[0] ?? String(error));
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(policyUsage());
    return 2;
  }
  const topic = helpTopic(policyCommands, argv);
  if (topic !== undefined) {
    io.stdout(subcommandUsage("policy", policyCommands, topic));
    return 0;
  }
  if (command === "--help" || command === "-h" || rest.includes("--help")) {
    io.stdout(policyUsage());
    return 0;
  }
  switch (command) {
    case "validate":
      return policyValidate(rest, io);
    case "test":
      return policyTest(rest, io);
    case "diff":
      return policyDiff(rest, io);
    case "schema":
      io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
      return 0;
    case "keygen":
      return policyKeygen(rest, io);
    case "sign":
      return policySign(rest, io);
    case "verify":
      return policyVerify(rest, io);
    default:
      throw new UsageError(
        `unknown policy command "${command}" (validate, test, diff, schema, keygen, sign, verify)`,
      );
  }
}
