import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, parseProduct } from "../../src/index.js";
import {
  allPolicyIds,
  asOfArb,
  contextArb,
  dagArb,
  productArb,
  propertyRegistry,
  runs,
  waiversArb,
} from "./arbitraries.js";

const registry = propertyRegistry();
const optionsArb = fc.record({
  policies: fc.shuffledSubarray([...allPolicyIds], { minLength: 1 }),
  asOf: asOfArb,
  context: contextArb,
  waivers: waiversArb,
});

type Options = typeof optionsArb extends fc.Arbitrary<infer T> ? T : never;

const run = (product: unknown, options: Options, from = registry) =>
  JSON.stringify(evaluate(product, { registry: from, ...options }));

describe("determinism", () => {
  it("gives the same report bytes for the same input, for a clone of it, and for a parsed product", () => {
    fc.assert(
      fc.property(fc.oneof(productArb, dagArb), optionsArb, (product, options) => {
        const first = run(product, options);
        expect(run(product, options)).toBe(first);
        expect(run(structuredClone(product), structuredClone(options))).toBe(first);
        expect(run(parseProduct(structuredClone(product)), options)).toBe(first);
      }),
      { numRuns: runs(150) },
    );
  });

  it("gives the same report bytes from a freshly compiled registry", () => {
    const fresh = propertyRegistry();
    fc.assert(
      fc.property(productArb, optionsArb, (product, options) => {
        expect(run(product, options, fresh)).toBe(run(product, options));
      }),
      { numRuns: runs(100) },
    );
  });

  it("does not change the input it is given", () => {
    fc.assert(
      fc.property(fc.oneof(productArb, dagArb), optionsArb, (product, options) => {
        const before = JSON.stringify([product, options]);
        run(product, options);
        expect(JSON.stringify([product, options])).toBe(before);
      }),
      { numRuns: runs(100) },
    );
  });
});
