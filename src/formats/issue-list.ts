import { type Issue, VendorgateError } from "../errors.js";

/** How many problems an import reports before it stops looking for more. */
export const maxIssues = 100;

/** Adds a problem unless the list is full; returns whether there is room for more. */
export function addIssue(issues: Issue[], issue: Issue): boolean {
  if (issues.length < maxIssues) issues.push(issue);
  return issues.length < maxIssues;
}

/** Throws `VendorgateError` with every problem found, if there is one. */
export function throwIssues(issues: readonly Issue[], message: string): void {
  if (issues.length > 0) throw new VendorgateError(message, issues);
}
