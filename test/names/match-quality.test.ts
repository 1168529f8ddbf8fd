// Recall and precision of name matching on the labelled set. PRINT_MATCH_QUALITY=1 prints the
// table. Issue 11's targets not yet met are not asserted here (see the README's table): 100% firm
// recall on confusable and spacing disguises, and 95% recall on one-edit typos.
import { describe, expect, it } from "vitest";
import { labelledNames } from "./labelled-names.js";
import { measureMatchQuality, qualityTable } from "./match-quality.js";

const names = labelledNames();
const rows = measureMatchQuality(names);
const row = (kind: string) => {
  const found = rows.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no ${kind} names`);
  return found;
};

describe("name matching on the labelled set", () => {
  it("has at least 2,000 names, the same on every run", () => {
    expect(names.length).toBeGreaterThanOrEqual(2000);
    expect(labelledNames().map((name) => name.text)).toEqual(names.map((name) => name.text));
    if (process.env.PRINT_MATCH_QUALITY) console.log(qualityTable(rows));
  });

  for (const kind of ["invisible", "reordered"]) {
    it(`finds every ${kind} disguise as its entity, with the rule's own verdict`, () => {
      expect(row(kind).firm).toBe(row(kind).names);
    });
  }

  it("finds every compound spelling as its entity", () => {
    expect(row("compound").found).toBe(row("compound").names);
  });

  it("never matches a disguised name to another entity", () => {
    for (const candidate of rows) expect(candidate.wrong).toBe(0);
  });

  it("gives no real company outside the catalogue a firm match, and under 0.5% a review", () => {
    expect(row("not-covered").falseFirm).toBe(0);
    expect(row("not-covered").falseReview / row("not-covered").names).toBeLessThan(0.005);
  });
});
