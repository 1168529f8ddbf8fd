import * as z from "zod/mini";
import { type Issue, prefixIssues, VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { ContextSchema, mergeContext } from "../model/context.js";
import { IsoDateSchema } from "../model/date.js";
import type { Finding, PolicyResult, Report, TrailStep, Warning } from "../model/report.js";
import { maxVerdict, type Verdict } from "../model/verdict.js";
import { WaiverSchema } from "../model/waiver.js";
import { freshnessWarnings } from "../pack/freshness.js";
import type { Registry } from "../registry/registry.js";
import { digestCanonical } from "../util/canonical-json.js";
import { version } from "../version.js";
import type { CompiledPolicy } from "./compiled-policy.js";
import { type ProductSightings, sightProduct } from "./component-facts.js";
import { dataGapsOf, isUnknownGap } from "./data-gaps.js";
import { type PolicySetting, runPolicy, settlePolicy, type WalkShared } from "./evaluate-policy.js";
import { compareFindings } from "./findings.js";
import { refuseForbiddenKeys } from "./forbidden-input-keys.js";
import { GapTally } from "./gap-tally.js";
import { refusePollutedHost } from "./host-pollution.js";
import { defaultLimits, type Limits, LimitsSchema } from "./limits.js";
import { isParsedProduct, type ParsedProduct, parseProduct } from "./parse-product.js";
import {
  componentStates,
  depthStates,
  expansionBound,
  expansionRefused,
  isTree,
  type PathStates,
} from "./path-states.js";
import { reusePreparation } from "./prepared-cache.js";
import { type SharedIndex, sharedIndexOf } from "./shared-index.js";
import { applyWaivers } from "./waivers.js";

function isRegistry(value: unknown): value is Registry {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Registry).resolve === "function" &&
    typeof (value as Registry).add === "function"
  );
}

/** Options for `evaluate`. */
export const EvaluateOptionsSchema = z.strictObject({
  /** Where policies come from: `bundledRegistry()` or your own `createRegistry()`. */
  registry: z.custom<Registry>(
    isRegistry,
    "Expected a registry from createRegistry() or bundledRegistry()",
  ),
  /** Policy specs: `id` or `id@range`, such as `us-ndaa-889@^1`. Optional with a profile. */
  policies: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** A profile id: its policies are evaluated too, and its context gives defaults. */
  profile: z.optional(z.string().check(z.minLength(1))),
  /** The date of the decision (`YYYY-MM-DD`); may be given as `context.asOf` instead. */
  asOf: z.optional(IsoDateSchema),
  context: z.optional(ContextSchema),
  waivers: z.optional(z.array(WaiverSchema)),
  limits: z.optional(LimitsSchema),
  /**
   * List every undecided finding about a part of unknown origin, one per part and rule, instead
   * of summarising them per missing data in `report.gapSummary` (verdicts are the same either way).
   */
  allGaps: z.optional(z.boolean()),
  /**
   * With a registry loaded from a pack past its maximum age: `warn` (default) adds a `stale`
   * warning to every report, `refuse` throws `VendorgateError` (code `stale_data`) instead.
   */
  stale: z.optional(z.enum(["warn", "refuse"])),
  /** The clock the pack's age is judged by (default: now). */
  now: z.optional(z.date()),
});

/** Options for `evaluate`. */
export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>;

type ParsedOptions = z.output<typeof EvaluateOptionsSchema>;

function withProfile(value: ParsedOptions): ParsedOptions & { policies: string[] } {
  if (value.profile === undefined)
    return { ...value, policies: [...new Set(value.policies ?? [])] };
  const profile = value.registry.profile(value.profile);
  const policies = [...new Set([...profile.policies, ...(value.policies ?? [])])];
  const context = mergeContext(profile.context, value.context);
  return { ...value, policies, ...(context ? { context } : {}) };
}

function parseOptions(options: unknown): ParsedOptions & { asOf: string; policies: string[] } {
  refuseForbiddenKeys(options, ["options"], ["registry"]);
  const parsed = safeParse(EvaluateOptionsSchema, options);
  if (!parsed.success) {
    throw new VendorgateError(
      "The evaluate options are not valid",
      zodIssues(parsed.error.issues, ["options"]),
    );
  }
  const value = withProfile(parsed.data);
  const asOf = value.asOf ?? value.context?.asOf;
  const issues: Issue[] = [];
  if (value.policies.length === 0) {
    issues.push({
      code: "invalid_input",
      path: ["options", "policies"],
      message: "Name at least one policy, or a profile",
    });
  }
  if (asOf === undefined) {
    issues.push({
      code: "invalid_date",
      path: ["options", "asOf"],
      message: "asOf is required: the date the decision is for (YYYY-MM-DD)",
    });
  } else if (value.context?.asOf !== undefined && value.context.asOf !== asOf) {
    issues.push({
      code: "invalid_date",
      path: ["options", "context", "asOf"],
      message: `context.asOf (${value.context.asOf}) differs from asOf (${asOf})`,
    });
  }
  const ids = new Set<string>();
  value.waivers?.forEach((waiver, i) => {
    if (ids.has(waiver.id))
      issues.push({
        code: "duplicate_id",
        path: ["options", "waivers", i, "id"],
        message: `Waiver id "${waiver.id}" is used twice`,
      });
    ids.add(waiver.id);
  });
  if (issues.length > 0) throw new VendorgateError("The evaluate options are not valid", issues);
  return { ...value, asOf: asOf as string };
}

function contextData(context: ParsedOptions["context"], asOf: string): object {
  const buyer = Object.assign(Object.create(null), context?.buyer ?? {});
  const attributes = Object.assign(Object.create(null), context?.attributes ?? {});
  const phase = context?.phase ?? "acquire";
  return Object.assign(Object.create(null), context ?? {}, { asOf, buyer, attributes, phase });
}

/** A requested spec: the policy version settled for it, or why none applies. */
interface SpecResolution {
  readonly spec: string;
  readonly setting?: PolicySetting;
  readonly reason?: string;
}

/** Options checked and policies resolved once, for evaluating any number of products. */
export interface PreparedEvaluation {
  readonly options: ParsedOptions & { asOf: string; policies: string[] };
  readonly limits: Limits;
  readonly context: object;
  readonly resolutions: readonly SpecResolution[];
  /** One entity index for the resolved policies, in the order of their resolutions. */
  readonly shared: SharedIndex;
  /** The digest of the options that shape a decision: policy specs, context and waivers. */
  readonly inputBasis: string;
  /** Warnings every report carries, such as a stale pack. */
  readonly warnings: readonly Warning[];
}

function resolveAt(registry: Registry, spec: string, asOf: string, index: number) {
  try {
    return registry.resolve(spec, asOf);
  } catch (error) {
    if (error instanceof VendorgateError) {
      throw new VendorgateError(
        error.message.split("\n")[0] ?? "Bad policy",
        prefixIssues(["options", "policies", index], error.issues),
      );
    }
    throw error;
  }
}

/** Checks options and resolves their policies once (throws `VendorgateError` on bad options). */
export function prepareEvaluation(options: EvaluateOptions): PreparedEvaluation {
  refusePollutedHost();
  const opts = parseOptions(options);
  const warnings = freshnessWarnings(opts.registry.packInfo(), opts.now ?? new Date(), opts.stale);
  const context = contextData(opts.context, opts.asOf);
  // Specs that resolve to one version (`x` and `x@^1`) evaluate it once.
  const seen = new Set<CompiledPolicy>();
  const resolutions = opts.policies.flatMap((spec, i): SpecResolution[] => {
    const resolution = resolveAt(opts.registry, spec, opts.asOf, i);
    if (!resolution.policy) return [{ spec, reason: resolution.reason }];
    if (seen.has(resolution.policy)) return [];
    seen.add(resolution.policy);
    return [{ spec, setting: settlePolicy(resolution.policy, opts.asOf, context) }];
  });
  const settled = resolutions.flatMap((resolution) =>
    resolution.setting ? [resolution.setting.policy] : [],
  );
  return {
    options: opts,
    limits: opts.limits ?? defaultLimits,
    context,
    resolutions,
    shared: sharedIndexOf(settled),
    inputBasis: digestCanonical({
      policies: opts.policies,
      context: opts.context ?? null,
      waivers: opts.waivers ?? [],
    }),
    warnings,
  };
}

/** Validates a product once (or takes one `parseProduct` returned), with paths under `product`. */
export function parseInput(product: unknown, limits: Limits): ParsedProduct {
  if (isParsedProduct(product)) return product;
  try {
    return parseProduct(product, limits);
  } catch (error) {
    if (error instanceof VendorgateError) {
      throw new VendorgateError(
        "The product is not valid",
        prefixIssues(["product"], error.issues),
      );
    }
    throw error;
  }
}

// The waiver paths of options without waivers: shared, never written to.
const noWaiverPaths: readonly (readonly string[] | undefined)[] = Object.freeze([]);

function checkFindingCount(count: number, limits: Limits): void {
  if (count <= limits.maxFindings) return;
  throw new VendorgateError("The product gives too many findings to report", [
    {
      code: "limit_exceeded",
      path: [],
      message: `The product gives more than ${limits.maxFindings} findings (limits.maxFindings)`,
    },
  ]);
}

function notApplying(spec: string, reason: string): PolicyResult {
  return {
    id: spec.split("@")[0] as string,
    applies: false,
    reason,
    verdict: "allowed",
    findings: [],
  };
}

/** Evaluates one product with prepared options. */
export function evaluatePrepared(product: unknown, prepared: PreparedEvaluation): Report {
  // Again for each product: a host can pollute between the products of a fleet.
  refusePollutedHost();
  const { options: opts, limits } = prepared;
  const { graph, digest, warnings } = parseInput(product, limits);
  let sightings: ProductSightings | undefined;
  const sight = () => {
    sightings ??= sightProduct(graph, prepared.shared);
    return sightings;
  };
  let member = 0;
  const asOf = opts.asOf;
  const root = graph.nodes[0]?.view;
  // Reports are built field by field in the order JSON gives them, without a spread each.
  const productInfo: { name: string; id?: string } = { name: root?.name ?? "" };
  if (root?.id !== undefined) productInfo.id = root.id;

  const trail: TrailStep[] = [];
  const all: Finding[] = [];
  let byComponent: PathStates | undefined;
  let byDepth: PathStates | undefined;
  // Whether one path leads to every part: asked by every policy, worked out once.
  let tree: boolean | undefined;
  const treeShaped = (): boolean => {
    if (tree === undefined) tree = isTree(graph);
    return tree;
  };
  const waivers = opts.waivers ?? [];
  const gaps = opts.allGaps ? undefined : new GapTally();
  // Gaps made by earlier policies without becoming findings: they count towards the limit.
  let gapCount = 0;
  const walk: WalkShared = {
    trail,
    waiverPaths:
      waivers.length === 0
        ? noWaiverPaths
        : waivers.map((waiver) => (asOf <= waiver.expires ? waiver.path : undefined)),
    gaps: waivers.length > 0 && waivers.some((waiver) => asOf <= waiver.expires) ? undefined : gaps,
    states: (depth) => {
      // Without shared parts, one path reaches each part: its depth adds nothing to tell apart.
      if (depth && !treeShaped()) {
        byDepth ??= depthStates(graph, limits);
        return byDepth;
      }
      byComponent ??= componentStates(graph, treeShaped());
      return byComponent;
    },
    pathCounts: () => {
      byComponent ??= componentStates(graph, treeShaped());
      return byComponent.counts;
    },
    treeShaped,
    checkExpansion: () => {
      if (graph.expandedSize > expansionBound(graph, limits)) throw expansionRefused(limits);
    },
    checkFindings: (count) => checkFindingCount(all.length + gapCount + count, limits),
  };
  const policies: PolicyResult[] = [];
  const pathWaivers: (readonly number[] | undefined)[] = [];
  const stamps: Report["stamp"]["policies"] = [];
  for (const { spec, setting, reason: unresolved } of prepared.resolutions) {
    if (!setting) {
      policies.push(notApplying(spec, unresolved ?? "No version applies"));
      continue;
    }
    const { policy } = setting;
    stamps.push({ id: policy.id, version: policy.version, digest: policy.digest });
    const run = runPolicy(setting, graph, sight, prepared.shared.members[member++], walk);
    gapCount += run.gapCount;
    // One at a time: spreading a million findings into `push` would overflow the stack.
    run.findings.forEach((finding, f) => {
      all.push(finding);
      pathWaivers.push(run.pathWaivers[f]);
    });
    const reason =
      run.applies === false
        ? "Its scope does not cover this context"
        : run.applies === null
          ? `Cannot tell whether it applies: the context lacks ${run.scopeMissing.join(", ")}`
          : undefined;
    const result: PolicyResult = {
      id: policy.id,
      version: policy.version,
      title: policy.document.title,
      jurisdiction: policy.document.jurisdiction,
      applies: run.applies === true,
    } as PolicyResult;
    if (reason) result.reason = reason;
    // Counted gaps are indeterminate findings, never listed.
    result.verdict = run.gapCount > 0 ? "indeterminate" : "allowed";
    result.findings = [];
    policies.push(result);
  }

  const waived = applyWaivers(all, waivers, asOf, productInfo, (f, w) =>
    (pathWaivers[f] ?? []).includes(w),
  );
  const findings = waived.findings.sort(compareFindings);
  const listed = opts.allGaps ? findings : findings.filter((finding) => !isUnknownGap(finding));
  const byPolicy = new Map<string, { verdict: Verdict; findings: Finding[] }>();
  // Findings come grouped by policy: the entry of the last one is most often the next one's.
  let last:
    | { id: string; version: string; entry: { verdict: Verdict; findings: Finding[] } }
    | undefined;
  const slot = (finding: Finding) => {
    const { id, version } = finding.policy;
    if (last !== undefined && last.id === id && last.version === version) return last.entry;
    const key = `${id}@${version}`;
    let entry = byPolicy.get(key);
    if (!entry) {
      entry = { verdict: "allowed", findings: [] };
      byPolicy.set(key, entry);
    }
    last = { id, version, entry };
    return entry;
  };
  for (const finding of findings) {
    const entry = slot(finding);
    entry.verdict = maxVerdict(entry.verdict, finding.verdict);
  }
  for (const finding of listed) slot(finding).findings.push(finding);
  let verdict: Verdict = "allowed";
  for (const result of policies) {
    // Most products have no findings: no key to make.
    const entry = byPolicy.size > 0 ? byPolicy.get(`${result.id}@${result.version}`) : undefined;
    if (entry) {
      result.findings = entry.findings;
      result.verdict = maxVerdict(result.verdict, entry.verdict);
    }
    verdict = maxVerdict(verdict, result.verdict);
  }
  if (gaps) for (const finding of findings) if (isUnknownGap(finding)) gaps.addFinding(finding);
  const report = {
    verdict,
    asOf,
    product: productInfo,
    policies,
    findings: listed,
    dataGaps: dataGapsOf(listed),
    gapSummary: gaps ? gaps.summary() : [],
  } as Report;
  if (trail.length > 0) report.trail = trail;
  report.waivers = waived.uses;
  if (prepared.warnings.length + warnings.length > 0)
    report.warnings = [...prepared.warnings, ...warnings];
  report.stamp = {
    engine: { name: "vendorgate", version },
    asOf,
    input: digest,
    options: prepared.inputBasis,
    policies: stamps,
  };
  return report;
}

/** A prepared evaluation with its pack's freshness judged now, when its options gave no clock. */
function judgedNow(prepared: PreparedEvaluation): PreparedEvaluation {
  const { now, registry, stale } = prepared.options;
  if (now !== undefined) return prepared;
  return {
    ...prepared,
    warnings: freshnessWarnings(registry.packInfo(), new Date(), stale),
  };
}

/**
 * Decides whether a buyer may procure or use a product on a date under the named policies,
 * down to the part, the rule and the source. Throws `VendorgateError` on bad input.
 * @example
 * const report = evaluate(product, {
 *   registry: bundledRegistry(),
 *   policies: ["jp-gov-procurement"],
 *   asOf: "2019-06-01",
 *   context: { buyer: { sector: "government", jurisdiction: "JP" } },
 * });
 * report.verdict; // "restricted" if a Huawei or ZTE part is inside
 */
export function evaluate(product: unknown, options: EvaluateOptions): Report {
  // Options are checked and their policies resolved once per options object, while it holds the
  // same data and its registry the same content (a portal evaluates per request with one).
  // First: the cache's own reading of the options must not meet a polluted host either.
  refusePollutedHost();
  const prepared = reusePreparation(options, () => prepareEvaluation(options), judgedNow);
  return evaluatePrepared(product, prepared);
}

/** What `safeEvaluate` returns: a report, or the problems with the input. */
export type SafeEvaluateResult =
  | { ok: true; report: Report }
  | { ok: false; issues: readonly Issue[] };

/** Like `evaluate`, but returns problems with the input instead of throwing them. */
export function safeEvaluate(product: unknown, options: EvaluateOptions): SafeEvaluateResult {
  try {
    return { ok: true, report: evaluate(product, options) };
  } catch (error) {
    if (error instanceof VendorgateError) return { ok: false, issues: error.issues };
    throw error;
  }
}
