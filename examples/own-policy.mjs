// An app's own policy beside (or instead of) the bundled ones: createRegistry compiles it once,
// checking its conditions, entities and citations; evaluate then resolves it by id@range.
// Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { createRegistry, evaluate, VendorgateError } from "vendorgate";

const policy = {
  id: "acme-internal-procurement",
  version: "1.0.0",
  jurisdiction: "XX",
  title: "Our own rule: no Globex radios in field equipment",
  effective: { from: "2024-01-01" },
  sources: [{ id: "memo", title: "Procurement memo 7", url: "https://intranet.example/memo-7" }],
  scope: { "===": [{ var: "context.buyer.sector" }, "private"] },
  entities: [
    {
      id: "globex",
      name: "Globex Corporation",
      names: [{ text: "Globex Corporation", source: "memo" }],
      aliases: [{ text: "Globex", source: "memo" }],
      sources: [
        { id: "memo", title: "Procurement memo 7", url: "https://intranet.example/memo-7" },
      ],
    },
  ],
  rules: [
    {
      id: "no-globex-radios",
      verdict: "restricted",
      when: { and: [{ made_by: ["globex"] }, { in_category: ["radio"] }] },
      message: "Globex radios are not bought for field equipment",
      source: { id: "memo", section: "§2" },
      basis: "official-guidance",
    },
  ],
};

const registry = createRegistry({ policies: [policy] });
const report = evaluate(
  {
    name: "Field kit",
    components: [{ name: "Radio", manufacturer: "Globex Corp.", categories: ["radio"] }],
  },
  {
    registry,
    policies: ["acme-internal-procurement@^1"],
    asOf: "2025-03-01",
    context: { buyer: { sector: "private", jurisdiction: "XX" } },
  },
);
for (const finding of report.findings)
  console.log(`${finding.path.join(" > ")}: ${finding.verdict} by ${finding.ruleId}`);
assert.equal(report.verdict, "restricted");

// A mistake in a policy is refused whole, with the path to every problem.
try {
  registry.add({ ...policy, version: "1.1.0", rules: [{ ...policy.rules[0], when: { nope: 1 } }] });
  assert.fail("a policy with an unknown operation must be refused");
} catch (error) {
  if (!(error instanceof VendorgateError)) throw error;
  console.log(`refused: ${error.issues[0]?.message} at ${error.issues[0]?.path.join(".")}`);
}
assert.deepEqual(
  registry.list().map((p) => p.version),
  ["1.0.0"],
);
