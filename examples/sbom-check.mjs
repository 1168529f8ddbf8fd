// An SBOM/HBOM pipeline step: import CycloneDX hardware BOMs as they come from suppliers, check
// them for a Japanese ministry on 2019-06-01, and say which part (by bom-ref) and which BOM field
// named the covered vendor. Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import {
  bundledRegistry,
  evaluate,
  fromCycloneDX,
  importDocument,
  VendorgateError,
} from "vendorgate";

const registry = bundledRegistry();
const options = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
};
const read = (name) => JSON.parse(readFileSync(new URL(`./boms/${name}`, import.meta.url), "utf8"));

const results = {};
for (const name of ["router-lte-hbom.cdx.json", "camera-hisilicon-hbom.cdx.json"]) {
  // importDocument tells a product, a CycloneDX BOM and an SPDX document apart by their content.
  const report = evaluate(importDocument(read(name)), options);
  console.log(`${name}: ${report.product.name}: ${report.verdict}`);
  for (const finding of report.findings) {
    console.log(`  ${finding.path.join(" > ")}  [bom-ref ${finding.componentId}]`);
    // A shared part is reported once, with how many paths reach it and the first few.
    if (finding.occurrences) console.log(`    on ${finding.occurrences} paths`);
    console.log(`    ${finding.verdict} by rule ${finding.ruleId}`);
    console.log(
      `    entity ${finding.entity.id}: "${finding.entity.matched}" (${finding.entity.via}), from ${finding.entity.origin}`,
    );
  }
  results[name] = report;
}

const router = results["router-lte-hbom.cdx.json"];
assert.equal(router.verdict, "restricted");
assert.deepEqual(
  router.findings.map((f) => [f.componentId, f.entity.origin]),
  [
    ["lte-module-me909s", "cyclonedx:manufacturer"],
    ["lte-module-firmware", "cyclonedx:publisher"],
  ],
);
const camera = results["camera-hisilicon-hbom.cdx.json"];
assert.equal(camera.verdict, "restricted");
// The SDK is a shared part (two parts depend on it): it is reported once, with both paths.
assert.deepEqual(
  camera.findings.map((f) => (f.paths ?? [f.path]).map((path) => path.join(" > "))),
  [
    ["KD-420 dome camera > Camera main board > Image SoC Hi3516DV300"],
    [
      "KD-420 dome camera > KD-420 firmware > Hi3516 MPP SDK",
      "KD-420 dome camera > KD-420 firmware > Line-crossing analytics > Hi3516 MPP SDK",
    ],
  ],
);
assert.equal(camera.findings[0].entity.via, "affiliate");

// A BOM that names a part nobody declared is refused, with the path to the mistake.
try {
  fromCycloneDX({
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    components: [{ type: "device", "bom-ref": "board", name: "Board" }],
    dependencies: [{ ref: "board", dependsOn: ["modem"] }],
  });
  assert.fail("expected the BOM to be refused");
} catch (error) {
  if (!(error instanceof VendorgateError)) throw error;
  const [issue] = error.issues;
  console.log(`refused: ${issue.message} at ${issue.path.join(".")}`);
  assert.equal(issue.code, "unknown_ref");
  assert.deepEqual(issue.path, ["dependencies", 0, "dependsOn", 0]);
}
