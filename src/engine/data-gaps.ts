import type { DataGap, Finding } from "../model/report.js";

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
  if (!findings.some((finding) => finding.verdict === "indeterminate" && finding.missing))
    return [];
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
