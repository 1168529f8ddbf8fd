import * as z from "zod/mini";

/** Verdicts from least to most severe: `allowed` < `indeterminate` < `review` < `restricted` < `prohibited`. */
export const VerdictSchema = z.enum([
  "allowed",
  "indeterminate",
  "review",
  "restricted",
  "prohibited",
]);

/** A decision: `indeterminate` means a rule could not be decided because data is missing. */
export type Verdict = z.output<typeof VerdictSchema>;

const rank: Record<Verdict, number> = {
  allowed: 0,
  indeterminate: 1,
  review: 2,
  restricted: 3,
  prohibited: 4,
};

/** Compares two verdicts by severity: negative when `a` is less severe than `b`. */
export function compareVerdicts(a: Verdict, b: Verdict): number {
  return rank[a] - rank[b];
}

/** The more severe of two verdicts. */
export function maxVerdict(a: Verdict, b: Verdict): Verdict {
  return rank[a] >= rank[b] ? a : b;
}
