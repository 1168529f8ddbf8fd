// For policy maintainers: what changed between two versions of a policy, the semver bump that
// change needs, and whether the new version number says as much (vendorgate/maintain).
// Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { bundledRegistry } from "vendorgate";
import { diffPolicies } from "vendorgate/maintain";

const registry = bundledRegistry();
const before = registry.get("jp-gov-procurement", "1.0.0");
const after = registry.get("jp-gov-procurement", "1.1.0");
assert.ok(before && after);

const diff = diffPolicies(before, after);
console.log(
  `${diff.id} ${diff.from.version} -> ${diff.to.version}: needs a ${diff.requiredBump} bump`,
);
for (const change of diff.changes)
  console.log(`  [${change.bump}] ${change.subject}: ${change.detail}`);
console.log(
  `the numbers state a ${diff.statedBump ?? "non-increasing"} bump${diff.understated ? ": understated" : ""}`,
);
assert.ok(diff.changes.length > 0);
