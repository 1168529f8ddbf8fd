// An SPDX 2.3 JSON SBOM from a supplier, imported with fromSPDX (packages become components, with
// their suppliers and package URLs) and screened like any product.
// Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { bundledRegistry, evaluate, fromSPDX } from "vendorgate";

const sbom = {
  spdxVersion: "SPDX-2.3",
  dataLicense: "CC0-1.0",
  SPDXID: "SPDXRef-DOCUMENT",
  name: "endpoint-agent-sbom",
  documentNamespace: "https://example.org/spdx/endpoint-agent-1",
  creationInfo: { created: "2024-05-01T00:00:00Z", creators: ["Tool: example"] },
  documentDescribes: ["SPDXRef-agent"],
  packages: [
    {
      SPDXID: "SPDXRef-agent",
      name: "Endpoint agent",
      versionInfo: "4.2",
      supplier: "Organization: Example Security Ltd.",
      downloadLocation: "NOASSERTION",
    },
    {
      SPDXID: "SPDXRef-av",
      name: "Antivirus engine",
      versionInfo: "21.3",
      supplier: "Organization: Kaspersky Lab",
      downloadLocation: "NOASSERTION",
    },
  ],
  relationships: [
    {
      spdxElementId: "SPDXRef-agent",
      relationshipType: "CONTAINS",
      relatedSpdxElement: "SPDXRef-av",
    },
  ],
};

const product = fromSPDX(sbom);
console.log(`${product.name}: ${product.components?.map((c) => c.name).join(", ")}`);
const report = evaluate(product, {
  registry: bundledRegistry(),
  profile: "us-federal-agency",
  asOf: "2024-10-01",
});
for (const finding of report.findings)
  console.log(`  ${finding.path.join(" > ")}: ${finding.verdict} (${finding.policy.id})`);
assert.ok(report.findings.some((finding) => finding.entity?.id === "kaspersky"));
