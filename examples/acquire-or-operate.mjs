// Buying versus keeping in service: the same drone and router judged with `phase: "acquire"`
// (the default) and `phase: "operate"` on dates either side of the deadlines that tell them apart.
// Run with `npm run examples` (after `npm run build`).
import { bundledRegistry, evaluate } from "vendorgate";

const registry = bundledRegistry();

const drone = {
  name: "Inspection drone",
  type: "device",
  manufacturer: "SZ DJI Technology Co., Ltd.",
  countryOfOrigin: "CN",
  categories: ["uas"],
};
const router = {
  name: "Home Wi-Fi router",
  type: "device",
  manufacturer: "Contoso Networks Ltd.",
  countryOfOrigin: "VN",
  categories: ["consumer-router"],
  attributes: { existingFccAuthorization: true },
};

const checks = [
  // American Security Drone Act: agencies may not buy covered drones from 2023-12-22,
  // and may not operate them from 2025-12-22.
  ["agency buys the drone", drone, "us-federal-agency", {}, "2025-06-01", "prohibited"],
  [
    "agency keeps flying it",
    drone,
    "us-federal-agency",
    { phase: "operate" },
    "2025-12-21",
    "allowed",
  ],
  [
    "agency keeps flying it",
    drone,
    "us-federal-agency",
    { phase: "operate" },
    "2025-12-22",
    "prohibited",
  ],
  // FCC Covered List, 2026-03-23 entry: an authorised foreign router may still be sold, and
  // may receive firmware updates in service until 2027-03-01; after that the FCC has not said.
  ["maker markets the router", router, "us-equipment-maker", {}, "2026-06-01", "allowed"],
  [
    "router kept in service",
    router,
    "us-equipment-maker",
    { phase: "operate" },
    "2027-02-28",
    "allowed",
  ],
  [
    "router kept in service",
    router,
    "us-equipment-maker",
    { phase: "operate" },
    "2027-03-01",
    "review",
  ],
];

for (const [what, product, profile, context, asOf, expected] of checks) {
  const report = evaluate(product, { registry, profile, context, asOf });
  console.log(`${asOf} ${what.padEnd(26)} ${report.verdict}`);
  for (const finding of report.findings.filter((f) => f.verdict !== "allowed"))
    console.log(`  ${finding.ruleId}: ${finding.message}`);
  if (report.verdict !== expected)
    throw new Error(`${what} on ${asOf}: expected ${expected}, got ${report.verdict}`);
}
