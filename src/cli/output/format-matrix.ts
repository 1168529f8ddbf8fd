import type { Matrix } from "../../index.js";
import { findingLines, paint, type TextOptions } from "./format-text.js";

/**
 * Formats a matrix as text: a table of profile × policy verdicts (`n/a` where the policy does not
 * apply to that buyer, `-` where the profile does not name it), then the findings of each cell
 * that is not allowed.
 * @example
 * Edge router on 2025-06-01
 * profile              verdict     jp-gov-procurement
 * jp-national-ministry restricted  restricted
 */
export function formatMatrixText(matrix: Matrix, options: TextOptions): string {
  const header = ["profile", "verdict", ...matrix.policies];
  const rows = matrix.rows.map((row) => [
    row.profile,
    row.verdict,
    ...matrix.policies.map((id) => {
      const cell = row.cells[id];
      if (!cell) return "-";
      return cell.applies || cell.findings.length > 0 ? cell.verdict : "n/a";
    }),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[], color: boolean) =>
    cells
      .map((text, i) => {
        const padded = text.padEnd(widths[i] ?? 0);
        const isVerdict = i > 0 && text !== "-" && text !== "n/a";
        return color && isVerdict
          ? paint(text as Matrix["rows"][number]["verdict"], padded, options)
          : padded;
      })
      .join("  ")
      .trimEnd();
  const lines = [`${matrix.product.name} on ${matrix.asOf}`, line(header, false)];
  for (const row of rows) lines.push(line(row, true));
  for (const row of matrix.rows) {
    for (const id of matrix.policies) {
      const cell = row.cells[id];
      if (!cell || cell.verdict === "allowed") continue;
      const name = cell.version === undefined ? id : `${id}@${cell.version}`;
      lines.push("", `${row.profile} × ${name}: ${paint(cell.verdict, cell.verdict, options)}`);
      for (const finding of cell.findings) lines.push(...findingLines(finding, options));
    }
  }
  return `${lines.join("\n")}\n`;
}
