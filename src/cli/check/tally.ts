import { compareVerdicts, type Verdict } from "../../index.js";

/** How many products got each verdict. */
export type Tally = Record<Verdict, number>;

/** A tally of no products. */
export function emptyTally(): Tally {
  return { allowed: 0, indeterminate: 0, review: 0, restricted: 0, prohibited: 0 };
}

/** Adds the counts of `from` to `into`. */
export function addTally(into: Tally, from: Readonly<Tally>): void {
  for (const verdict of Object.keys(into) as Verdict[]) into[verdict] += from[verdict];
}

/** How many products of a tally reached `failOn` (their verdict is it or worse). */
export function failingIn(tally: Readonly<Tally>, failOn: Verdict): number {
  let failing = 0;
  for (const verdict of Object.keys(tally) as Verdict[]) {
    if (compareVerdicts(verdict, failOn) >= 0) failing += tally[verdict];
  }
  return failing;
}

/** How many products a tally counts. */
export function tallyTotal(tally: Readonly<Tally>): number {
  return Object.values(tally).reduce((sum, n) => sum + n, 0);
}
