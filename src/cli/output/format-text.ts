import {
  compareVerdicts,
  type Finding,
  formatPath,
  type GapSummary,
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
    `    ${paint(finding.verdict, `${finding.verdict}${mark}`, options)}: ${pathText(finding.path, finding.pathOmitted)}${id}`,
    field("rule", `${rule}: ${finding.message}`),
  ];
  if (finding.occurrences !== undefined) {
    const more = finding.occurrences - (finding.paths?.length ?? 1);
    const others = (finding.paths ?? []).slice(1).map((path) => pathText(path, undefined));
    lines.push(
      field(
        "paths",
        `${finding.occurrences} paths reach this part${more > 0 ? `; ${more} more not listed` : ""}`,
      ),
    );
    for (const other of others) lines.push(field("", other));
  }
  if (finding.entity) lines.push(field("entity", entityText(finding.entity)));
  lines.push(field("source", sourceText(finding.source)));
  if (finding.missing) {
    const note =
      finding.verdict === "indeterminate" ||
      (finding.entity && finding.ruleVerdict !== finding.verdict)
        ? " (would settle it)"
        : " (would decide an exception)";
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

function pathText(path: readonly string[], omitted: number | undefined): string {
  if (omitted === undefined) return path.join(" > ");
  return [path[0], `(${omitted} more)`, ...path.slice(1)].join(" > ");
}

/** Findings that name a covered entity first (the worst first), then the rest in report order. */
function leading(findings: readonly Finding[]): Finding[] {
  const named = findings.filter((finding) => finding.entity !== undefined);
  const rest = findings.filter((finding) => finding.entity === undefined);
  // Stable: findings of one verdict keep their report order.
  named.sort((a, b) => compareVerdicts(b.verdict, a.verdict));
  return [...named, ...rest];
}

function gapLines(summaries: readonly GapSummary[]): string[] {
  if (summaries.length === 0) return [];
  const lines = ["  data gaps, parts of unknown origin (--all-gaps lists each finding):"];
  for (const summary of summaries) {
    lines.push(
      `    ${summary.data}: ${summary.findings} finding${summary.findings === 1 ? "" : "s"}, rules ${summary.rules.join(", ")}`,
    );
    for (const sample of summary.samples) lines.push(field("e.g.", sample.join(" > ")));
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
  const none =
    result.applies && result.findings.length === 0
      ? result.verdict === "allowed"
        ? ", no findings"
        : ", see data gaps"
      : "";
  return [
    `  ${name}${about}${where}: ${status}${none}`,
    ...leading(result.findings).flatMap((finding) => findingLines(finding, options)),
  ];
}

/**
 * Formats one report as text: a header with the product and its verdict; for each policy,
 * its id@version and whether it applies (or why not); for each finding (those naming a covered
 * entity first), the path to the part, the verdict, the rule, the entity, the source, how many
 * paths reach a shared part, any missing data, exception or waiver; then the data gaps about
 * parts of unknown origin, summarised per missing field.
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
  const lines = [header];
  for (const line of warningLines(report.warnings ?? [])) lines.push(line);
  for (const result of report.policies)
    for (const line of policyLines(result, options)) lines.push(line);
  for (const line of gapLines(report.gapSummary ?? [])) lines.push(line);
  return `${lines.join("\n")}\n`;
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
