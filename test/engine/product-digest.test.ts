// digestProduct, the fast writer used for products parsed on the fast path, must give
// exactly digestCanonical's digest; parseProduct's digest must too, whichever path it took.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../src/engine/limits.js";
import { parseProduct } from "../../src/engine/parse-product.js";
import { digestProduct } from "../../src/engine/product-digest.js";
import { parseProductGraph } from "../../src/engine/product-graph.js";
import { digestCanonical } from "../../src/util/canonical-json.js";
import { runs, treeOf } from "../properties/arbitraries.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const awkward = [
  '"',
  "\\",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u2028",
  "\ud800",
  "\udfff",
  "é",
  "华",
  "😀",
];
const unitArb = fc.oneof(
  fc.constantFrom(...awkward),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
);
const anyTextArb = fc.string({ unit: unitArb, maxLength: 12 });
/** Text the schema keeps unchanged (trimmed, not empty), so the product stays plain. */
const textArb = anyTextArb.map((s) => s.trim() || "x");
// fast-check favours "__proto__" among keys; the parser rightly refuses it (and two others).
const refused = new Set(["__proto__", "constructor", "prototype"]);
const keyArb = fc
  .oneof(fc.constantFrom("10", "2", "1", "0", "01", "-1", "a", "B", "é"), textArb)
  .filter((key) => !refused.has(key));
const recordArb = <T>(value: fc.Arbitrary<T>) => fc.dictionary(keyArb, value, { maxKeys: 5 });
const attributeArb = fc.oneof(
  anyTextArb,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const partyArb = fc.oneof(
  textArb,
  fc.record(
    {
      name: textArb,
      identifiers: recordArb(anyTextArb),
      origin: anyTextArb.map((s) => s || "o"),
      kind: fc.constantFrom("organization", "person"),
    },
    { requiredKeys: ["name"] },
  ),
);
const fieldsArb = fc.record(
  {
    name: textArb,
    type: fc.constantFrom("device", "module", "chip", "firmware", "other"),
    manufacturer: partyArb,
    brand: partyArb,
    supplier: partyArb,
    identifiers: recordArb(anyTextArb),
    countryOfOrigin: fc.constantFrom("CN", "JP", "US"),
    categories: fc.array(textArb, { maxLength: 3 }),
    attributes: recordArb(attributeArb),
  },
  { requiredKeys: ["name"] },
) as fc.Arbitrary<Node>;

const treeArb = treeOf(fieldsArb, { depth: 3, width: 3 });

/** A product: shared sub-assemblies with unique ids, referred to from random places by `{ ref }`. */
const productArb = fc
  .tuple(fc.array(treeArb, { maxLength: 3 }), treeArb, fc.infiniteStream(fc.nat()), textArb)
  .map(([sharedTrees, tree, picks, idText]): Node => {
    const random = picks[Symbol.iterator]();
    const next = () => random.next().value as number;
    let serial = 0;
    const withIds = (node: Node): Node => {
      const copy: Node = { ...node };
      if (next() % 3 === 0) copy.id = `${idText}#${serial++}`;
      if (Array.isArray(node.components))
        copy.components = (node.components as Node[]).map(withIds);
      return copy;
    };
    const addRefs = (node: Node, count: number): Node => {
      if (count === 0) return node;
      const children = ((node.components ?? []) as Node[]).map((child) => addRefs(child, count));
      if (next() % 2 === 0) children.push({ ref: `shared ${next() % count}` });
      return children.length > 0 ? { ...node, components: children } : node;
    };
    const shared = sharedTrees.map((item, i) => ({
      ...addRefs(withIds(item), i),
      id: `shared ${i}`,
    }));
    const root = addRefs(withIds(tree), shared.length);
    return shared.length > 0 ? { ...root, shared } : root;
  });

function chain(depth: number, leaf: Node = { name: "leaf" }): Node {
  let node = leaf;
  for (let i = depth - 1; i > 0; i--) node = { name: `Level ${i} "华为" \\`, components: [node] };
  return node;
}

function plainOf(product: unknown): boolean {
  const parsed = parseProductGraph(product, defaultLimits);
  expect(parsed.issues).toEqual([]);
  return parsed.graph ? parsed.slow.size === 0 : false;
}

function expectSameDigests(product: object): void {
  const canonical = digestCanonical(product);
  expect(digestProduct(product)).toBe(canonical);
  expect(parseProduct(product).digest).toBe(canonical);
}

describe("digestProduct", () => {
  it("equals digestCanonical for generated plain products", () => {
    let plain = 0;
    fc.assert(
      fc.property(productArb, (product) => {
        if (!plainOf(product)) return;
        plain++;
        expectSameDigests(product);
      }),
      { numRuns: runs(400) },
    );
    expect(plain).toBeGreaterThan(runs(400) * 0.75);
  });

  it("sorts integer-like record keys by code unit, as canonical JSON does", () => {
    const product = {
      name: "Router",
      identifiers: { "10": "a", "2": "b", b: "c", A: "d" },
      attributes: { "2": 2, "10": null, "-1": true, "1.5": "x" },
      manufacturer: { name: "Acme", origin: "cyclonedx:publisher", identifiers: { "9": "z" } },
    };
    expect(plainOf(product)).toBe(true);
    expectSameDigests(product);
  });

  it("escapes quotes, backslashes, control characters and lone surrogates like JSON.stringify", () => {
    const awkwardText = 'a"b\\c\u0000\u001f\u007f\u2028\ud800x\udc00😀华';
    const product = {
      name: awkwardText,
      id: "\udbff",
      categories: [awkwardText, "\u0001\tx"],
      attributes: { [awkwardText]: awkwardText, "\ud83d": "\ude00" },
      components: [{ name: "Part", brand: awkwardText }],
    };
    expect(plainOf(product)).toBe(true);
    expectSameDigests(product);
  });

  it("equals digestCanonical across shared sub-assemblies and large, many-chunk products", () => {
    const parts = Array.from({ length: 3_000 }, (_, i) => ({
      name: `Part ${i}${" 華為".repeat(i % 7)}`,
      components: [{ ref: "board" }],
    }));
    const product = { name: "Rack", components: parts, shared: [{ id: "board", name: "Board" }] };
    expect(plainOf(product)).toBe(true);
    expectSameDigests(product);
  });

  it("falls back to the same digest for chains deeper than its recursion allows", () => {
    for (const depth of [1_999, 2_000, 2_001, 2_002, 2_003, 5_000]) {
      const tree = chain(depth);
      const dag = {
        ...chain(depth, { name: "leaf", components: [{ ref: "s" }] }),
        shared: [chain(depth, { id: "s", name: "deep shared leaf" })],
      };
      for (const product of [tree, dag]) {
        expect(plainOf(product)).toBe(true);
        expectSameDigests(product);
      }
    }
  });
});

describe("parseProduct's digest", () => {
  it("is digestCanonical of the input as given, for products the schema must transform", () => {
    const products: object[] = [
      { name: " Router ", components: [{ name: "Modem\n" }] },
      { name: "Router", manufacturer: " Huawei " },
      { name: "Router", type: undefined, components: [{ name: "Part", id: " p1 " }] },
      { name: "Router", categories: ["  telecom"], shared: [] },
    ];
    for (const product of products) {
      expect(plainOf(product)).toBe(false);
      expect(parseProduct(product).digest).toBe(digestCanonical(product));
    }
    // Trimming changes the digest: it is of the input, not of what the schema kept.
    expect(parseProduct({ name: " Router " }).digest).not.toBe(
      parseProduct({ name: "Router" }).digest,
    );
  });

  it("is digestCanonical of the input for generated products, plain or not", () => {
    const untrim = fc.tuple(productArb, fc.constantFrom(" ", "\n", "\u3000"));
    fc.assert(
      fc.property(untrim, ([product, space]) => {
        const rough = { ...product, name: `${space}${product.name as string}` };
        expect(plainOf(rough)).toBe(false);
        expect(parseProduct(rough).digest).toBe(digestCanonical(rough));
        expect(parseProduct(product).digest).toBe(digestCanonical(product));
      }),
      { numRuns: runs(150) },
    );
  });
});

describe("parseProduct's digest with one part off the fast path", () => {
  /** The product with the part at `pick` (in document order, refs left out) changed by `change`. */
  function roughen(product: Node, pick: number, change: (node: Node) => Node): Node {
    let count = 0;
    const counting = (node: Node): void => {
      count++;
      for (const child of (node.components ?? []) as Node[]) if (!("ref" in child)) counting(child);
    };
    counting(product);
    let seen = 0;
    const visit = (node: Node): Node => {
      const own = seen++ === pick % count ? change(node) : node;
      if (!Array.isArray(own.components)) return own;
      const components = (own.components as Node[]).map((child) =>
        "ref" in child ? child : visit(child),
      );
      return Object.assign(Object.create(Object.getPrototypeOf(own)), own, { components });
    };
    return visit(product);
  }
  const changes: ((node: Node) => Node)[] = [
    (node) => ({ ...node, name: ` ${node.name as string}` }),
    (node) => ({ ...node, type: "Hardware" }),
    (node) => ({ ...node, manufacturer: { name: "Acme ", kind: "organization" } }),
    (node) => Object.assign(Object.create(null), node),
    (node) => ({ ...node, categories: ["Telecom", " video surveillance"] }),
  ];

  it("is digestCanonical of the input, the part written as canonical JSON, the rest fast", () => {
    const arb = fc.tuple(productArb, fc.nat(40), fc.nat(changes.length - 1));
    let rough = 0;
    fc.assert(
      fc.property(arb, ([product, pick, which]) => {
        const changed = roughen(product, pick, changes[which] as (node: Node) => Node);
        const parsed = parseProductGraph(changed, defaultLimits);
        expect(parsed.issues).toEqual([]);
        if (parsed.graph && parsed.slow.size > 0) rough++;
        expect(parseProduct(changed).digest).toBe(digestCanonical(changed));
      }),
      { numRuns: runs(300) },
    );
    expect(rough).toBeGreaterThan(runs(300) * 0.6);
  });

  it("falls back to the same digest for a rough part deep in a deep chain", () => {
    for (const depth of [1_999, 2_001, 3_000]) {
      const tree = chain(depth, { name: " padded leaf " });
      expect(plainOf(tree)).toBe(false);
      expectSameDigests(tree);
      // Built from the leaf up (a recursive copy would overflow the test's stack).
      let midway: Node = { name: "leaf" };
      for (let i = depth - 1; i > 0; i--) {
        midway = {
          name: `Level ${i}`,
          components: [midway],
          ...(i === 1_000 ? { type: "Hardware" } : {}),
        };
      }
      expect(plainOf(midway)).toBe(false);
      expect(parseProduct(midway).digest).toBe(digestCanonical(midway));
    }
  });
});

describe("odd JavaScript inputs", () => {
  it("refuses a product with a non-enumerable field, which the digest would not see", () => {
    const product = { name: "x" };
    Object.defineProperty(product, "shared", { value: [], enumerable: false });
    expect(() => parseProduct(product)).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: [] })] }),
    );
  });

  it("refuses a part with a non-enumerable field, which the digest would not see", () => {
    const part = { name: "Radio" };
    Object.defineProperty(part, "manufacturer", { value: "Huawei", enumerable: false });
    expect(() => parseProduct({ name: "x", components: [part] })).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ["components", 0] })],
      }),
    );
  });

  it("refuses a sparse list of categories with a path instead of crashing later", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const product = { name: "x", categories: [, "telecom"] };
    expect(() => parseProduct(product)).toThrowError(/not valid/);
  });
});

describe("a part's hidden shared list", () => {
  it("is left out of the digest, whichever path the product takes", () => {
    const hiddenShared = () => {
      const part: Record<string, unknown> = { name: "Router", manufacturer: "Acme" };
      Object.defineProperty(part, "shared", { value: [{ name: "X", manufacturer: "Huawei" }] });
      return part;
    };
    const plain = { name: "Product", components: [hiddenShared()] };
    const asJson = { name: "Product", components: [{ name: "Router", manufacturer: "Acme" }] };
    expect(parseProduct(plain).digest).toBe(parseProduct(asJson).digest);
    // A sibling the schema must transform sends the product to the full parser and the writer.
    const slow = { name: "Product", components: [hiddenShared(), { name: " Padded " }] };
    const slowJson = {
      name: "Product",
      components: [{ name: "Router", manufacturer: "Acme" }, { name: " Padded " }],
    };
    expect(parseProduct(slow).digest).toBe(parseProduct(slowJson).digest);
  });
});
