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
  importText,
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

// A BOM that names a part nobody declared: by default the dependency is dropped with a warning
// at its path; with `strict: true` the BOM is refused, with the path to the mistake.
const dangling = {
  bomFormat: "CycloneDX",
  specVersion: "1.6",
  components: [{ type: "device", "bom-ref": "board", name: "Board" }],
  dependencies: [{ ref: "board", dependsOn: ["modem"] }],
};
const lenient = importDocument(dangling);
console.log(`warning: ${lenient.warnings[0].message} at ${lenient.warnings[0].path.join(".")}`);
assert.deepEqual(lenient.warnings[0].path, ["dependencies", 0, "dependsOn", 0]);
try {
  fromCycloneDX(dangling, { strict: true });
  assert.fail("expected the BOM to be refused");
} catch (error) {
  if (!(error instanceof VendorgateError)) throw error;
  const [issue] = error.issues;
  console.log(`refused: ${issue.message} at ${issue.path.join(".")}`);
  assert.equal(issue.code, "unknown_ref");
  assert.deepEqual(issue.path, ["dependencies", 0, "dependsOn", 0]);
}

// CycloneDX XML and SPDX tag-value are told apart by content; a person is not a company:
// "Person: Dahua Lin" (a real package author) does not match the covered company Dahua.
const tagValue = importText(
  [
    "SPDXVersion: SPDX-2.3",
    "SPDXID: SPDXRef-DOCUMENT",
    "DocumentName: camera-app",
    "PackageName: camera-app",
    "SPDXID: SPDXRef-app",
    "PackageSupplier: Organization: Clean Corp",
    "PackageName: mmcv",
    "SPDXID: SPDXRef-mmcv",
    "PackageOriginator: Person: Dahua Lin (dahua.lin@example.org)",
    "Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-app",
    "Relationship: SPDXRef-app DEPENDS_ON SPDXRef-mmcv",
  ].join("\n"),
);
const us = {
  registry,
  policies: ["us-ndaa-889"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government", jurisdiction: "US" } },
};
const app = evaluate(tagValue, us);
console.log(`camera-app (SPDX tag-value): ${app.verdict}`);
assert.ok(!app.findings.some((finding) => finding.entity?.id === "dahua"));

const xml = importText(`<?xml version="1.0"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
  <metadata><component type="device"><name>Dome camera</name></component></metadata>
  <components>
    <component type="device"><manufacturer><name>Zhejiang Dahua Technology Co., Ltd.</name></manufacturer><name>Sensor board</name></component>
  </components>
</bom>`);
const dome = evaluate(xml, us);
console.log(`Dome camera (CycloneDX XML): ${dome.verdict}`);
assert.ok(dome.findings.some((finding) => finding.entity?.id === "dahua"));
