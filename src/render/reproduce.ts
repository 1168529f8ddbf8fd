import type { Report } from "../model/report.js";

/** Quotes one shell word when it holds anything but plain characters. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./@:=^~+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command that reproduces a report's decision: the same input, each policy pinned to the
 * version the stamp records, the same date and (when given) the same context flags.
 */
export function reproduceCommand(
  report: Report,
  file: string | undefined,
  contextFlags: readonly string[] | undefined,
): string {
  const words = ["vendorgate", "check", file ?? "PRODUCT.json"];
  for (const policy of report.policies ?? []) {
    // A policy not in force on the date has no version to pin: it is named as given.
    words.push("--policy", policy.version ? `${policy.id}@${policy.version}` : policy.id);
  }
  words.push("--as-of", report.asOf);
  return [...words, ...(contextFlags ?? [])].map(shellWord).join(" ");
}
