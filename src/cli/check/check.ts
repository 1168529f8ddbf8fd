import { type Profile, type Registry, VendorgateError } from "../../index.js";
import { documentRenderers, prepareEvaluation, type RenderFormat } from "../../internal.js";
import { type CheckArgs, isDocumentFormat, parseCheckArgs } from "../args.js";
import { InputError, InterruptedError } from "../cli-error.js";
import { checkFleet } from "../fleet/check-fleet.js";
import { type StartingWorkerPlan, smallFleetChars, workerPlan } from "../fleet/worker-plan.js";
import { closingInputs } from "../input/closing-inputs.js";
import { openInput } from "../input/open-input.js";
import { isNdjsonName } from "../input/read-products.js";
import { Interrupt } from "../interrupt.js";
import type { CliIo, OutputFile } from "../io.js";
import { contextAsFlags } from "../output/context-flags.js";
import { formatSummaryText } from "../output/format-text.js";
import { openOutput } from "../output/open-output.js";
import { Progress } from "../output/progress.js";
import { ReportSink, writeStdout } from "../output/report-sink.js";
import { Utf8Warnings } from "../output/utf8-warnings.js";
import { buildContext } from "./build-context.js";
import { runHorizon, runMatrix } from "./check-documents.js";
import { checkProduct, firstIssue } from "./check-product.js";
import { type OwnPolicies, ownPolicies } from "./own-policies.js";
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
  const renderer = isDocumentFormat(args.format) ? documentRenderers[args.format] : undefined;
  const jobs = args.jobs ?? deps.parallelism;
  const workers =
    // Workers build the bundled registry: a pack or policy files cannot be sent to them.
    // A document keeps every report until the end: its fleets are checked in this thread,
    // as are those of a matrix (several profiles) or a horizon.
    deps.workerUrl && jobs > 1 && !own && !renderer && !matrixOrHorizon(args)
      ? workerPlan(deps.workerUrl, jobs)
      : undefined;
  try {
    // Started now, the workers get ready while this thread builds its registry.
    if (workers && (await someLargeFleet(args.files, io))) workers.warm();
    return await checkInputs(args, io, deps, { own, renderer, workers });
  } finally {
    await workers?.stop();
  }
}

/** Whether the run is a matrix (several profiles) or a horizon, checked in this thread. */
function matrixOrHorizon(args: CheckArgs): boolean {
  return args.profiles.length > 1 || args.horizon !== undefined;
}

/** Whether some input is sure to go to worker threads: an NDJSON file too large to stay in-process. */
async function someLargeFleet(files: readonly string[], io: CliIo): Promise<boolean> {
  for (const file of files) {
    if (file === "-" || !isNdjsonName(file)) continue;
    if (((await io.fileSize?.(file)) ?? 0) >= smallFleetChars) return true;
  }
  return false;
}

/** What `runCheck` settled before reading its inputs. */
interface CheckSetup {
  own: OwnPolicies | undefined;
  renderer: (typeof documentRenderers)[RenderFormat] | undefined;
  workers: StartingWorkerPlan | undefined;
}

async function checkInputs(
  args: CheckArgs,
  io: CliIo,
  deps: CheckDeps,
  { own, renderer, workers }: CheckSetup,
): Promise<number> {
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
  // One clock for the run: batches checked here and on workers judge the pack's age alike.
  const now = deps.now();
  const prepared = prepareEvaluation({
    registry,
    policies,
    asOf,
    context,
    now,
    allGaps: args.allGaps,
  });

  // Opened once Ctrl-C is handled (below), so no Ctrl-C can leave its temporary file behind.
  let outputFile: OutputFile | undefined;
  const out = (text: string | Uint8Array) => {
    if (outputFile) outputFile.write(text);
    else if (!args.quiet) writeStdout(io, text);
  };
  const color = io.stdoutIsTTY && !io.env.NO_COLOR && args.output === undefined;
  const output = {
    format: args.format,
    color,
    ...(renderer ? { keepProducts: renderer.product } : {}),
  };
  const progress = new Progress({
    write: io.stderr,
    enabled: io.stderrIsTTY && !args.quiet,
    now: () => deps.now().getTime(),
  });
  const sink = new ReportSink(io, progress, out);
  workers?.configure({
    policies,
    asOf,
    context,
    now: now.toISOString(),
    allGaps: args.allGaps,
    output,
    strict: args.strict,
    lenientUtf8: args.lenientUtf8,
  });
  const interrupt = new Interrupt(io);
  const inputs = closingInputs(io, interrupt);
  const utf8 = args.lenientUtf8 ? new Utf8Warnings(io) : undefined;
  let failing = 0;
  try {
    if (args.output !== undefined) outputFile = await openOutput(io, args.output);
    for (const file of args.files) {
      if (interrupt.requested) throw new InterruptedError(sink.written);
      const input = await openInput(file, inputs, { strict: args.strict }, utf8?.reading());
      if (input.kind === "document") {
        const pretty = args.format === "json" && args.files.length === 1;
        const checked = checkProduct(input.product, prepared, output, pretty);
        sink.write(checked.output, checked.verdict, undefined, checked.entry);
      } else {
        const { label, source } = input;
        const fleet = {
          ...{ label, source, prepared, output, strict: args.strict, sink, interrupt },
          ...(utf8 ? { utf8 } : {}),
        };
        await checkFleet(input, fleet, workers);
      }
      if (sink.closed) break;
    }
    if (interrupt.requested) throw new InterruptedError(sink.written);
    failing = failingIn(sink.tally, args.failOn);
    if (renderer && !sink.closed) {
      const contextFlags = contextAsFlags(context, args.contextFile);
      out(renderer.render(sink.entries, { failOn: args.failOn, contextFlags }));
    } else if (args.format === "text" && sink.written > 1 && !sink.closed) {
      out(`\n${formatSummaryText(sink.tally, args.failOn, failing, { color })}`);
    }
    await outputFile?.commit();
  } catch (error) {
    outputFile?.discard();
    // A read cut short by Ctrl-C can look like a short input: report the interruption.
    if (interrupt.requested && !(error instanceof InterruptedError)) {
      throw new InterruptedError(sink.written);
    }
    throw error;
  } finally {
    progress.clear();
    utf8?.finish();
    interrupt.stop();
    inputs.closeAll();
  }

  if (sink.written > 1 && !sink.closed && !args.quiet && io.stderrIsTTY) {
    if (args.format !== "text" || args.output !== undefined) {
      io.stderr(formatSummaryText(sink.tally, args.failOn, failing, { color: !io.env.NO_COLOR }));
    }
  }
  return failing > 0 ? 1 : 0;
}
