import {
  BuyerSectorSchema,
  type Context,
  ContextSchema,
  formatPath,
  type Phase,
  PhaseSchema,
} from "../../index.js";
import { mergeContext, parse, safeParse, zodIssues } from "../../internal.js";
import type { CheckArgs } from "../args.js";
import { InputError, UsageError } from "../cli-error.js";
import { inputLabel, readInput } from "../input/read-input.js";
import type { CliIo } from "../io.js";

/** The date and context a check runs with. */
export interface CheckContext {
  asOf: string;
  /** The context without `asOf` (it is passed to `evaluate` on its own). */
  context: Context;
}

async function readContextFile(file: string, io: CliIo): Promise<Context> {
  const label = inputLabel(file);
  const text = await readInput(file, io);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${label}: not valid JSON (expected a context object)`);
  }
  const parsed = safeParse(ContextSchema, value);
  if (!parsed.success) {
    const [issue] = zodIssues(parsed.error.issues, []);
    const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : "";
    throw new InputError(`${label}: ${where}${issue?.message ?? "not a context object"}`);
  }
  return parsed.data;
}

function checkFlags(args: CheckArgs): void {
  if (args.buyerSector !== undefined && !safeParse(BuyerSectorSchema, args.buyerSector).success) {
    throw new UsageError(
      `--buyer-sector must be one of ${BuyerSectorSchema.options.join(", ")}, not "${args.buyerSector}"`,
    );
  }
  if (args.buyerJurisdiction !== undefined && !/^[A-Z]{2}$/.test(args.buyerJurisdiction)) {
    throw new UsageError(
      `--buyer-jurisdiction must be an ISO 3166-1 alpha-2 country code such as JP, not "${args.buyerJurisdiction}"`,
    );
  }
  if (args.phase !== undefined && !PhaseSchema.options.includes(args.phase as Phase)) {
    throw new UsageError(
      `--phase must be one of ${PhaseSchema.options.join(", ")}, not "${args.phase}"`,
    );
  }
  for (const [flag, value] of [
    ["--buyer-body", args.buyerBody],
    ["--use", args.use],
    ["--purpose", args.purpose],
  ] as const) {
    if (value !== undefined && value.trim() === "")
      throw new UsageError(`${flag} must not be empty`);
  }
}

/** Today's date in the local time zone, `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The context the command line gives: the `--context` file's object, then the flags, each
 * overriding the keys before it. The date is `--as-of`, else the file's `asOf` (else none).
 */
export async function contextOverrides(
  args: CheckArgs,
  io: CliIo,
): Promise<{ asOf: string | undefined; context: Context }> {
  checkFlags(args);
  const file = args.contextFile === undefined ? {} : await readContextFile(args.contextFile, io);
  const { asOf: fileAsOf, ...rest } = file;
  const buyer = {
    ...rest.buyer,
    ...(args.buyerSector !== undefined
      ? { sector: parse(BuyerSectorSchema, args.buyerSector) }
      : {}),
    ...(args.buyerJurisdiction !== undefined ? { jurisdiction: args.buyerJurisdiction } : {}),
    ...(args.buyerBody !== undefined ? { body: args.buyerBody } : {}),
  };
  const context: Context = {
    ...rest,
    ...(Object.keys(buyer).length > 0 ? { buyer } : {}),
    ...(args.use !== undefined ? { use: args.use } : {}),
    ...(args.purpose !== undefined ? { purpose: args.purpose } : {}),
    ...(args.phase !== undefined ? { phase: args.phase as Phase } : {}),
  };
  return { asOf: args.asOf ?? fileAsOf, context };
}

/**
 * Builds the context: a profile's defaults, then the `--context` file's object, then the flags,
 * each overriding the keys before it (`buyer.*` and `attributes.*` one by one). The date is `--as-of`, else the file's `asOf`,
 * else today. Buyer sector and jurisdiction are required from one or the other.
 */
export async function buildContext(
  args: CheckArgs,
  io: CliIo,
  now: () => Date,
  defaults: Context = {},
): Promise<CheckContext> {
  const overrides = await contextOverrides(args, io);
  const { asOf: defaultAsOf, ...base } = defaults;
  const context: Context = mergeContext(base, overrides.context) ?? {};
  const from = args.contextFile === undefined ? "" : " (or buyer.%s in the --context file)";
  if (context.buyer?.sector === undefined) {
    throw new UsageError(`missing --buyer-sector${from.replace("%s", "sector")}`);
  }
  if (context.buyer.jurisdiction === undefined) {
    throw new UsageError(`missing --buyer-jurisdiction${from.replace("%s", "jurisdiction")}`);
  }
  return { asOf: overrides.asOf ?? defaultAsOf ?? localDate(now()), context };
}
