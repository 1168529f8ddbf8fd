// Evidence for people and for CI: check a supplier's hardware BOM for a Japanese ministry on
// 2019-06-01 and write an HTML report (with the component tree), a SARIF log for code scanning, a
// JUnit file and a Markdown job summary. Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bundledRegistry,
  evaluate,
  importDocument,
  renderHtml,
  renderJunit,
  renderMarkdown,
  renderSarif,
} from "vendorgate";

const file = "examples/boms/router-lte-hbom.cdx.json";
const product = importDocument(
  JSON.parse(readFileSync(new URL("./boms/router-lte-hbom.cdx.json", import.meta.url), "utf8")),
);
const report = evaluate(product, {
  registry: bundledRegistry(),
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
});

// The product goes with its report so the HTML can draw the whole tree; the file names the input.
const entries = [{ report, product, file }];
const contextFlags = ["--buyer-sector", "government", "--buyer-jurisdiction", "JP"];
const out = mkdtempSync(join(tmpdir(), "vendorgate-example-"));
const documents = {
  "report.html": renderHtml(entries, { contextFlags }),
  "vendorgate.sarif": renderSarif(entries),
  "vendorgate.xml": renderJunit(entries),
  "summary.md": renderMarkdown(entries),
};
for (const [name, text] of Object.entries(documents)) {
  writeFileSync(join(out, name), text);
  console.log(`${name}: ${text.length.toLocaleString("en-US")} characters`);
}
console.log(documents["summary.md"]);

// The SARIF result names the part by its bom-ref, so a reviewer can find it in the BOM.
const [result] = JSON.parse(documents["vendorgate.sarif"]).runs[0].results;
assert.equal(result.locations[0].logicalLocations[0].name, "lte-module-me909s");
assert.match(documents["report.html"], /--policy jp-gov-procurement@1\.0\.0 --as-of 2019-06-01/);
assert.match(documents["vendorgate.xml"], /<failure type="restricted"/);
rmSync(out, { recursive: true, force: true });
