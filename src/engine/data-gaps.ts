import type { DataGap, Finding, GapSummary } from "../model/report.js";
import { samplePathCount } from "./path-stack.js";

/**
 * Whether a finding is only a data gap about a part of unknown origin: undecided, naming no
 * covered entity, neither excepted nor waived. Such findings are summarised unless every one is asked for.
 */
export function isUnknownGap(finding: Finding): boolean {
  return (
    finding.verdict === "indeterminate" &&
    finding.entity === undefined &&
    finding.waiver === undefined &&
    finding.missing !== undefined
  );
}

/** The data gaps of listed findings: each missing piece of data on each path, with its rules. */
export function dataGapsOf(findings: readonly Finding[]): DataGap[] {
  const gaps = new Map<string, DataGap>();
  for (const finding of findings) {
    if (finding.verdict !== "indeterminate" || !finding.missing) continue;
    const where = `${finding.path.join("\u0000")}\u0002${finding.trailAt ?? ""}`;
    for (const data of finding.missing) {
      const key = `${where}\u0001${data}`;
      const gap = gaps.get(key) ?? { path: finding.path, data, rules: [] };
      const rule = `${finding.policy.id}/${finding.ruleId}`;
      if (!gap.rules.includes(rule)) gap.rules.push(rule);
      gaps.set(key, gap);
    }
  }
  return [...gaps.values()];
}

/** Summarises findings (in report order) per missing data: a count, the rules, a few paths. */
export function summariseGaps(findings: readonly Finding[]): GapSummary[] {
  const summaries = new Map<string, GapSummary & { ruleSet: Set<string> }>();
  // Findings come grouped by rule: their rule's name is made once per run of them.
  let rule = "";
  let policyId: string | undefined;
  let ruleId: string | undefined;
  for (const finding of findings) {
    if (finding.missing === undefined) continue;
    if (finding.policy.id !== policyId || finding.ruleId !== ruleId) {
      policyId = finding.policy.id;
      ruleId = finding.ruleId;
      rule = `${policyId}/${ruleId}`;
    }
    for (const data of finding.missing) {
      let summary = summaries.get(data);
      if (!summary) {
        summary = { data, findings: 0, rules: [], samples: [], ruleSet: new Set() };
        summaries.set(data, summary);
      }
      summary.findings++;
      if (!summary.ruleSet.has(rule)) {
        summary.ruleSet.add(rule);
        summary.rules.push(rule);
      }
      if (summary.samples.length < samplePathCount) summary.samples.push(finding.path.slice());
    }
  }
  return [...summaries.keys()].sort().map((data) => {
    const { ruleSet: _, ...summary } = summaries.get(data) as GapSummary & { ruleSet: unknown };
    return summary;
  });
}
