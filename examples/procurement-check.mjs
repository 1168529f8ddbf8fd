// A procurement portal's gate: check every offered product for a buyer on a date, accept waivers
// approved by the compliance office, and print what to find out where data is missing.
// Run with `npm run examples` (after `npm run build`).
import { readdirSync, readFileSync } from "node:fs";
import { bundledRegistry, evaluate, VendorgateError } from "vendorgate";

const registry = bundledRegistry(); // compile once, evaluate many
const dir = new URL("./products/", import.meta.url);
const buyer = {
  sector: "government",
  jurisdiction: "JP",
  body: "incorporated-administrative-agency",
};
const waivers = [
  {
    id: "W-2021-007",
    product: "SecureView dome camera",
    rule: "reported-target-parts",
    reason: "Camera isolated on a closed network pending replacement; NISC consulted",
    approver: "CISO office",
    expires: "2021-12-31",
  },
];

const verdicts = {};
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()) {
  try {
    const product = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const report = evaluate(product, {
      registry,
      policies: ["jp-gov-procurement"],
      asOf: "2021-04-01",
      context: { buyer },
      waivers,
    });
    verdicts[report.product.name] = report.verdict;
    console.log(`${report.verdict.padEnd(13)} ${report.product.name}`);
    for (const finding of report.findings) {
      const how = finding.waiver
        ? ` (waived by ${finding.waiver.id}; rule says ${finding.ruleVerdict})`
        : "";
      console.log(`  ${finding.path.join(" > ")}: ${finding.ruleId}${how}`);
    }
    for (const gap of report.dataGaps)
      console.log(`  find out ${gap.data} of ${gap.path.join(" > ")}`);
  } catch (error) {
    if (!(error instanceof VendorgateError)) throw error;
    console.error(`${file}: ${error.message}`);
    process.exitCode = 2;
  }
}

const expected = {
  "EdgeRouter 5G": "restricted",
  "SecureView dome camera": "allowed",
  "Workstation X1": "allowed",
  "Campus switch 48P": "indeterminate",
};
for (const [name, verdict] of Object.entries(expected)) {
  if (verdicts[name] !== verdict)
    throw new Error(`${name}: expected ${verdict}, got ${verdicts[name]}`);
}
