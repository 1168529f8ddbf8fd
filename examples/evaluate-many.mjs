// Screening a fleet: evaluateMany checks many products under the same options, resolving the
// policies once. It takes a list (and yields reports as you iterate) or an async iterable, such as
// the lines of an NDJSON file as they are read. Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { bundledRegistry, evaluateMany } from "vendorgate";

const options = {
  registry: bundledRegistry(),
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
};

const fleet = [
  { name: "Office switch", manufacturer: "Clean Networks Inc." },
  { name: "Edge router", components: [{ name: "LTE module", manufacturer: "Huawei" }] },
  { name: "Mystery box" },
];
const verdicts = [];
for (const report of evaluateMany(fleet, options)) {
  console.log(`${report.product.name}: ${report.verdict}`);
  verdicts.push(report.verdict);
}
assert.deepEqual(verdicts, ["allowed", "restricted", "indeterminate"]);

// The same from an async source, one product a line, each report made as its line comes.
async function* ndjsonLines() {
  for (const product of fleet) yield JSON.parse(JSON.stringify(product));
}
let count = 0;
for await (const report of evaluateMany(ndjsonLines(), options)) count += report ? 1 : 0;
assert.equal(count, fleet.length);
