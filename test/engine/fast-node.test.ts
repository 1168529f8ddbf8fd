import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastNode } from "../../src/engine/fast-node.js";
import { ComponentNodeSchema } from "../../src/model/component.js";

const text = fc.oneof(
  fc.constantFrom("", " x", "x ", "Acme", "华为", "a b"),
  fc.string({ maxLength: 6 }),
);
const party = fc.oneof(
  text,
  fc.record(
    {
      name: text,
      identifiers: fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })),
      origin: fc.constantFrom("", "cyclonedx:publisher"),
    },
    { requiredKeys: ["name"] },
  ),
  fc.constantFrom(null, 42, { name: "x", extra: 1 }),
);
const attribute = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1),
  fc.constant([]),
);
const node = fc.record(
  {
    name: text,
    id: text,
    type: fc.constantFrom("device", "module", "router", "chip", 3),
    manufacturer: party,
    supplier: party,
    brand: party,
    identifiers: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 4 })),
      fc.constant({ fccId: 5 }),
    ),
    countryOfOrigin: fc.constantFrom("CN", "cn", "USA", "JP"),
    categories: fc.array(text, { maxLength: 3 }),
    attributes: fc.dictionary(fc.string({ maxLength: 3 }), attribute),
    components: fc.constantFrom([], [{ name: "child" }], "nope"),
    unknownKey: fc.constant(1),
  },
  { requiredKeys: [] },
);

const cleanText = fc.constantFrom("Acme", "华为", "a b", "Part 7");
const validNode = fc.record(
  {
    name: cleanText,
    id: cleanText,
    type: fc.constantFrom("device", "module", "chip"),
    manufacturer: fc.oneof(
      cleanText,
      fc.record({ name: cleanText, identifiers: fc.constant({ fccId: "QIS1" }) }),
    ),
    identifiers: fc.constant({ fccId: "QISEM770W" }),
    countryOfOrigin: fc.constantFrom("CN", "JP"),
    categories: fc.array(cleanText, { maxLength: 2 }),
    attributes: fc.dictionary(
      fc.constantFrom("a", "b"),
      fc.oneof(fc.boolean(), fc.integer(), fc.constant(null)),
    ),
    components: fc.constant([]),
  },
  { requiredKeys: ["name"] },
);

describe("fastNode", () => {
  it("accepts a node only when the schema accepts it and returns it unchanged", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(node, validNode), (raw) => {
        const fast = fastNode(raw);
        if (fast === undefined) return;
        accepted++;
        const parsed = ComponentNodeSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(raw);
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it("accepts the common clean node, and leaves whitespace and odd values to the schema", () => {
    expect(fastNode({ name: "Radio", manufacturer: "Acme", components: [] })).toBeDefined();
    expect(fastNode({ name: " Radio" })).toBeUndefined();
    expect(fastNode({ name: "Radio", attributes: { x: Number.NaN } })).toBeUndefined();
    expect(fastNode({ name: "Radio", nope: 1 })).toBeUndefined();
    expect(fastNode(JSON.parse('{"name": "Radio", "__proto__": {}}'))).toBeUndefined();
  });

  it("leaves fields that are there but not enumerable to the schema", () => {
    const node = { name: "Radio" };
    Object.defineProperty(node, "type", { value: "device", enumerable: false });
    expect(fastNode(node)).toBeUndefined();
    const party = { name: "Acme" };
    Object.defineProperty(party, "origin", { value: "x", enumerable: false });
    expect(fastNode({ name: "Radio", manufacturer: party })).toBeUndefined();
  });

  it("refuses a hole in a sparse list of categories", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(fastNode({ name: "Radio", categories: [, "telecom"] })).toBeUndefined();
    expect(fastNode({ name: "Radio", categories: ["telecom"] })).toBeDefined();
  });
});
