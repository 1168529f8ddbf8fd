import {
  compareVerdicts,
  evaluate,
  type Profile,
  type Registry,
  type Report,
  VendorgateError,
  type Verdict,
} from "../index.js";
import { parseCheckArgs } from "./args.js";
import { buildContext } from "./build-context.js";
import { InputError } from "./cli-error.js";
import { formatReportText, formatSummaryText } from "./format-text.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";
import { type InputProduct, readProducts } from "./read-products.js";

/** What `runCheck` needs besides its arguments and io. */
export interface CheckDeps {
  registry: () => Registry;
  now: () => Date;
}

function firstIssue(error: VendorgateError): string {
  return error.issues[0]?.message ?? error.message.split("\n")[0] ?? error.message;
}

/** Resolves each spec once up front, so an unknown policy stops the run before any output. */
function checkPolicies(registry: Registry, specs: readonly string[], asOf: string): void {
  for (const spec of specs) {
    try {
      registry.resolve(spec, asOf);
    } catch (error) {
      if (error instanceof VendorgateError)
        throw new InputError(`--policy ${spec}: ${firstIssue(error)}`);
      throw error;
    }
  }
}

function findProfile(registry: Registry, id: string): Profile {
  try {
    return registry.profile(id);
  } catch (error) {
    if (error instanceof VendorgateError)
      throw new InputError(`--profile ${id}: ${firstIssue(error)}`);
    throw error;
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `vendorgate check`: reads and validates every input first (so bad input gives exit 2
 * and no reports), then evaluates each product and writes its report as it goes.
 * Returns 1 when some product's verdict reaches `--fail-on`, else 0; throws `UsageError` or
 * `InputError` for exit 2.
 */
export async function runCheck(
  argv: readonly string[],
  io: CliIo,
  deps: CheckDeps,
): Promise<number> {
  const args = parseCheckArgs(argv);
  const registry = deps.registry();
  const profile = args.profile === undefined ? undefined : findProfile(registry, args.profile);
  const { asOf, context } = await buildContext(args, io, deps.now, profile?.context);
  const policies = [...new Set([...(profile?.policies ?? []), ...args.policies])];
  checkPolicies(registry, policies, asOf);

  const progress = new Progress({
    write: io.stderr,
    enabled: io.stderrIsTTY,
    now: () => deps.now().getTime(),
  });
  const products: InputProduct[] = [];
  let ndjson = false;
  try {
    for (const file of args.files) {
      const input = await readProducts(file, io);
      ndjson ||= input.ndjson;
      products.push(...input.products);
      progress.update("read", products.length);
    }
  } finally {
    progress.clear();
  }
  progress.restart();

  const color = io.stdoutIsTTY && !io.env.NO_COLOR;
  const single = args.format === "json" && args.files.length === 1 && !ndjson;
  const counts: Record<Verdict, number> = {
    allowed: 0,
    indeterminate: 0,
    review: 0,
    restricted: 0,
    prohibited: 0,
  };
  let failing = 0;
  const options = { registry, policies, asOf, context };
  try {
    for (const [i, input] of products.entries()) {
      let report: Report;
      try {
        report = evaluate(input.product, options);
      } catch (error) {
        if (!(error instanceof VendorgateError)) throw error;
        const where = input.line === undefined ? input.label : `${input.label} line ${input.line}`;
        throw new InputError(`${where}: ${firstIssue(error)}`);
      }
      counts[report.verdict]++;
      if (compareVerdicts(report.verdict, args.failOn) >= 0) failing++;
      if (io.stdoutIsTTY) progress.clear();
      if (args.format === "json") {
        io.stdout(single ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`);
      } else {
        io.stdout(`${i > 0 ? "\n" : ""}${formatReportText(report, { color })}`);
      }
      if (io.stdoutClosed?.()) return failing > 0 ? 1 : 0;
      progress.update("checked", i + 1, products.length);
      if (i % 64 === 63) await yieldToEventLoop();
    }
  } finally {
    progress.clear();
  }
  if (args.format === "text" && products.length > 1) {
    io.stdout(`\n${formatSummaryText(counts, args.failOn, failing, { color })}`);
  }
  return failing > 0 ? 1 : 0;
}
