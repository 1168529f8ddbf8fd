// Inputs from outside: parseProduct validates a product once (every problem, with its path) so it
// can be evaluated many times, and safeEvaluate answers { ok, report } or { ok: false, issues }
// instead of throwing. Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { bundledRegistry, formatIssues, parseProduct, safeEvaluate } from "vendorgate";

const options = {
  registry: bundledRegistry(),
  profile: "us-federal-agency",
  asOf: "2024-06-01",
  context: { purpose: "public-safety" },
};

// Parsed once, evaluated on two dates.
const camera = parseProduct({
  name: "Lobby camera",
  manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
  categories: ["video-surveillance"],
  type: "device",
});
for (const asOf of ["2018-01-01", "2024-06-01"]) {
  const result = safeEvaluate(camera, { ...options, asOf });
  assert.ok(result.ok);
  console.log(`${asOf}: ${result.report.verdict}`);
}

// A bad product: every problem, each with its path, and no report.
const bad = safeEvaluate(
  { name: "Gateway", components: [{ manufacturer: 42 }, { name: " ", type: "gizmo" }] },
  options,
);
assert.equal(bad.ok, false);
console.log(formatIssues(bad.issues));
assert.ok(bad.issues.length >= 3);
