import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareVerdicts,
  createRegistry,
  type Entity,
  evaluate,
  type Report,
  type Verdict,
} from "../../src/index.js";
import { acme } from "../fixtures/policies.js";
import {
  asOfArb,
  contextArb,
  fieldsArb,
  monoPolicy,
  type Node,
  nodeAt,
  nodePaths,
  partyNames,
  productArb,
  propertyRegistry,
  runs,
  treeArb,
} from "./arbitraries.js";

const registry = propertyRegistry();
// Policies whose conditions never lower a verdict when a part or a covered name is added.
const monotonePolicies = [
  "test-policy",
  "mono-policy",
  "jp-gov-procurement",
  "us-ndaa-889",
  "us-fcc-covered-list",
  "au-5g-security-guidance",
];
const government = { buyer: { sector: "government" as const, jurisdiction: "XX" } };

/** The highest verdict of each (policy, path, rule), so "no finding got lower" can be checked. */
function worstByKey(report: Report): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const finding of report.findings) {
    const key = JSON.stringify([finding.policy.id, finding.path, finding.ruleId]);
    const seen = out.get(key);
    if (seen === undefined || compareVerdicts(finding.verdict, seen) > 0)
      out.set(key, finding.verdict);
  }
  return out;
}

function expectNotLower(after: Report, before: Report): void {
  expect(compareVerdicts(after.verdict, before.verdict)).toBeGreaterThanOrEqual(0);
  for (const [i, policy] of before.policies.entries()) {
    const now = after.policies[i]?.verdict as Verdict;
    expect(compareVerdicts(now, policy.verdict), policy.id).toBeGreaterThanOrEqual(0);
  }
  const worst = worstByKey(after);
  for (const [key, verdict] of worstByKey(before)) {
    expect(compareVerdicts(worst.get(key) ?? "allowed", verdict), key).toBeGreaterThanOrEqual(0);
  }
}

function withPart(product: Node, at: readonly number[], index: number, part: Node): Node {
  const copy = structuredClone(product);
  const parent = nodeAt(copy, at);
  const children = parent.components ?? [];
  children.splice(index % (children.length + 1), 0, part);
  parent.components = children;
  return copy;
}

const insertionArb = productArb.chain((product) =>
  fc.record({
    product: fc.constant(product),
    at: fc.constantFrom(...nodePaths(product)),
    index: fc.nat(),
    part: fc.oneof(fieldsArb, treeArb),
  }),
);

describe("monotonicity", () => {
  it("never lowers a verdict when a part is added anywhere", () => {
    fc.assert(
      fc.property(insertionArb, asOfArb, contextArb, ({ product, at, index, part }, asOf, ctx) => {
        const options = { registry, policies: monotonePolicies, asOf, context: ctx };
        const before = evaluate(product, options);
        const after = evaluate(withPart(product, at, index, part), options);
        expectNotLower(after, before);
      }),
      { numRuns: runs(150) },
    );
  });

  it("never lowers a verdict when a covered alias is added to an entity", () => {
    const aliasArb = fc.oneof(
      fc.constantFrom(...partyNames),
      fc.stringMatching(/^[A-Za-z]{2,8}( [A-Za-z]{2,8}){0,2}$/),
      fc.constantFrom("华为", "中兴通讯", "アクメ", "Лаборатория"),
    );
    const exactArb = fc.boolean();
    fc.assert(
      fc.property(productArb, aliasArb, exactArb, asOfArb, (product, alias, exact, asOf) => {
        const widened: Entity = {
          ...acme,
          aliases: [
            ...(acme.aliases ?? []),
            { text: alias, source: "s1", ...(exact ? { match: "exact" as const } : {}) },
          ],
        };
        const narrow = createRegistry({ policies: [monoPolicy(acme)] });
        const wide = createRegistry({ policies: [monoPolicy(widened)] });
        const options = { policies: ["mono-policy"], asOf, context: government };
        const before = evaluate(product, { ...options, registry: narrow });
        const after = evaluate(product, { ...options, registry: wide });
        expectNotLower(after, before);
      }),
      { numRuns: runs(150) },
    );
  });

  it("finds a component whose manufacturer is a newly added alias", () => {
    // Regression shape of the property above: a name the policy did not cover, then does.
    const product = {
      name: "Product",
      manufacturer: "Clean Corp",
      components: [{ name: "Radio", manufacturer: "Zeta Works" }],
    };
    const options = { policies: ["mono-policy"], asOf: "2021-01-01", context: government };
    const before = evaluate(product, {
      ...options,
      registry: createRegistry({ policies: [monoPolicy(acme)] }),
    });
    const wide: Entity = { ...acme, aliases: [{ text: "Zeta Works", source: "s1" }] };
    const after = evaluate(product, {
      ...options,
      registry: createRegistry({ policies: [monoPolicy(wide)] }),
    });
    expect(before.verdict).toBe("allowed");
    expect(after.verdict).toBe("prohibited");
  });
});
