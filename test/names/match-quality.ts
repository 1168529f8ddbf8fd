import { sightName } from "../../src/names/entity-index.js";
import { bundledIndex } from "./bundled-index.js";
import { type LabelledName, labelledNames, type NameKind } from "./labelled-names.js";

/** Precision and recall of one kind of labelled name. */
export interface QualityRow {
  kind: NameKind;
  names: number;
  /** Covered names found as their entity with the rule's own verdict (not review only). */
  firm: number;
  /** Covered names found as their entity at all (firm or review). */
  found: number;
  /** Names with a match to an entity they are not. */
  wrong: number;
  /** For companies not covered: names given a firm match (a false restricted/prohibited). */
  falseFirm: number;
  /** For companies not covered: names given only a review match. */
  falseReview: number;
}

/** Runs every labelled name through a fresh index of the bundled catalogue. */
export function measureMatchQuality(
  names: readonly LabelledName[] = labelledNames(),
): QualityRow[] {
  const index = bundledIndex();
  const rows = new Map<NameKind, QualityRow>();
  for (const { text, kind, entity } of names) {
    let row = rows.get(kind);
    if (!row) {
      row = { kind, names: 0, firm: 0, found: 0, wrong: 0, falseFirm: 0, falseReview: 0 };
      rows.set(kind, row);
    }
    row.names++;
    const matches = sightName(index, text);
    if (entity === undefined) {
      if (matches.some((match) => !match.reviewOnly)) row.falseFirm++;
      else if (matches.length > 0) row.falseReview++;
      continue;
    }
    const mine = matches.filter((match) => match.target.entityId === entity);
    if (mine.length > 0) row.found++;
    if (mine.some((match) => !match.reviewOnly)) row.firm++;
    if (matches.some((match) => match.target.entityId !== entity)) row.wrong++;
  }
  return [...rows.values()];
}

const percent = (part: number, whole: number) =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;

/** The table the README shows: recall and precision per kind of name. */
export function qualityTable(rows: readonly QualityRow[]): string {
  const lines = [
    "| kind of name | names | found (firm) | found (any) | precision | false firm | false review |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const covered = row.kind !== "not-covered";
    const matched = covered ? row.found + row.wrong : row.falseFirm + row.falseReview;
    lines.push(
      `| ${row.kind} | ${row.names} | ${covered ? percent(row.firm, row.names) : "–"} | ${
        covered ? percent(row.found, row.names) : "–"
      } | ${covered ? percent(row.found, Math.max(matched, row.found)) : "–"} | ${
        covered ? "–" : percent(row.falseFirm, row.names)
      } | ${covered ? "–" : percent(row.falseReview, row.names)} |`,
    );
  }
  return lines.join("\n");
}
