// npm run bench:import [-- --runs N --json]
// Times importing every real SBOM in ../shared/outside-boms (read from there, never copied):
// text to a validated product (JSON.parse or the XML / tag-value parser included), the median of
// N runs after one warm-up. Build first (npm run build).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { detectFormat, detectTextFormat, importText, VendorgateError } from "../dist/index.js";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: npm run bench:import [-- --runs N --json]

Times importing every real SBOM in ../shared/outside-boms (read from there, never copied): text
to a validated product, the median of N runs after one warm-up. Run \`npm run build\` first.

  --runs N   runs per document (default 5)
  --json     print the rows as JSON`;

const { values } = scriptArgs(usage, {
  options: { runs: { type: "string", default: "5" }, json: { type: "boolean", default: false } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(
    `bench-import: --runs must be a whole number of at least 1, not "${values.runs}"\n`,
  );
  process.exit(2);
}
const dir = new URL("../../shared/outside-boms/", import.meta.url);

function formatOf(text) {
  try {
    return detectFormat(JSON.parse(text));
  } catch {
    return detectTextFormat(text) ?? "not an SBOM";
  }
}

const rows = [];
for (const name of readdirSync(dir).filter((file) => file !== "SOURCES.md")) {
  const path = new URL(name, dir);
  const bytes = statSync(path).size;
  const text = readFileSync(path, "utf8");
  const times = [];
  let parts = 0;
  let warnings = 0;
  let refused = false;
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    try {
      const product = importText(text);
      parts = product.graph.nodes.length;
      warnings = product.warnings.length;
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      refused = true;
    }
    if (run > 0) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  rows.push({ name, format: formatOf(text), bytes, ms, parts, warnings, refused });
}
rows.sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
const totalMs = rows.reduce((sum, row) => sum + row.ms, 0);
if (values.json) {
  console.log(JSON.stringify({ runs, rows, totalBytes: total, totalMs }, null, 2));
} else {
  console.log(
    `vendorgate import bench: ${rows.length} documents, ${(total / 1e6).toFixed(1)} MB, median of ${runs} runs, ${process.version}`,
  );
  console.log(
    "document                                              format          MB      ms    MB/s  parts  warnings",
  );
  for (const row of rows.slice(0, 15)) {
    const mb = row.bytes / 1e6;
    console.log(
      `${row.name.padEnd(54)}${row.format.padEnd(14)}${mb.toFixed(2).padStart(6)}${row.ms.toFixed(0).padStart(8)}${(mb / (row.ms / 1000)).toFixed(1).padStart(8)}${String(row.refused ? "refused" : row.parts).padStart(7)}${String(row.warnings).padStart(10)}`,
    );
  }
  console.log(
    `... and ${rows.length - 15} smaller; all ${rows.length}: ${(total / 1e6).toFixed(1)} MB in ${totalMs.toFixed(0)} ms`,
  );
}
