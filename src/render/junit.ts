import type { Finding, PolicyResult, Report } from "../model/report.js";
import { compareVerdicts, type Verdict } from "../model/verdict.js";
import { escapeMarkup as e } from "./escape.js";
import type { RenderOptions, ReportEntry } from "./report-entry.js";

function findingText(finding: Finding): string {
  const lines = [
    `${finding.verdict}: ${finding.path.join(" > ")}${finding.componentId !== undefined ? ` [id ${finding.componentId}]` : ""}`,
    `  rule     ${finding.ruleId}: ${finding.message}`,
  ];
  if (finding.entity) {
    const { id, field, matched, via, alias } = finding.entity;
    lines.push(`  entity   ${id}: ${field} "${matched}", via ${via} "${alias}"`);
  }
  const { title, section, url } = finding.source;
  lines.push(`  source   ${[title, section, url].filter(Boolean).join(", ")} (${finding.basis})`);
  if (finding.missing?.length) lines.push(`  missing  ${finding.missing.join(", ")}`);
  if (finding.exception)
    lines.push(`  excepted ${finding.exception.id}: ${finding.exception.message}`);
  if (finding.waiver) lines.push(`  waived   ${finding.waiver.id}: ${finding.waiver.reason}`);
  return lines.join("\n");
}

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
}

function testCase(report: Report, result: PolicyResult, failOn: Verdict): Case {
  const name = result.version === undefined ? result.id : `${result.id}@${result.version}`;
  const open = `<testcase classname="${e(report.product.name)}" name="${e(name)}">`;
  const findings = result.findings ?? [];
  const details = e(findings.map(findingText).join("\n\n"));
  const failed = compareVerdicts(result.verdict, failOn) >= 0;
  if (failed) {
    const first = findings.find((f) => f.verdict === result.verdict) ?? findings[0];
    const message = `${result.verdict}${first ? `: ${first.path.join(" > ")}: ${first.message}` : ""}`;
    return {
      xml: `${open}<failure type="${e(result.verdict)}" message="${e(message)}">${details}</failure></testcase>`,
      failed,
      skipped: false,
    };
  }
  if (!result.applies && findings.length === 0) {
    return {
      xml: `${open}<skipped message="${e(`not applied: ${result.reason ?? "no reason given"}`)}"/></testcase>`,
      failed,
      skipped: true,
    };
  }
  const out = findings.length ? `${e(result.verdict)}\n\n${details}` : e(result.verdict);
  return {
    xml: `${open}<system-out>${out}</system-out></testcase>`,
    failed,
    skipped: false,
  };
}

/**
 * Renders reports as JUnit XML for CI test reports: a test suite per product and a test case
 * per policy, failed when the policy's verdict reaches `failOn` (default `restricted`, as the
 * CLI's `--fail-on`), skipped when the policy does not apply; the findings are the details.
 * @example
 * writeFileSync("vendorgate.xml", renderJunit([{ report }], { failOn: "restricted" }));
 */
export function renderJunit(entries: readonly ReportEntry[], options: RenderOptions = {}): string {
  const failOn = options.failOn ?? "restricted";
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = entries.map(({ report, file, line }) => {
    const cases = (report.policies ?? []).map((result) => testCase(report, result, failOn));
    const f = cases.filter((c) => c.failed).length;
    const s = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += f;
    skipped += s;
    const input = file ? ` file="${e(file)}${line ? `:${line}` : ""}"` : "";
    return `  <testsuite name="${e(report.product.name)}" tests="${cases.length}" failures="${f}" errors="0" skipped="${s}"${input}>\n${cases.map((c) => `    ${c.xml}`).join("\n")}\n  </testsuite>`;
  });
  const title = options.title ?? "vendorgate";
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${e(title)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join("\n")}\n</testsuites>\n`;
}
