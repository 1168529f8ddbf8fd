import type { Horizon } from "../../index.js";
import { findingLines, paint, type TextOptions } from "./format-text.js";

/**
 * Formats a horizon as text: the verdict on `asOf`, then each date it changes, with the policies
 * that change, the events of the policy data behind it and the findings that decide it.
 * @example
 * 4G radio unit: allowed on 2025-06-01; 1 change until 2030-12-31
 *   from 2028-01-01: restricted (was allowed)
 *     ca-telecom-huawei-zte@1.0.0: allowed → restricted
 *     cause    rule 4g-removal-by-2027-12-31 of ca-telecom-huawei-zte@1.0.0 comes into force
 */
export function formatHorizonText(result: Horizon, options: TextOptions): string {
  const count = result.changes.length;
  const lines = [
    `${result.product.name}: ${paint(result.verdict, result.verdict, options)} on ${result.asOf}; ${count === 0 ? "no change" : `${count} change${count === 1 ? "" : "s"}`} until ${result.until}`,
  ];
  for (const change of result.changes) {
    lines.push(
      `  from ${change.date}: ${paint(change.verdict, change.verdict, options)} (was ${change.previous})`,
    );
    for (const policy of change.policies) {
      const name = policy.version === undefined ? policy.id : `${policy.id}@${policy.version}`;
      lines.push(`    ${name}: ${policy.previous} → ${policy.verdict}`);
    }
    for (const cause of change.causes) lines.push(`    cause    ${cause.description}`);
    for (const finding of change.findings) lines.push(...findingLines(finding, options));
    if (change.previousFindings.length > 0) {
      lines.push("    no longer:");
      for (const finding of change.previousFindings) lines.push(...findingLines(finding, options));
    }
  }
  return `${lines.join("\n")}\n`;
}
