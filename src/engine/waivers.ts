import type { IsoDate } from "../model/date.js";
import type { Finding, WaiverUse } from "../model/report.js";
import { compareVerdicts } from "../model/verdict.js";
import type { Waiver } from "../model/waiver.js";

/** Whether every path of finding number `finding` starts with the path of waiver number `waiver`. */
export type PathMatch = (finding: number, waiver: number) => boolean;

function covers(
  waiver: Waiver,
  finding: Finding,
  product: { name: string; id?: string },
  pathMatch: (() => boolean) | undefined,
): boolean {
  if (waiver.policy !== undefined && waiver.policy !== finding.policy.id) return false;
  if (waiver.rule !== undefined && waiver.rule !== finding.ruleId) return false;
  if (waiver.entity !== undefined && waiver.entity !== finding.entity?.id) return false;
  if (
    waiver.product !== undefined &&
    waiver.product !== product.name &&
    waiver.product !== product.id
  )
    return false;
  if (waiver.path !== undefined && pathMatch) return pathMatch();
  if (waiver.path !== undefined) {
    if (waiver.path.length > finding.path.length) return false;
    for (let i = 0; i < waiver.path.length; i++)
      if (waiver.path[i] !== finding.path[i]) return false;
  }
  return true;
}

/**
 * Applies waivers to findings: the first waiver (in the order given) that covers a finding and has
 * not expired on `asOf` sets its verdict, keeping the rule's verdict beside it. Returns new findings.
 * `pathMatch`, when given, decides the waivers' `path` (findings may give shortened paths).
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  asOf: IsoDate,
  product: { name: string; id?: string },
  pathMatch?: PathMatch,
): { findings: Finding[]; uses: WaiverUse[] } {
  if (waivers.length === 0) return { findings: findings.slice(), uses: [] };
  const counts = new Map<string, number>();
  const out = findings.map((finding, f) => {
    if (finding.verdict === "allowed") return finding;
    const waiver = waivers.find(
      (candidate, w) =>
        asOf <= candidate.expires &&
        covers(candidate, finding, product, pathMatch ? () => pathMatch(f, w) : undefined),
    );
    if (!waiver) return finding;
    const verdict = waiver.verdict ?? "allowed";
    if (compareVerdicts(verdict, finding.verdict) >= 0) return finding;
    counts.set(waiver.id, (counts.get(waiver.id) ?? 0) + 1);
    return {
      ...finding,
      verdict,
      waiver: {
        id: waiver.id,
        reason: waiver.reason,
        approver: waiver.approver,
        expires: waiver.expires,
      },
    };
  });
  const uses = waivers.map((waiver) => {
    const used = counts.get(waiver.id) ?? 0;
    const status: WaiverUse["status"] =
      asOf > waiver.expires ? "expired" : used > 0 ? "applied" : "unused";
    return { id: waiver.id, status, findings: used };
  });
  return { findings: out, uses };
}
