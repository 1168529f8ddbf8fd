// Recall and precision of name matching on the labelled set, against issue 11's targets: every
// disguise found with the rule's own verdict, 95% of one-edit typos found, no false firm match and
// under 0.5% false reviews. PRINT_MATCH_QUALITY=1 prints the table (the README shows it).
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

  for (const kind of ["confusable", "invisible", "reordered", "spacing", "compound"]) {
    it(`finds every ${kind} disguise as its entity, with the rule's own verdict`, () => {
      expect(row(kind).firm).toBe(row(kind).names);
    });
  }

  it("finds at least 95% of one-edit typos of names of 5 or more letters as their entity", () => {
    expect(row("typo").names).toBeGreaterThan(500);
    expect(row("typo").found / row("typo").names).toBeGreaterThanOrEqual(0.95);
  });

  it("never matches a disguised name to another entity", () => {
    for (const candidate of rows) expect(candidate.wrong).toBe(0);
  });

  it("gives no real company outside the catalogue a firm match, and under 0.5% a review", () => {
    expect(row("not-covered").falseFirm).toBe(0);
    expect(row("not-covered").falseReview / row("not-covered").names).toBeLessThan(0.005);
  });
});
