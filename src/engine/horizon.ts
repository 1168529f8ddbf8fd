import * as z from "zod/mini";
import { VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { type IsoDate, IsoDateSchema, previousDay } from "../model/date.js";
import type { Horizon, HorizonChange, HorizonPolicyChange } from "../model/horizon.js";
import type { Finding, PolicyResult, Report } from "../model/report.js";
import { compareVerdicts } from "../model/verdict.js";
import { parsePolicySpec } from "../registry/policy-spec.js";
import {
  EvaluateOptionsSchema,
  evaluatePrepared,
  parseInput,
  prepareEvaluation,
} from "./evaluate.js";
import { refuseForbiddenKeys } from "./forbidden-input-keys.js";
import { type DatedCause, policyEvents, waiverEvents } from "./horizon-dates.js";
import { refusePollutedHost } from "./host-pollution.js";

/** Options for `horizon`: those of `evaluate`, and the last day to look at. */
export const HorizonOptionsSchema = z.extend(EvaluateOptionsSchema, {
  /** The last day to look at (`YYYY-MM-DD`), on or after `asOf`. */
  until: IsoDateSchema,
});

/** Options for `horizon`. */
export type HorizonOptions = z.input<typeof HorizonOptionsSchema>;

function parseOptions(options: unknown): z.output<typeof HorizonOptionsSchema> {
  refuseForbiddenKeys(options, ["options"], ["registry"]);
  const parsed = safeParse(HorizonOptionsSchema, options);
  if (parsed.success) return parsed.data;
  throw new VendorgateError(
    "The horizon options are not valid",
    zodIssues(parsed.error.issues, ["options"]),
  );
}

function changedPolicies(before: Report, after: Report): HorizonPolicyChange[] {
  const earlier = new Map(before.policies.map((result) => [result.id, result]));
  return after.policies.flatMap((result): HorizonPolicyChange[] => {
    const old = earlier.get(result.id);
    const previous = old?.verdict ?? "allowed";
    if (old && old.verdict === result.verdict && old.version === result.version) return [];
    return [
      {
        id: result.id,
        ...(result.version !== undefined ? { version: result.version } : {}),
        ...(old?.version !== undefined ? { previousVersion: old.version } : {}),
        applies: result.applies,
        verdict: result.verdict,
        previous,
      },
    ];
  });
}

/** The findings that give each of the named policies its verdict. */
function decidingFindings(results: readonly PolicyResult[], ids: ReadonlySet<string>): Finding[] {
  return results
    .filter((result) => ids.has(result.id) && result.verdict !== "allowed")
    .flatMap((result) => result.findings.filter((f) => f.verdict === result.verdict));
}

/**
 * The product's verdict on `asOf` and each date up to `until` on which it changes under the given
 * policies and context, with the policies, rules, sources and events of the policy data behind
 * each change (a deadline, a version coming into force, an affiliation ending). It reads only the
 * policy data: the candidate dates are the versions', rules', affiliations' and waivers' own
 * dates, and each is evaluated with the day before it. Throws `VendorgateError` on bad input.
 * @example
 * const { changes } = horizon(huaweiRadio, {
 *   registry: bundledRegistry(),
 *   policies: ["ca-telecom-huawei-zte"],
 *   asOf: "2023-01-01",
 *   until: "2030-12-31",
 *   context: { buyer: { sector: "telecom-carrier", jurisdiction: "CA" }, use: "4g-network", phase: "operate" },
 * });
 * changes[0]; // { date: "2028-01-01", verdict: "restricted", previous: "allowed", ... }
 */
export function horizon(product: unknown, options: HorizonOptions): Horizon {
  refusePollutedHost();
  const { until, ...evaluateOptions } = parseOptions(options);
  const first = prepareEvaluation(evaluateOptions);
  const asOf = first.options.asOf;
  if (until < asOf) {
    throw new VendorgateError("The horizon options are not valid", [
      {
        code: "invalid_date",
        path: ["options", "until"],
        message: `until (${until}) is before asOf (${asOf})`,
      },
    ]);
  }
  const parsed = parseInput(product, first.limits);
  const { registry } = first.options;
  const ids = new Set(first.options.policies.map((spec) => parsePolicySpec(spec).id));
  const events: DatedCause[] = waiverEvents(first.options.waivers ?? []);
  for (const info of registry.list()) {
    const policy = ids.has(info.id) ? registry.get(info.id, info.version) : undefined;
    if (policy) events.push(...policyEvents(policy));
  }
  const byDate = new Map<IsoDate, DatedCause[]>();
  for (const event of events) {
    if (event.date <= asOf || event.date > until) continue;
    byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);
  }

  const { asOf: _ignored, ...context } = first.options.context ?? {};
  const reports = new Map<IsoDate, Report>();
  const at = (date: IsoDate): Report => {
    let report = reports.get(date);
    if (!report) {
      try {
        const prepared = prepareEvaluation({ ...evaluateOptions, asOf: date, context });
        report = evaluatePrepared(parsed, prepared);
      } catch (error) {
        if (!(error instanceof VendorgateError)) throw error;
        throw new VendorgateError(`Cannot evaluate on ${date}: ${error.message}`, error.issues);
      }
      reports.set(date, report);
    }
    return report;
  };

  const start = at(asOf);
  const changes: HorizonChange[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const before = at(previousDay(date));
    const after = at(date);
    if (before.verdict === after.verdict) continue;
    const policies = changedPolicies(before, after);
    const changed = new Set(policies.map((p) => p.id));
    const causes = (byDate.get(date) ?? [])
      .map((event) => event.cause)
      .filter((cause) => {
        if (cause.policy === undefined) return true;
        const policy = policies.find((p) => p.id === cause.policy?.id);
        return (
          policy !== undefined &&
          (cause.policy.version === policy.version ||
            cause.policy.version === policy.previousVersion)
        );
      });
    const down = compareVerdicts(after.verdict, before.verdict) < 0;
    changes.push({
      date,
      verdict: after.verdict,
      previous: before.verdict,
      policies,
      causes,
      findings: decidingFindings(after.policies, changed),
      previousFindings: down ? decidingFindings(before.policies, changed) : [],
    });
  }
  return { asOf, until, product: start.product, verdict: start.verdict, changes };
}
