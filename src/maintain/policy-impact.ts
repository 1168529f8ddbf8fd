import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { evaluate } from "../engine/evaluate.js";
import { VendorgateError } from "../errors.js";
import type { Context } from "../model/context.js";
import type { Finding, Report } from "../model/report.js";
import { compareVerdicts, type Verdict } from "../model/verdict.js";
import { createRegistry, type Registry } from "../registry/registry.js";

/** One product to judge under both versions: on a date, for a buyer. */
export interface ImpactCase {
  name: string;
  product: unknown;
  asOf: string;
  context?: Context;
}

/** How one product's outcome differs between two versions. */
export interface ImpactRow {
  name: string;
  from: Verdict;
  to: Verdict;
  /** Whether the policy applied under each version. */
  applies: { from: boolean; to: boolean };
  /** Findings only the new version has, and only the old one had: `rule entity at path`. */
  added: string[];
  removed: string[];
  /** The sources behind the added and removed findings: `id §section: title <url>`. */
  sources: string[];
}

/** The upgrade impact of moving from one version to another over a corpus of products. */
export interface PolicyImpact {
  /** Products whose verdict, applicability or findings changed. */
  changed: ImpactRow[];
  unchanged: number;
  /** Products that could not be evaluated, with the reason. */
  failed: { name: string; message: string }[];
}

function alwaysInForce(policy: CompiledPolicy): Registry {
  // Compare the versions' content on the same day, whatever dates each version takes effect.
  const document = { ...policy.document, effective: { from: "1900-01-01" } };
  return createRegistry({ policies: [document] });
}

function describe(finding: Finding): string {
  const entity = finding.entity ? ` ${finding.entity.id}` : "";
  return `${finding.ruleId}${entity} ${finding.verdict} at ${finding.path.join(" > ")}`;
}

function cite(finding: Finding): string {
  const { id, section, title, url } = finding.source;
  return `${id}${section ? ` §${section}` : ""}: ${title} <${url}>`;
}

function run(registry: Registry, spec: string, item: ImpactCase): Report {
  return evaluate(item.product, {
    registry,
    policies: [spec],
    asOf: item.asOf,
    ...(item.context ? { context: item.context } : {}),
  });
}

/**
 * Evaluates every product under both versions (each treated as in force on the product's date)
 * and lists the products whose verdict, applicability or findings change.
 */
export function policyImpact(
  a: CompiledPolicy,
  b: CompiledPolicy,
  corpus: readonly ImpactCase[],
): PolicyImpact {
  const registryA = alwaysInForce(a);
  const registryB = alwaysInForce(b);
  const changed: ImpactRow[] = [];
  const failed: PolicyImpact["failed"] = [];
  let unchanged = 0;
  for (const item of corpus) {
    let before: Report;
    let after: Report;
    try {
      before = run(registryA, `${a.id}@${a.version}`, item);
      after = run(registryB, `${b.id}@${b.version}`, item);
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      failed.push({ name: item.name, message: error.issues[0]?.message ?? error.message });
      continue;
    }
    const old = new Set(before.findings.map(describe));
    const next = new Set(after.findings.map(describe));
    const added = [...next].filter((text) => !old.has(text));
    const removed = [...old].filter((text) => !next.has(text));
    const differing = [
      ...after.findings.filter((f) => !old.has(describe(f))),
      ...before.findings.filter((f) => !next.has(describe(f))),
    ];
    const sources = [...new Set(differing.map(cite))];
    const applies = {
      from: before.policies[0]?.applies ?? false,
      to: after.policies[0]?.applies ?? false,
    };
    if (
      before.verdict === after.verdict &&
      applies.from === applies.to &&
      added.length === 0 &&
      removed.length === 0
    ) {
      unchanged++;
      continue;
    }
    changed.push({
      name: item.name,
      from: before.verdict,
      to: after.verdict,
      applies,
      added,
      removed,
      sources,
    });
  }
  return { changed, unchanged, failed };
}

/** Whether any product's verdict went down, or the policy stopped applying to a context. */
export function loosens(impact: PolicyImpact): boolean {
  return impact.changed.some(
    (row) => compareVerdicts(row.to, row.from) < 0 || (row.applies.from && !row.applies.to),
  );
}
