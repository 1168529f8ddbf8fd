import { parseArgs } from "node:util";
import { type Verdict, VerdictSchema } from "../index.js";
import { documentRenderers, isIsoDate, type RenderFormat, safeParse } from "../internal.js";
import { UsageError } from "./cli-error.js";

/** The output formats of `vendorgate check`: a report at a time, or one document at the end. */
export type OutputFormat = "text" | "json" | RenderFormat;

/** Every output format, in the order help lists them. */
export const outputFormats: readonly OutputFormat[] = [
  "text",
  "json",
  ...(Object.keys(documentRenderers) as RenderFormat[]),
];

/** Whether a format is one document made from every report at the end of the run. */
export function isDocumentFormat(format: OutputFormat): format is RenderFormat {
  return Object.hasOwn(documentRenderers, format);
}

/** The arguments of `vendorgate check`, checked for form (not yet against the registry). */
export interface CheckArgs {
  /** Product files in the order given; `-` is standard input. */
  files: string[];
  /** Policy specs in the order given. */
  policies: string[];
  /** A profile id: its policies, and its context as defaults (the first `--profile`). */
  profile?: string;
  /** Every `--profile` given; two or more print a profile × policy matrix. */
  profiles: string[];
  /** `--horizon`: the last day to look for verdict changes. */
  horizon?: string;
  asOf?: string;
  buyerSector?: string;
  buyerJurisdiction?: string;
  buyerBody?: string;
  use?: string;
  purpose?: string;
  phase?: string;
  /** A JSON file holding a context object. */
  contextFile?: string;
  format: OutputFormat;
  /** `--output`: the file to write (atomically) instead of standard output. */
  output?: string;
  /** `--quiet`: nothing on standard output or error but errors. */
  quiet: boolean;
  failOn: Verdict;
  /** `--all-gaps`: list every finding about a part of unknown origin instead of a summary. */
  allGaps: boolean;
  /** `--jobs`: how many worker threads check an NDJSON fleet (default: the cores available). */
  jobs?: number;
  /** `--strict`: refuse the quirks of real SBOMs that are otherwise accepted with a warning. */
  strict: boolean;
  /** `--lenient-utf8`: read invalid UTF-8 in product inputs as U+FFFD (with a warning) instead of refusing it. */
  lenientUtf8: boolean;
  /** `--pack`: a signed pack file or http(s) URL to check against instead of the bundled policies. */
  pack?: string;
  /** `--key`: public keys (or files holding one) trusted for `--pack` (default: the release key). */
  keys: string[];
  /** `--policy-file`: the user's own policy documents, each checked too. */
  policyFiles: string[];
}

/** The most worker threads `--jobs` accepts. */
export const maxJobs = 256;

/** The flags that describe the buyer and the decision's date, shared by `check` and `policy diff`. */
export const contextFlags = {
  "as-of": { type: "string" },
  "buyer-sector": { type: "string" },
  "buyer-jurisdiction": { type: "string" },
  "buyer-body": { type: "string" },
  use: { type: "string" },
  purpose: { type: "string" },
  phase: { type: "string" },
} as const;

const options = {
  policy: { type: "string", multiple: true },
  profile: { type: "string", multiple: true },
  horizon: { type: "string" },
  ...contextFlags,
  context: { type: "string" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "fail-on": { type: "string" },
  "all-gaps": { type: "boolean" },
  jobs: { type: "string", short: "j" },
  strict: { type: "boolean" },
  "lenient-utf8": { type: "boolean" },
  pack: { type: "string" },
  key: { type: "string", multiple: true },
  "policy-file": { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Turns `parseArgs`'s long messages into one short line. */
function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /argument missing/.test(error.message)
      ? `${option} needs a value`
      : `${option}: ${error.message.split(/\.\s/)[0]}`;
  }
  return error.message.split(/\.\s/)[0] ?? error.message;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof Error) throw new UsageError(describeParseError(error));
    throw error;
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** Whether the arguments ask for help (`-h`, `--help`) before any `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === "-h" || arg === "--help");
}

/** Whether the arguments ask for the version (`--version`, `-v`) before any `--`. */
export function wantsVersion(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === "--version" || arg === "-v");
}

/**
 * Reads the arguments after `vendorgate check`. Throws `UsageError` for unknown flags, a
 * missing FILE, no `--policy` and no `--profile`, a bad `--format`, `--fail-on` or `--jobs`, or an
 * `--as-of` that is not a calendar date.
 */
export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const { values, positionals } = parse(argv);
  if (positionals.length === 0) throw new UsageError("no FILE given (use - for standard input)");
  if (positionals.filter((file) => file === "-").length > 1) {
    throw new UsageError("- (standard input) can be given only once");
  }
  const policies = values.policy ?? [];
  const profiles = values.profile ?? [];
  const policyFiles = values["policy-file"] ?? [];
  if (policies.length === 0 && profiles.length === 0 && policyFiles.length === 0) {
    throw new UsageError(
      "missing --policy, --profile or --policy-file (name at least one policy, or a profile)",
    );
  }
  if (values.key && values.pack === undefined) {
    throw new UsageError("--key names the keys trusted for --pack: give --pack too");
  }
  const format = values.format ?? "text";
  if (!outputFormats.includes(format as OutputFormat)) {
    throw new UsageError(`--format must be one of ${outputFormats.join(", ")}, not "${format}"`);
  }
  if (values.output !== undefined && (values.output === "" || values.output === "-")) {
    throw new UsageError("--output needs a file name (leave it out to write to standard output)");
  }
  const failOn = safeParse(VerdictSchema, values["fail-on"] ?? "restricted");
  if (!failOn.success) {
    throw new UsageError(
      `--fail-on must be one of ${VerdictSchema.options.join(", ")}, not "${values["fail-on"]}"`,
    );
  }
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new UsageError(`--as-of ${asOf} is not a calendar date written YYYY-MM-DD`);
  }
  const horizon = values.horizon;
  if (horizon !== undefined && !isIsoDate(horizon)) {
    throw new UsageError(`--horizon ${horizon} is not a calendar date written YYYY-MM-DD`);
  }
  if (horizon !== undefined && profiles.length > 1) {
    throw new UsageError("--horizon takes one --profile (several print a matrix for one date)");
  }
  if (profiles.length > 1 && policies.length > 0) {
    throw new UsageError("several --profile print a matrix of their own policies: drop --policy");
  }
  const jobs = values.jobs;
  if (jobs !== undefined && (!/^\d+$/.test(jobs) || Number(jobs) < 1 || Number(jobs) > maxJobs)) {
    throw new UsageError(`--jobs must be a whole number from 1 to ${maxJobs}, not "${jobs}"`);
  }
  if (values.context === "-" && positionals.includes("-")) {
    throw new UsageError("- (standard input) can be read only once: not both --context and FILE");
  }
  return {
    files: positionals,
    policies,
    format: format as OutputFormat,
    quiet: values.quiet === true,
    failOn: failOn.data,
    ...optional("output", values.output),
    allGaps: values["all-gaps"] === true,
    strict: values.strict === true,
    lenientUtf8: values["lenient-utf8"] === true,
    ...optional("asOf", asOf),
    profiles,
    ...optional("profile", profiles[0]),
    ...optional("horizon", horizon),
    ...optional("buyerSector", values["buyer-sector"]),
    ...optional("buyerJurisdiction", values["buyer-jurisdiction"]),
    ...optional("buyerBody", values["buyer-body"]),
    ...optional("use", values.use),
    ...optional("purpose", values.purpose),
    ...optional("phase", values.phase),
    ...optional("contextFile", values.context),
    ...(jobs !== undefined ? { jobs: Number(jobs) } : {}),
    ...optional("pack", values.pack),
    keys: values.key ?? [],
    policyFiles,
  };
}
