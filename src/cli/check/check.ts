import { type Profile, type Registry, VendorgateError } from "../../index.js";
import { prepareEvaluation } from "../../internal.js";
import { parseCheckArgs } from "../args.js";
import { InputError, InterruptedError } from "../cli-error.js";
import { checkFleet } from "../fleet/check-fleet.js";
import { workerPlan } from "../fleet/worker-plan.js";
import { checkWorkerKind } from "../fleet/worker-protocol.js";
import { closingInputs } from "../input/closing-inputs.js";
import { openInput } from "../input/open-input.js";
import { Interrupt } from "../interrupt.js";
import type { CliIo } from "../io.js";
import { formatSummaryText } from "../output/format-text.js";
import { Progress } from "../output/progress.js";
import { ReportSink } from "../output/report-sink.js";
import { buildContext } from "./build-context.js";
import { runHorizon, runMatrix } from "./check-documents.js";
import { checkProduct, firstIssue } from "./check-product.js";
import { ownPolicies } from "./own-policies.js";
import { failingIn } from "./tally.js";

/** What `runCheck` needs besides its arguments and io. */
export interface CheckDeps {
  registry: () => Registry;
  now: () => Date;
  /** The default of `--jobs`: the cores available. */
  parallelism: number;
  /**
   * The module a check worker thread runs (the built CLI itself), when worker threads may be
   * used: only with the bundled registry, which each worker builds for itself.
   */
  workerUrl?: URL;
}

/** Resolves each spec once up front, so an unknown policy stops the run before any output. */
function checkPolicies(registry: Registry, specs: readonly string[], asOf: string): void {
  for (const spec of specs) {
    try {
      registry.resolve(spec, asOf);
    } catch (error) {
      if (error instanceof VendorgateError) {
        const hint = /[/\\]|\.json$/i.test(spec)
          ? `; to check against your own policy file, use --policy-file ${spec}`
          : "";
        throw new InputError(`--policy ${spec}: ${firstIssue(error)}${hint}`);
      }
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

/**
 * Runs `vendorgate check`: checks each input in order and writes each report as soon as it is
 * made. An NDJSON fleet is read line by line (in constant memory), in-process or on `--jobs`
 * worker threads, its reports written in input order. A bad input or line stops the run after
 * the reports before it. Returns 1 when some product's verdict reaches `--fail-on`, else 0;
 * throws `UsageError` or `InputError` for exit 2, `InterruptedError` on Ctrl-C for exit 130.
 */
export async function runCheck(
  argv: readonly string[],
  io: CliIo,
  deps: CheckDeps,
): Promise<number> {
  const args = parseCheckArgs(argv);
  const own = await ownPolicies(args, io, deps.registry);
  const registry = own?.registry ?? deps.registry();
  for (const id of args.profiles) findProfile(registry, id);
  if (args.profiles.length > 1) return runMatrix(args, io, { registry, now: deps.now });
  if (args.horizon !== undefined) return runHorizon(args, io, { registry, now: deps.now });
  const profile = args.profile === undefined ? undefined : findProfile(registry, args.profile);
  const { asOf, context } = await buildContext(args, io, deps.now, profile?.context);
  const policies = [
    ...new Set([...(profile?.policies ?? []), ...args.policies, ...(own?.specs ?? [])]),
  ];
  checkPolicies(registry, policies, asOf);
  const prepared = prepareEvaluation({
    registry,
    policies,
    asOf,
    context,
    now: deps.now(),
    allGaps: args.allGaps,
  });

  const output = { format: args.format, color: io.stdoutIsTTY && !io.env.NO_COLOR };
  const progress = new Progress({
    write: io.stderr,
    enabled: io.stderrIsTTY,
    now: () => deps.now().getTime(),
  });
  const sink = new ReportSink(io, progress);
  const jobs = args.jobs ?? deps.parallelism;
  const workers =
    // Workers build the bundled registry: a pack or policy files cannot be sent to them.
    deps.workerUrl && jobs > 1 && !own
      ? workerPlan(deps.workerUrl, jobs, {
          kind: checkWorkerKind,
          policies,
          asOf,
          context,
          allGaps: args.allGaps,
          output,
          strict: args.strict,
        })
      : undefined;
  const interrupt = new Interrupt(io);
  const inputs = closingInputs(io, interrupt);
  try {
    for (const file of args.files) {
      if (interrupt.requested) throw new InterruptedError(sink.written);
      const input = await openInput(file, inputs, { strict: args.strict });
      if (input.kind === "document") {
        const pretty = args.format === "json" && args.files.length === 1;
        const checked = checkProduct(input.product, prepared, output, pretty);
        sink.write(checked.output, checked.verdict);
      } else {
        const { label, source } = input;
        const fleet = { label, source, prepared, output, strict: args.strict, sink, interrupt };
        await checkFleet(input, fleet, workers);
      }
      if (sink.closed) break;
    }
  } catch (error) {
    // A read cut short by Ctrl-C can look like a short input: report the interruption.
    if (interrupt.requested && !(error instanceof InterruptedError)) {
      throw new InterruptedError(sink.written);
    }
    throw error;
  } finally {
    progress.clear();
    interrupt.stop();
    inputs.closeAll();
    await workers?.stop();
  }

  const failing = failingIn(sink.tally, args.failOn);
  if (sink.written > 1 && !sink.closed) {
    const summary = (color: boolean) =>
      formatSummaryText(sink.tally, args.failOn, failing, { color });
    if (args.format === "text") io.stdout(`\n${summary(output.color)}`);
    else if (io.stderrIsTTY) io.stderr(summary(!io.env.NO_COLOR));
  }
  return failing > 0 ? 1 : 0;
}
