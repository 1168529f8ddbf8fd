import { compilePolicy, type EntityCatalogue } from "../engine/compile-policy.js";
import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { type Issue, VendorgateError } from "../errors.js";

function dateIssues(policy: CompiledPolicy): Issue[] {
  const issues: Issue[] = [];
  // A rule may start before its version does (carried over from an earlier version); one that
  // starts after the version ends can never apply.
  const { until } = policy.document.effective;
  for (const [i, rule] of policy.rules.entries()) {
    if (until !== undefined && rule.from !== undefined && rule.from > until) {
      issues.push({
        code: "invalid_dates",
        path: ["rules", i, "effective", "from"],
        message: `Rule "${rule.id}" starts ${rule.from}, after the policy ends (${until}), so it never applies`,
      });
    }
  }
  return issues;
}

/**
 * Every problem with a policy document at once (schema, operations, `var` paths, entities,
 * citations, dates), each with its JSON path; and the compiled policy when there are none.
 * Never throws for a bad document.
 */
export function validatePolicy(
  document: unknown,
  entities: EntityCatalogue = new Map(),
): { issues: Issue[]; policy?: CompiledPolicy } {
  let policy: CompiledPolicy;
  try {
    policy = compilePolicy(document, entities);
  } catch (error) {
    if (error instanceof VendorgateError) return { issues: [...error.issues] };
    throw error;
  }
  const issues = dateIssues(policy);
  return issues.length > 0 ? { issues } : { issues, policy };
}
