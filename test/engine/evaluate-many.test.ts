import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, evaluateMany, VendorgateError } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

const registry = createRegistry({ policies: [testPolicy()] });
const options = {
  registry,
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};
const fleet = [
  { name: "A", manufacturer: "Acme" },
  { name: "B", manufacturer: "Clean Corp" },
  {
    name: "C",
    manufacturer: "Clean Corp",
    components: [{ name: "D", manufacturer: "ACME NETWORKS" }],
  },
];

describe("evaluateMany", () => {
  it("streams the same reports as evaluate, in order", () => {
    const reports = [...evaluateMany(fleet, options)];
    expect(reports.map((r) => [r.product.name, r.verdict])).toEqual([
      ["A", "prohibited"],
      ["B", "allowed"],
      ["C", "prohibited"],
    ]);
    expect(JSON.stringify(reports[2])).toBe(JSON.stringify(evaluate(fleet[2], options)));
  });

  it("reads an async iterable lazily, one product at a time", async () => {
    let pulled = 0;
    async function* products() {
      for (const product of fleet) {
        pulled++;
        yield product;
      }
    }
    const seen: string[] = [];
    for await (const report of evaluateMany(products(), options)) {
      seen.push(`${report.product.name}:${pulled}`);
    }
    expect(seen).toEqual(["A:1", "B:2", "C:3"]);
  });

  it("names the index of a bad product", () => {
    try {
      [...evaluateMany([fleet[0], { nope: true }], options)];
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VendorgateError);
      expect((error as VendorgateError).issues[0]?.path.slice(0, 3)).toEqual([
        "products",
        1,
        "product",
      ]);
    }
  });

  it("checks the options before the first product", () => {
    expect(() => evaluateMany(fleet, { ...options, asOf: "2021-02-30" }).next()).toThrow(
      VendorgateError,
    );
    expect(() => evaluateMany(42 as never, options)).toThrow(/iterable/);
  });
});
