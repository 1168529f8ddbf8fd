import type { DataGap, Finding, Report } from "../../model/report.js";
import { compareVerdicts } from "../../model/verdict.js";
import { escapeMarkup as e } from "../escape.js";
import { partTree } from "../part-tree.js";
import type { ReportEntry } from "../report-entry.js";
import { reproduceCommand } from "../reproduce.js";
import { badge } from "./badge.js";
import { findingHtml, plain } from "./finding-html.js";
import { pathKey, treeHtml } from "./tree-html.js";

/** Report fields drawn in their own sections; any other field is shown as data, not dropped. */
const drawnFields = new Set([
  "verdict",
  "asOf",
  "product",
  "policies",
  "findings",
  "dataGaps",
  "waivers",
  "warnings",
  "stamp",
]);

function policiesHtml(report: Report): string {
  const rows = (report.policies ?? []).map((p) => {
    const name = p.version === undefined ? p.id : `${p.id}@${p.version}`;
    const applies = p.applies ? "yes" : `no: ${e(p.reason ?? "no reason given")}`;
    return `<tr><td><code>${e(name)}</code></td><td>${e(p.title ?? "")}</td><td>${e(p.jurisdiction ?? "")}</td><td>${applies}</td><td>${badge(p.verdict)}</td><td>${(p.findings ?? []).length}</td></tr>`;
  });
  return `<table><caption class="muted">Verdict per policy</caption><thead><tr><th scope="col">Policy</th><th scope="col">Title</th><th scope="col">Jurisdiction</th><th scope="col">Applies</th><th scope="col">Verdict</th><th scope="col">Findings</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function liftedHtml(
  report: Report,
  findings: readonly Finding[],
  anchors: readonly string[],
): string {
  const lifted = findings
    .map((finding, i) => ({ finding, i }))
    .filter(({ finding }) => finding.exception || finding.waiver);
  const items = lifted.map(({ finding, i }) => {
    const by = finding.waiver
      ? `waiver <strong>${e(finding.waiver.id)}</strong>`
      : `exception <strong>${e(finding.exception?.id)}</strong>`;
    return `<li><a href="#${anchors[i]}">${e(finding.path.join(" › "))}</a>: <code>${e(finding.ruleId)}</code> ${badge(finding.ruleVerdict)} lifted to ${badge(finding.verdict)} by ${by}</li>`;
  });
  const waivers = (report.waivers ?? []).map(
    (w) =>
      `<tr><td><code>${e(w.id)}</code></td><td>${e(w.status)}</td><td>${e(w.findings)}</td></tr>`,
  );
  if (items.length === 0 && waivers.length === 0) return "";
  const list = items.length ? `<ul>${items.join("")}</ul>` : "<p>No finding was lifted.</p>";
  const table = waivers.length
    ? `<table><caption class="muted">Waivers given</caption><thead><tr><th scope="col">Waiver</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead><tbody>${waivers.join("")}</tbody></table>`
    : "";
  return `<h3>Exceptions and waivers</h3>${list}${table}`;
}

/** Data gaps summarised by the data missing: how many parts, which rules, and where. */
function gapsHtml(gaps: readonly DataGap[]): string {
  if (gaps.length === 0) return "";
  const byData = new Map<string, DataGap[]>();
  for (const gap of gaps) byData.set(gap.data, [...(byData.get(gap.data) ?? []), gap]);
  const rows = [...byData].map(([data, list]) => {
    const rules = [...new Set(list.flatMap((gap) => gap.rules ?? []))];
    const where = list
      .slice(0, 200)
      .map((gap) => `<li>${e((gap.path ?? []).join(" › "))}</li>`)
      .join("");
    const more = list.length > 200 ? `<li class="muted">and ${list.length - 200} more</li>` : "";
    return `<tr><td><code>${e(data)}</code></td><td>${list.length}</td><td>${rules.map((r) => `<code>${e(r)}</code>`).join(", ")}</td><td><details><summary>${list.length} part${list.length === 1 ? "" : "s"}</summary><ul>${where}${more}</ul></details></td></tr>`;
  });
  return `<h3>Data gaps</h3><p>Missing data that left a rule undecided: find it out to settle the verdict.</p><table><thead><tr><th scope="col">Missing</th><th scope="col">Parts</th><th scope="col">Rules it would decide</th><th scope="col">Where</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function warningsHtml(warnings: unknown): string {
  if (!Array.isArray(warnings) || warnings.length === 0) return "";
  const items = warnings.map((w) => {
    const record = (typeof w === "object" && w !== null ? w : {}) as Record<string, unknown>;
    const text = typeof record.message === "string" ? record.message : plain(w);
    const code = typeof record.code === "string" ? `<code>${e(record.code)}</code> ` : "";
    return `<li>${code}${e(text)}</li>`;
  });
  return `<h3>Warnings</h3><ul>${items.join("")}</ul>`;
}

function otherHtml(report: Report): string {
  const record = report as Record<string, unknown>;
  const other = Object.keys(record).filter((key) => !drawnFields.has(key));
  return other
    .map(
      (key) =>
        `<h3>${e(key)}</h3><details><summary>Show data</summary><pre>${e(JSON.stringify(record[key], null, 2))}</pre></details>`,
    )
    .join("");
}

function stampHtml(entry: ReportEntry, contextFlags: readonly string[] | undefined): string {
  const { report } = entry;
  const stamp = report.stamp;
  const policies = (stamp?.policies ?? [])
    .map((p) => `<li><code>${e(p.id)}@${e(p.version)}</code> <code>${e(p.digest)}</code></li>`)
    .join("");
  const command = reproduceCommand(report, entry.file, contextFlags);
  const note = contextFlags
    ? ""
    : `<p class="muted">Add the same context (buyer, use, purpose, phase): its digest with the policy specs and waivers is the options digest above.</p>`;
  return `<h3>Stamp</h3><dl class="facts"><dt>Engine</dt><dd>${e(stamp?.engine?.name)} ${e(stamp?.engine?.version)}</dd><dt>As of</dt><dd>${e(stamp?.asOf ?? report.asOf)}</dd><dt>Input</dt><dd><code>${e(stamp?.input)}</code></dd><dt>Options</dt><dd><code>${e(stamp?.options)}</code></dd><dt>Policies</dt><dd><ul>${policies}</ul></dd></dl><p>Reproduce this decision:</p><pre><code>${e(command)}</code></pre>${note}`;
}

/**
 * Findings that differ only in their part and name no entity (a rule undecided for want of
 * the same data on many parts) share one card: the groups in order, and each finding's first.
 */
function groupAlike(findings: readonly Finding[]): { groups: number[][]; first: number[] } {
  const groups: number[][] = [];
  const first: number[] = [];
  const byKey = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const key = f.entity
      ? undefined
      : JSON.stringify([
          f.policy,
          f.ruleId,
          f.verdict,
          f.ruleVerdict,
          f.message,
          f.basis,
          f.source,
          f.missing,
          f.exception,
          f.waiver,
        ]);
    const group = key === undefined ? undefined : byKey.get(key);
    if (group) {
      group.push(i);
      first[i] = group[0] ?? i;
      return;
    }
    const created = [i];
    groups.push(created);
    if (key !== undefined) byKey.set(key, created);
    first[i] = i;
  });
  return { groups, first };
}

/** The most findings whose paths a tree opens; the others are marked in folded parts. */
const maxOpenPaths = 50;

/**
 * The findings whose paths the tree opens: those at `review` or worse (the offending ones),
 * else the undecided ones, at most `maxOpenPaths`; a product whose every part lacks a maker
 * would otherwise open its whole tree.
 */
function openFindings<T extends { finding: Finding }>(findings: readonly T[]): T[] {
  const offending = findings.filter(
    ({ finding }) => compareVerdicts(finding.verdict, "review") >= 0,
  );
  const chosen = offending.length
    ? offending
    : findings.filter(({ finding }) => finding.verdict === "indeterminate");
  return chosen.slice(0, maxOpenPaths);
}

/** One product's section: verdicts, tree, findings, what lifted them, data gaps and the stamp. */
export function productHtml(
  entry: ReportEntry,
  prefix: string,
  contextFlags: readonly string[] | undefined,
  budget: number,
): { html: string; drawn: number } {
  const { report } = entry;
  const findings = report.findings ?? [];
  const groups = groupAlike(findings);
  const anchors = findings.map((finding, i) => ({
    finding,
    anchor: `${prefix}-f${groups.first[i] ?? i}`,
  }));
  const tree = partTree(entry.product, report.product.name, findings);
  const drawn = treeHtml(tree, anchors, openFindings(anchors), prefix, budget);
  const byPolicy = new Map<string, string[]>();
  for (const members of groups.groups) {
    const finding = findings[members[0] ?? 0] as Finding;
    const parts = members.map((i) => {
      const member = findings[i] as Finding;
      return {
        path: member.path,
        element: drawn.ids.get(pathKey(member.path)),
        componentId: member.componentId,
      };
    });
    const key = finding.policy ? `${finding.policy.id}@${finding.policy.version}` : "";
    const card = findingHtml(finding, `${prefix}-f${members[0]}`, parts);
    byPolicy.set(key, [...(byPolicy.get(key) ?? []), card]);
  }
  const findingsHtml =
    findings.length === 0
      ? "<p>No findings.</p>"
      : [...byPolicy]
          .map(
            ([policy, cards]) =>
              `<h3 class="policy-findings">Findings under <code>${e(policy)}</code></h3>${cards.join("")}`,
          )
          .join("");
  const input = entry.file
    ? ` · input <code>${e(entry.file)}${entry.line ? `:${entry.line}` : ""}</code>`
    : "";
  const id = report.product.id !== undefined ? ` <code>${e(report.product.id)}</code>` : "";
  const partsNote =
    entry.product === undefined
      ? '<p class="muted">Only the paths of the findings are drawn (the report was rendered without its product).</p>'
      : "";
  const html = `<section class="product" id="${prefix}" aria-labelledby="${prefix}-h"><h2 id="${prefix}-h">${badge(report.verdict)} ${e(report.product.name)}${id}</h2><p class="muted">As of ${e(report.asOf)}${input}</p>${policiesHtml(report)}<h3>Component tree</h3>${partsNote}<p class="tools"><button type="button" data-tree="${prefix}-tree" data-open="true" hidden>Open every part</button> <button type="button" data-tree="${prefix}-tree" data-open="false" hidden>Fold parts without findings</button></p>${drawn.html}${findingsHtml.startsWith("<p>") ? `<h3>Findings</h3>${findingsHtml}` : findingsHtml}${liftedHtml(
    report,
    findings,
    anchors.map((a) => a.anchor),
  )}${gapsHtml(report.dataGaps ?? [])}${warningsHtml((report as Record<string, unknown>).warnings)}${otherHtml(report)}${stampHtml(entry, contextFlags)}</section>`;
  return { html, drawn: drawn.drawn };
}
