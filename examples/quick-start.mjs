// Quick start: is this router acceptable for a Japanese ministry's procurement on 2019-06-01?
// Run with `npm run examples` (after `npm run build`).
import { readFileSync } from "node:fs";
import { bundledRegistry, evaluate } from "vendorgate";

const product = JSON.parse(
  readFileSync(new URL("./products/router-with-huawei-lte-module.json", import.meta.url), "utf8"),
);

const report = evaluate(product, {
  registry: bundledRegistry(),
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
});

console.log(`${report.product.name}: ${report.verdict}`);
for (const finding of report.findings) {
  console.log(`  ${finding.path.join(" > ")}`);
  console.log(
    `    ${finding.verdict} by ${finding.policy.id}@${finding.policy.version} rule ${finding.ruleId}`,
  );
  if (finding.entity)
    console.log(
      `    entity ${finding.entity.id}: "${finding.entity.matched}" (${finding.entity.via})`,
    );
  console.log(`    ${finding.message}`);
  console.log(`    source: ${finding.source.title} <${finding.source.url}> [${finding.basis}]`);
}
if (report.verdict !== "restricted") throw new Error(`expected restricted, got ${report.verdict}`);
