import type { Finding, Report } from "../model/report.js";
import { compareVerdicts, type Verdict } from "../model/verdict.js";
import { safeUrl } from "./escape.js";
import type { RenderOptions, ReportEntry } from "./report-entry.js";

/** Text for a Markdown table cell or line: HTML and Markdown's own characters made literal. */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? "")
    .replace(/[\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]{}()#+!|~])/g, "\\$1");
}

const icons: Record<Verdict, string> = {
  prohibited: "⛔",
  restricted: "🛑",
  review: "⚠️",
  indeterminate: "❓",
  allowed: "✅",
};

function verdictText(verdict: Verdict): string {
  return `${icons[verdict] ?? ""} ${escapeMarkdown(verdict)}`.trim();
}

function sourceLink(finding: Finding): string {
  const url = safeUrl(finding.source.url);
  const title = escapeMarkdown(finding.source.title);
  return url ? `[${title}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
}

function findingLine(finding: Finding): string {
  const lifted = finding.waiver
    ? ` (waived: ${escapeMarkdown(finding.waiver.id)})`
    : finding.exception
      ? ` (excepted: ${escapeMarkdown(finding.exception.id)})`
      : "";
  const entity = finding.entity
    ? ` Matched ${escapeMarkdown(finding.entity.field)} “${escapeMarkdown(finding.entity.matched)}” as ${escapeMarkdown(finding.entity.id)} (${escapeMarkdown(finding.entity.via)}).`
    : "";
  const missing = finding.missing?.length
    ? ` Missing: ${finding.missing.map(escapeMarkdown).join(", ")}.`
    : "";
  return `- **${escapeMarkdown(finding.verdict)}**${lifted}: ${escapeMarkdown(finding.path.join(" › "))}: \`${finding.ruleId.replace(/`/g, "'")}\` ${escapeMarkdown(finding.message)}${entity}${missing} Source: ${sourceLink(finding)} (${escapeMarkdown(finding.basis)}).`;
}

function details(report: Report, limit: number): string {
  const findings = report.findings ?? [];
  const shown = findings.slice(0, limit).map(findingLine);
  const more =
    findings.length > limit
      ? [`- … and ${findings.length - limit} more (see the HTML or JSON report)`]
      : [];
  return `<details><summary>${escapeMarkdown(report.product.name)}: ${findings.length} finding${findings.length === 1 ? "" : "s"}</summary>\n\n${[...shown, ...more].join("\n")}\n\n</details>`;
}

/**
 * Renders reports as Markdown for pull-request comments and CI job summaries: a line of
 * totals, a table of products with their verdict overall and per policy, and (folded) the
 * findings of each product whose verdict is not `allowed`. Text from the input is escaped.
 * @example
 * appendFileSync(process.env.GITHUB_STEP_SUMMARY, renderMarkdown([{ report }]));
 */
export function renderMarkdown(
  entries: readonly ReportEntry[],
  options: RenderOptions = {},
): string {
  const failOn = options.failOn ?? "restricted";
  const failing = entries.filter(
    ({ report }) => compareVerdicts(report.verdict, failOn) >= 0,
  ).length;
  const lines = [
    `## ${escapeMarkdown(options.title ?? "vendorgate report")}`,
    "",
    `${entries.length} product${entries.length === 1 ? "" : "s"}, ${failing} at or above **${failOn}**.`,
    "",
    "| Product | Verdict | Policies | Findings | Data gaps |",
    "| --- | --- | --- | ---: | ---: |",
  ];
  for (const { report, file, line } of entries) {
    const where = file ? ` (${escapeMarkdown(file)}${line ? `:${line}` : ""})` : "";
    const policies = (report.policies ?? [])
      .map(
        (p) =>
          `${escapeMarkdown(p.version ? `${p.id}@${p.version}` : p.id)}: ${escapeMarkdown(p.applies ? p.verdict : "not applied")}`,
      )
      .join("<br>");
    lines.push(
      `| ${escapeMarkdown(report.product.name)}${where} | ${verdictText(report.verdict)} | ${policies} | ${(report.findings ?? []).length} | ${(report.dataGaps ?? []).length} |`,
    );
  }
  const flagged = entries.filter(({ report }) => (report.findings ?? []).length > 0);
  if (flagged.length > 0) {
    lines.push("", "### Findings", "");
    for (const { report } of flagged.slice(0, 100)) lines.push(details(report, 20), "");
    if (flagged.length > 100)
      lines.push(`… and ${flagged.length - 100} more products with findings.`, "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
