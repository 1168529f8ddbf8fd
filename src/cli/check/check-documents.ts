import {
  compareVerdicts,
  evaluateMatrix,
  horizon,
  type Registry,
  VendorgateError,
  type Verdict,
} from "../../index.js";
import type { CheckArgs } from "../args.js";
import { InputError, UsageError } from "../cli-error.js";
import { closingInputs } from "../input/closing-inputs.js";
import { openInput } from "../input/open-input.js";
import type { InputProduct } from "../input/read-products.js";
import { Interrupt } from "../interrupt.js";
import type { CliIo } from "../io.js";
import { formatHorizonText } from "../output/format-horizon.js";
import { formatMatrixText } from "../output/format-matrix.js";
import { Utf8Warnings } from "../output/utf8-warnings.js";
import { buildContext, contextOverrides, localDate } from "./build-context.js";
import { firstIssue } from "./check-product.js";

/** What the horizon and matrix modes of `vendorgate check` need. */
export interface DocumentCheckDeps {
  registry: Registry;
  now: () => Date;
}

function failing(verdicts: readonly Verdict[], failOn: Verdict): boolean {
  return verdicts.some((verdict) => compareVerdicts(verdict, failOn) >= 0);
}

/** Runs `check` for each input document, one product at a time, in order. */
async function eachDocument(
  args: CheckArgs,
  io: CliIo,
  flag: string,
  run: (input: InputProduct) => { text: string; verdicts: Verdict[] },
): Promise<number> {
  const interrupt = new Interrupt(io);
  const inputs = closingInputs(io, interrupt);
  const utf8 = args.lenientUtf8 ? new Utf8Warnings(io) : undefined;
  let fail = false;
  try {
    for (const [i, file] of args.files.entries()) {
      const input = await openInput(file, inputs, undefined, utf8?.reading());
      if (input.kind !== "document") {
        throw new UsageError(
          `${flag} reads product documents (JSON, CycloneDX, SPDX), not NDJSON fleets: ${input.label}`,
        );
      }
      let result: ReturnType<typeof run>;
      try {
        result = run(input.product);
      } catch (error) {
        if (!(error instanceof VendorgateError)) throw error;
        throw new InputError(`${input.product.label}: ${firstIssue(error)}`);
      }
      io.stdout(args.format === "text" && i > 0 ? `\n${result.text}` : result.text);
      fail ||= failing(result.verdicts, args.failOn);
    }
  } finally {
    utf8?.finish();
    interrupt.stop();
    inputs.closeAll();
  }
  return fail ? 1 : 0;
}

/**
 * `vendorgate check --horizon UNTIL`: for each document, the verdict on `--as-of` and each date
 * up to UNTIL on which it changes. Exit 1 when the verdict on `--as-of` or after a change reaches
 * `--fail-on`.
 */
export async function runHorizon(
  args: CheckArgs,
  io: CliIo,
  deps: DocumentCheckDeps,
): Promise<number> {
  const profile = args.profile === undefined ? undefined : deps.registry.profile(args.profile);
  const { asOf, context } = await buildContext(args, io, deps.now, profile?.context);
  const until = args.horizon as string;
  const color = io.stdoutIsTTY && !io.env.NO_COLOR;
  return eachDocument(args, io, "--horizon", ({ product }) => {
    const result = horizon(product, {
      registry: deps.registry,
      policies: [...new Set([...(profile?.policies ?? []), ...args.policies])],
      asOf,
      until,
      context,
    });
    return {
      text:
        args.format === "json"
          ? `${JSON.stringify(result, null, args.files.length === 1 ? 2 : undefined)}\n`
          : formatHorizonText(result, { color }),
      verdicts: [result.verdict, ...result.changes.map((change) => change.verdict)],
    };
  });
}

/**
 * `vendorgate check --profile A --profile B ...`: for each document, a matrix of profile × policy
 * verdicts on one date; the flags and `--context` override every profile's context. Exit 1 when
 * some profile's verdict reaches `--fail-on`.
 */
export async function runMatrix(
  args: CheckArgs,
  io: CliIo,
  deps: DocumentCheckDeps,
): Promise<number> {
  for (const id of args.profiles) deps.registry.profile(id);
  const overrides = await contextOverrides(args, io);
  const asOf = overrides.asOf ?? localDate(deps.now());
  const color = io.stdoutIsTTY && !io.env.NO_COLOR;
  return eachDocument(args, io, "several --profile", ({ product }) => {
    const matrix = evaluateMatrix(product, {
      registry: deps.registry,
      profiles: args.profiles,
      asOf,
      context: overrides.context,
    });
    return {
      text:
        args.format === "json"
          ? `${JSON.stringify(matrix, null, args.files.length === 1 ? 2 : undefined)}\n`
          : formatMatrixText(matrix, { color }),
      verdicts: matrix.rows.map((row) => row.verdict),
    };
  });
}
