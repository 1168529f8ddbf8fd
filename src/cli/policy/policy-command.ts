import { policyJsonSchema } from "../../maintain/index.js";
import { PolicyUsageError, UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { policyDiff } from "./policy-diff.js";
import { policyKeygen, policySign, policyVerify } from "./policy-signing.js";
import { policyTest } from "./policy-test.js";
import { policyValidate } from "./policy-validate.js";

/** What `vendorgate policy --help` prints. */
export function policyUsage(): string {
  return `Usage: vendorgate policy COMMAND

Commands for policy maintainers:
  validate FILE... [--entities DIR]     Every problem in each policy file, with its JSON path (exit 2 on any)
  test [DIR] [--entities DIR]           Run each policy's test cases and check its version numbers (exit 1 on failure)
  diff A B [--corpus DIR|FILE] [--as-of D --buyer-sector S --buyer-jurisdiction CC ...] [--format text|json]
                                        What changed between two versions (files or bundled id@version),
                                        the version bump it needs, and which products change verdict
  schema                                Print the JSON Schema of policy documents
  keygen --out FILE                     Make an Ed25519 signing key (FILE private, FILE.pub public)
  sign FILE... --key FILE               Write FILE.sig, a detached signature of each version
  verify FILE... --key KEY|FILE         Check each FILE.sig (exit 1 when one does not verify)
`;
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
