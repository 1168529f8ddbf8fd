import { formatIssues, VendorgateError } from "../errors.js";
import type { PolicyTestCase } from "../model/policy-test-case.js";
import type { Finding, Report } from "../model/report.js";
import type { Registry } from "../registry/registry.js";
import { evaluate } from "./evaluate.js";

/** The outcome of one policy test case. */
export interface PolicyTestResult {
  name: string;
  policy: string;
  passed: boolean;
  /** What differed, one line each, when the case failed. */
  problems: string[];
  report?: Report;
}

type ExpectedFinding = NonNullable<PolicyTestCase["expect"]["findings"]>[number];

function matches(finding: Finding, expected: ExpectedFinding): boolean {
  return (
    (expected.ruleId === undefined || finding.ruleId === expected.ruleId) &&
    (expected.verdict === undefined || finding.verdict === expected.verdict) &&
    (expected.entity === undefined || finding.entity?.id === expected.entity) &&
    (expected.via === undefined || finding.entity?.via === expected.via) &&
    (expected.path === undefined ||
      (finding.path.length === expected.path.length &&
        finding.path.every((name, i) => name === expected.path?.[i])))
  );
}

function describeFinding(finding: Finding): string {
  const entity = finding.entity ? ` ${finding.entity.id} via ${finding.entity.via}` : "";
  return `${finding.ruleId} ${finding.verdict} at ${finding.path.join(" > ")}${entity}`;
}

/**
 * Runs policy test cases against a registry: each case's product is evaluated on its date for its
 * buyer, and the verdict (and any findings listed) compared with what the case expects.
 * @example
 * const results = runPolicyTests(bundledRegistry(), cases, "jp-gov-procurement");
 * results.filter((r) => !r.passed);
 */
export function runPolicyTests(
  registry: Registry,
  cases: readonly PolicyTestCase[],
  defaultPolicy?: string,
): PolicyTestResult[] {
  return cases.map((testCase) => {
    const policy = testCase.policy ?? defaultPolicy;
    if (policy === undefined) {
      return {
        name: testCase.name,
        policy: "?",
        passed: false,
        problems: ["The case names no policy"],
      };
    }
    let report: Report;
    try {
      report = evaluate(testCase.product, {
        registry,
        policies: [policy],
        asOf: testCase.asOf,
        // Cases name findings one by one, those about parts of unknown origin too.
        allGaps: true,
        ...(testCase.context ? { context: testCase.context } : {}),
      });
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      return {
        name: testCase.name,
        policy,
        passed: false,
        problems: [`evaluate threw:\n${formatIssues(error.issues)}`],
      };
    }
    const problems: string[] = [];
    const { expect } = testCase;
    const result = report.policies[0];
    if (report.verdict !== expect.verdict)
      problems.push(`verdict: expected ${expect.verdict}, got ${report.verdict}`);
    if (expect.applies !== undefined && result?.applies !== expect.applies) {
      problems.push(
        `applies: expected ${expect.applies}, got ${result?.applies}${result?.reason ? ` (${result.reason})` : ""}`,
      );
    }
    if (expect.version !== undefined && result?.version !== expect.version) {
      problems.push(`version: expected ${expect.version}, got ${result?.version ?? "none"}`);
    }
    for (const expected of expect.findings ?? []) {
      if (!report.findings.some((finding) => matches(finding, expected))) {
        problems.push(`missing finding ${JSON.stringify(expected)}`);
      }
    }
    if (expect.exactFindings) {
      for (const finding of report.findings) {
        if (!(expect.findings ?? []).some((expected) => matches(finding, expected))) {
          problems.push(`unexpected finding ${describeFinding(finding)}`);
        }
      }
    }
    if (problems.length > 0) {
      problems.push(`findings were: ${report.findings.map(describeFinding).join("; ") || "none"}`);
    }
    return { name: testCase.name, policy, passed: problems.length === 0, problems, report };
  });
}
