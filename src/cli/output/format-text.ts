import {
  type Finding,
  formatPath,
  type PolicyResult,
  type Report,
  type Verdict,
} from "../../index.js";

/** How to print text reports. */
export interface TextOptions {
  /** Colour verdicts with ANSI escapes (only for a terminal, and never when NO_COLOR is set). */
  color: boolean;
}

const colors: Record<Verdict, string> = {
  allowed: "32",
  indeterminate: "35",
  review: "33",
  restricted: "31",
  prohibited: "1;31",
};

/** A verdict-coloured text, when colour is on. */
export function paint(verdict: Verdict, text: string, options: TextOptions): string {
  return options.color ? `\u001b[${colors[verdict]}m${text}\u001b[0m` : text;
}

function field(label: string, text: string): string {
  return `      ${label.padEnd(9)}${text}`;
}

function sourceText(source: Finding["source"]): string {
  return [source.title, source.section, source.url].filter(Boolean).join(", ");
}

function entityText(entity: NonNullable<Finding["entity"]>): string {
  const via =
    entity.via === "affiliate"
      ? `affiliate ${entity.affiliate ?? entity.alias}`
      : entity.alias === entity.matched
        ? entity.via
        : `${entity.via} "${entity.alias}"`;
  return `${entity.id}: ${entity.field} "${entity.matched}", via ${via}`;
}

/** The lines of one finding: verdict and path, rule, entity, source, missing data, exception, waiver. */
export function findingLines(finding: Finding, options: TextOptions): string[] {
  const mark = finding.waiver ? " (waived)" : finding.exception ? " (excepted)" : "";
  const id = finding.componentId !== undefined ? ` [id ${finding.componentId}]` : "";
  const rule =
    finding.ruleVerdict === finding.verdict
      ? finding.ruleId
      : `${finding.ruleId} (rule verdict ${finding.ruleVerdict})`;
  const lines = [
    `    ${paint(finding.verdict, `${finding.verdict}${mark}`, options)}: ${finding.path.join(" > ")}${id}`,
    field("rule", `${rule}: ${finding.message}`),
  ];
  if (finding.entity) lines.push(field("entity", entityText(finding.entity)));
  lines.push(field("source", sourceText(finding.source)));
  if (finding.missing) {
    const note = finding.verdict === "indeterminate" ? "" : " (would decide an exception)";
    lines.push(field("missing", `${finding.missing.join(", ")}${note}`));
  }
  if (finding.exception) {
    lines.push(field("excepted", `${finding.exception.id}: ${finding.exception.message}`));
    lines.push(field("", sourceText(finding.exception.source)));
  }
  if (finding.waiver) {
    const { id, reason, approver, expires } = finding.waiver;
    lines.push(field("waived", `${id}: ${reason} (approved by ${approver}, expires ${expires})`));
  }
  return lines;
}

function policyLines(result: PolicyResult, options: TextOptions): string[] {
  const name = result.version === undefined ? result.id : `${result.id}@${result.version}`;
  const about = result.title === undefined ? "" : ` ${result.title}`;
  const where = result.jurisdiction === undefined ? "" : ` (${result.jurisdiction})`;
  const verdict = paint(result.verdict, result.verdict, options);
  const status = result.applies
    ? `applies, ${verdict}`
    : `not applied (${result.reason ?? "no reason given"})${result.findings.length > 0 ? `, ${verdict}` : ""}`;
  const none = result.applies && result.findings.length === 0 ? ", no findings" : "";
  return [
    `  ${name}${about}${where}: ${status}${none}`,
    ...result.findings.flatMap((finding) => findingLines(finding, options)),
  ];
}

/**
 * Formats one report as text: a header with the product and its verdict; for each policy,
 * its id@version and whether it applies (or why not); for each finding, the path to the part,
 * the verdict, the rule, the entity, the source, any missing data, exception or waiver.
 * @example
 * Router: prohibited (as of 2021-01-01)
 *   test-policy@1.0.0 Test policy (XX): applies, prohibited
 *     prohibited: Router > Mainboard > Radio
 *       rule     acme-equipment: Acme equipment may not be procured
 *       entity   acme: manufacturer "Acme", via alias
 *       source   Test law, §2(a), https://example.org/law
 */
export function formatReportText(report: Report, options: TextOptions): string {
  const id = report.product.id !== undefined ? ` [id ${report.product.id}]` : "";
  const header = `${report.product.name}${id}: ${paint(report.verdict, report.verdict, options)} (as of ${report.asOf})`;
  const warnings = warningLines(report.warnings ?? []);
  return `${[header, ...warnings, ...report.policies.flatMap((result) => policyLines(result, options))].join("\n")}\n`;
}

/** How many warnings the text report lists; the JSON report has them all. */
const shownWarnings = 10;

/** The report's warnings (a stale pack, quirks accepted in the input), each with its path if any. */
function warningLines(warnings: NonNullable<Report["warnings"]>): string[] {
  const lines = warnings.slice(0, shownWarnings).map((warning) => {
    const where = warning.path.length > 0 ? `${formatPath(warning.path)}: ` : "";
    return `  ⚠ ${warning.code}: ${where}${warning.message}`;
  });
  if (warnings.length > shownWarnings)
    lines.push(
      `  ⚠ ... and ${warnings.length - shownWarnings} more warnings (all in --format json)`,
    );
  return lines;
}

/** Verdicts from most to least severe, for summaries. */
const severest: readonly Verdict[] = [
  "prohibited",
  "restricted",
  "review",
  "indeterminate",
  "allowed",
];

/**
 * Formats the closing line after several products: how many of each verdict, and how many
 * reached `--fail-on`.
 * @example
 * 3 products: 1 prohibited, 2 allowed; 1 at or above restricted
 */
export function formatSummaryText(
  counts: Readonly<Record<Verdict, number>>,
  failOn: Verdict,
  failing: number,
  options: TextOptions,
): string {
  const total = severest.reduce((sum, verdict) => sum + counts[verdict], 0);
  const parts = severest
    .filter((verdict) => counts[verdict] > 0)
    .map((verdict) => `${counts[verdict]} ${paint(verdict, verdict, options)}`);
  return `${total} product${total === 1 ? "" : "s"}: ${parts.join(", ")}; ${failing} at or above ${failOn}\n`;
}
