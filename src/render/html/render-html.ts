import { type Verdict, VerdictSchema } from "../../model/verdict.js";
import { sha256Hex } from "../../util/sha256.js";
import { escapeMarkup as e } from "../escape.js";
import type { RenderOptions, ReportEntry } from "../report-entry.js";
import { badge } from "./badge.js";
import { fleetTable } from "./fleet-table.js";
import { productHtml } from "./product-html.js";
import { reportScript } from "./script.js";
import { reportStyle } from "./style.js";
import { treePartBudget } from "./tree-html.js";

/** The CSP source allowing only the report's own script: its SHA-256 in base64. */
function scriptHash(): string {
  const hex = sha256Hex(new TextEncoder().encode(reportScript));
  const bytes = hex.match(/../g)?.map((pair) => String.fromCharCode(Number.parseInt(pair, 16)));
  return `'sha256-${btoa((bytes ?? []).join(""))}'`;
}

/** How many parts all the trees of one document show at most, besides those with findings. */
const documentPartBudget = 20_000;

function summary(entries: readonly ReportEntry[]): string {
  const counts = new Map<string, number>();
  for (const { report } of entries)
    counts.set(report.verdict, (counts.get(report.verdict) ?? 0) + 1);
  const order = [...VerdictSchema.options].reverse() as string[];
  const parts = [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([verdict, n]) => `${n} ${badge(verdict as Verdict)}`);
  return `<p>${entries.length} product${entries.length === 1 ? "" : "s"}: ${parts.join(", ")}</p>`;
}

/**
 * Renders reports as one self-contained HTML page that works offline (inline style and an
 * optional inline script, no fonts or images fetched): for each product its verdict overall
 * and per policy, the component tree with the paths to findings open and clean parts folded
 * with their part counts, each finding with its rule, message, basis, source and the entity
 * text that matched, exceptions and waivers, data gaps and the stamp with the command that
 * reproduces the decision; for several products, a sortable table linking to each. Give each
 * report its product to draw the whole tree; without it, only the findings' paths are drawn.
 * Every text from the input is escaped.
 * @example
 * const report = evaluate(product, options);
 * const html = renderHtml([{ report, product, file: "router.json" }]);
 */
export function renderHtml(entries: readonly ReportEntry[], options: RenderOptions = {}): string {
  const title = options.title ?? "vendorgate report";
  const prefixes = entries.map((_, i) => `p${i + 1}`);
  let budget = documentPartBudget;
  const sections = entries.map((entry, i) => {
    const section = productHtml(
      entry,
      prefixes[i] ?? `p${i + 1}`,
      options.contextFlags,
      Math.max(0, Math.min(treePartBudget, budget)),
    );
    budget -= section.drawn;
    return section.html;
  });
  const table = entries.length > 1 ? `<h2>Products</h2>${fleetTable(entries, prefixes)}` : "";
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHash()}; img-src data:">
<title>${e(title)}</title><style>${reportStyle}</style></head>
<body><a class="skip" href="#main">Skip to the report</a><main id="main"><h1>${e(title)}</h1>${summary(entries)}${table}${sections.join("\n")}</main>
<script>${reportScript}</script></body></html>
`;
}
