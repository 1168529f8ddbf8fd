import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import {
  allPolicyIds,
  asOfArb,
  contextArb,
  type DagProduct,
  dagArb,
  findingCounts,
  findingSet,
  type Node,
  policyVerdicts,
  productArb,
  propertyRegistry,
  runs,
} from "./arbitraries.js";

const registry = propertyRegistry();

/** A copy of a product with the children of every node reordered by `order`. */
function permuted(product: DagProduct, order: readonly number[]): DagProduct {
  let draw = 0;
  const visit = (node: Node): Node => {
    const children = (node.components ?? []).map((child) =>
      "ref" in child ? child : visit(child),
    );
    const keyed = children.map((child, i) => ({
      child,
      key: order[(draw + i) % order.length] ?? i,
    }));
    draw += children.length;
    keyed.sort((a, b) => a.key - b.key);
    return children.length > 0 ? { ...node, components: keyed.map(({ child }) => child) } : node;
  };
  const copy: DagProduct = visit(product);
  return product.shared ? { ...copy, shared: product.shared.map(visit) } : copy;
}

const orderArb = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 16 });
const policiesArb = fc.shuffledSubarray([...allPolicyIds], { minLength: 1 });

describe("order independence", () => {
  it("gives the same verdicts and findings whatever the order of children", () => {
    fc.assert(
      fc.property(
        fc.oneof(productArb, dagArb),
        orderArb,
        policiesArb,
        asOfArb,
        contextArb,
        (product, order, policies, asOf, context) => {
          const options = { registry, policies, asOf, context, allGaps: true };
          const before = evaluate(product, options);
          const after = evaluate(permuted(product, order), options);
          expect(after.verdict).toBe(before.verdict);
          expect(policyVerdicts(after)).toEqual(policyVerdicts(before));
          expect(findingCounts(after).counts).toEqual(findingCounts(before).counts);
          expect(after.dataGaps.map((gap) => JSON.stringify(gap)).sort()).toEqual(
            before.dataGaps.map((gap) => JSON.stringify(gap)).sort(),
          );
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it("gives the same verdicts and findings whatever the order of the policies requested", () => {
    fc.assert(
      fc.property(
        productArb,
        policiesArb,
        fc.func(fc.integer()),
        asOfArb,
        contextArb,
        (product, policies, key, asOf, context) => {
          const shuffled = [...policies].sort((a, b) => key(a) - key(b));
          const before = evaluate(product, { registry, policies, asOf, context });
          const after = evaluate(product, { registry, policies: shuffled, asOf, context });
          expect(after.verdict).toBe(before.verdict);
          expect(policyVerdicts(after)).toEqual(policyVerdicts(before));
          expect(findingSet(after)).toEqual(findingSet(before));
          // Findings are sorted by policy first, so even their order does not change.
          expect(JSON.stringify(after.findings)).toBe(JSON.stringify(before.findings));
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it("reports the same findings for two same-named parts in either order", () => {
    // Regression shape: siblings with equal paths must still give the same finding set.
    const a = { name: "Radio", manufacturer: "Acme" };
    const b = { name: "Radio", manufacturer: "ACME Networks Co., Ltd.", brand: "Dawn" };
    const options = {
      registry,
      policies: ["test-policy", "mono-policy"],
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    };
    const one = evaluate(
      { name: "Product", manufacturer: "Clean Corp", components: [a, b] },
      options,
    );
    const two = evaluate(
      { name: "Product", manufacturer: "Clean Corp", components: [b, a] },
      options,
    );
    expect(findingSet(two)).toEqual(findingSet(one));
    expect(one.findings.filter((f) => f.ruleId === "acme-equipment")).toHaveLength(2);
  });
});
