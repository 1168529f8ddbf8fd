import type { Verdict } from "../../model/verdict.js";
import { compareVerdicts } from "../../model/verdict.js";
import { escapeMarkup as e } from "../escape.js";
import type { ReportEntry } from "../report-entry.js";
import { badge } from "./badge.js";

function rank(verdict: unknown): number {
  try {
    return compareVerdicts(verdict as Verdict, "allowed");
  } catch {
    return -1;
  }
}

function header(label: string): string {
  return `<th scope="col"><button type="button">${label}</button></th>`;
}

/**
 * The products of a fleet as a table that sorts by any column (with a script; in input order
 * without one), each product's name linking to its section.
 */
export function fleetTable(entries: readonly ReportEntry[], prefixes: readonly string[]): string {
  const rows = entries.map(({ report, file, line }, i) => {
    const policies = (report.policies ?? [])
      .map((p) => `<code>${e(p.id)}</code> ${badge(p.verdict)}`)
      .join("<br>");
    const input = file ? `${file}${line ? `:${line}` : ""}` : "";
    const gaps = (report.dataGaps ?? []).length;
    return `<tr><td data-sort="${i}">${i + 1}</td><td><a href="#${prefixes[i]}">${e(report.product.name)}</a></td><td data-sort="${rank(report.verdict)}">${badge(report.verdict)}</td><td>${policies}</td><td>${(report.findings ?? []).length}</td><td>${gaps}</td><td>${e(input)}</td></tr>`;
  });
  return `<table class="sortable" id="products"><caption class="muted">Products (sort by any column)</caption><thead><tr>${header("#")}${header("Product")}${header("Verdict")}${header("Policies")}${header("Findings")}${header("Data gaps")}${header("Input")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
