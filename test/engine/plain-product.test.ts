// The one-walk reader of plain products must give exactly what the full parser and the digest
// writer give, and must never take a product the full parser refuses (or warns about).
import { describe, expect, it } from "vitest";
import { defaultLimits, type Limits } from "../../src/engine/limits.js";
import { readPlainProduct } from "../../src/engine/plain-product.js";
import { digestProduct } from "../../src/engine/product-digest.js";
import { parseProductGraph } from "../../src/engine/product-graph.js";
import { digestCanonical } from "../../src/util/canonical-json.js";
import { componentsOf, genProduct } from "../fuzz/products.js";
import { caseSeed, createRng, type Rng } from "../fuzz/rng.js";
import { type Loose, mutate, setKey } from "../fuzz/values.js";

const seed = 20261206;
/** How many products taken had parts the full parser read by the schema. */
let takenWithSchema = 0;

/** Compares the one-walk reading with the full parser's; returns whether it took the product. */
function compare(product: unknown, limits: Limits = defaultLimits): boolean {
  const plain = readPlainProduct(product, limits);
  const full = parseProductGraph(product, limits);
  if (!plain) return false;
  // Taken only when the full parser accepts it as it is, with nothing to warn of.
  expect(full.issues).toEqual([]);
  if (!full.graph) throw new Error("unreachable");
  expect(full.warnings).toEqual([]);
  expect(plain.graph.nodes).toEqual(full.graph.nodes);
  // Same views field for field, in the same order (reports list fields as views hold them).
  expect(JSON.stringify(plain.graph.nodes)).toBe(JSON.stringify(full.graph.nodes));
  expect([...plain.graph.childrenFirst]).toEqual([...full.graph.childrenFirst]);
  expect(plain.graph.expandedSize).toBe(full.graph.expandedSize);
  expect(plain.digest).toBe(digestProduct(product as object, full.slow));
  expect(plain.digest).toBe(digestCanonical(product));
  if (full.slow.size > 0) takenWithSchema++;
  return true;
}

/** Gives a few parts what the schema reads without a word: padded texts, fields set undefined. */
function loosen(rng: Rng, product: Loose): Loose {
  const parts = componentsOf(product);
  for (let i = rng.range(1, 3); i > 0; i--) {
    const part = rng.pick(parts);
    if (part === product) continue;
    const field = rng.pick(["name", "manufacturer", "supplier", "countryOfOrigin", "id"]);
    if (typeof part[field] === "string" && rng.chance(0.7)) part[field] = ` ${part[field]}\t`;
    else if (field !== "name") part[field] = undefined;
  }
  return product;
}

function generated(rng: Rng): Loose {
  const product = genProduct(rng, { heavy: false });
  const roll = rng.float();
  if (roll < 0.25) return product;
  if (roll < 0.5) return loosen(rng, product);
  return mutate(rng, product, rng.range(1, 3), { json: roll < 0.8, deepLimit: 2_000 });
}

describe("readPlainProduct", () => {
  it("agrees with the full parser and digest on generated and mutated products", () => {
    let taken = 0;
    takenWithSchema = 0;
    const count = 1500;
    for (let i = 0; i < count; i++) {
      const rng = createRng(caseSeed(seed, i));
      if (compare(generated(rng))) taken++;
    }
    // The fast path must carry most well-formed products, or it is not tested (nor fast).
    expect(taken).toBeGreaterThan(count * 0.4);
    expect(taken).toBeLessThan(count);
    // Parts read by the schema inside a product the walk takes: the digest's part-by-part path.
    expect(takenWithSchema).toBeGreaterThan(count * 0.05);
  });

  it("leaves products past a limit to the full parser", () => {
    const tight: Limits = { ...defaultLimits, maxDepth: 3, maxComponents: 20, maxTextLength: 12 };
    let taken = 0;
    for (let i = 0; i < 600; i++) {
      const rng = createRng(caseSeed(seed + 1, i));
      if (compare(generated(rng), tight)) taken++;
    }
    expect(taken).toBeGreaterThan(20);
  });

  it("reads a tree, shared parts with refs, and unreferenced shared parts", () => {
    const psu = { name: "PSU", id: "psu", manufacturer: { name: "Delta", kind: "organization" } };
    const dag = {
      name: "Router",
      type: "device",
      manufacturer: "Acme",
      components: [{ name: "Board", components: [{ ref: "psu" }] }, { ref: "psu" }],
      shared: [psu],
    };
    expect(compare(dag)).toBe(true);
    expect(readPlainProduct(dag, defaultLimits)?.graph.nodes[2]?.shared).toBe(true);
    expect(compare({ name: "Router", components: [{ name: "A" }], shared: [psu] })).toBe(true);
    expect(compare({ name: "Router", categories: ["antivirus"], attributes: { x: 1 } })).toBe(true);
    // A category given twice is read once, without a warning.
    expect(compare({ name: "Router", categories: ["antivirus", "antivirus"] })).toBe(true);
  });

  it("reads a part the schema must transform by the schema, digested as given", () => {
    const psu = { name: " PSU ", id: "psu", manufacturer: " Delta" };
    const cases: unknown[] = [
      { name: "Router", components: [{ name: "Radio ", manufacturer: "Acme" }] },
      { name: "Router", components: [{ name: "Radio", id: undefined }, { name: "Fan" }] },
      {
        name: "Router",
        components: [{ name: " Board", components: [{ name: "Chip\t" }, { ref: "psu" }] }],
        shared: [psu],
      },
      { name: "Router", components: [{ ref: "psu" }, { ref: "psu" }], shared: [psu] },
      { name: "Router", components: [{ name: "A", manufacturer: { name: " Acme " } }] },
      { name: "Router", components: [{ name: " A", components: [{ name: " B" }] }] },
    ];
    for (const product of cases) expect(compare(product)).toBe(true);
  });

  it("leaves to the full parser what needs the schema, a warning or an error", () => {
    const hidden = { name: "Radio" };
    Object.defineProperty(hidden, "type", { value: "device", enumerable: false });
    const ownRefUndefined = { ref: undefined, name: "x" };
    const cases: unknown[] = [
      { name: " Router" },
      { name: "Router", type: "router" },
      { name: "Router", components: [{ name: "Radio", type: "router" }] },
      { name: "Router", components: [{ name: " Radio", components: [{ name: "" }] }] },
      { name: "Router", components: [{ name: " Radio", components: [{ ref: "missing" }] }] },
      { name: "Router", components: [{ name: "Radio", nope: 1 }] },
      { name: "Router", categories: ["Antivirus"] },
      { name: "Router", components: [hidden] },
      { name: "Router", components: [{ ref: "missing" }] },
      { name: "Router", components: [{ ref: "a", name: "x" }], shared: [{ name: "A", id: "a" }] },
      { name: "Router", components: [ownRefUndefined] },
      {
        name: "Router",
        components: [
          { name: "A", id: "a" },
          { name: "B", id: "a" },
        ],
      },
      { name: "Router", shared: [{ ref: "a" }] },
      { name: "Router", components: [{ name: "A", shared: [] }] },
      { name: "Router", components: [null] },
      // biome-ignore lint/suspicious/noSparseArray: the hole is the point
      { name: "Router", components: [, { name: "A" }] },
      {
        name: "Router",
        components: [{ ref: "a" }],
        shared: [{ name: "A", id: "a", components: [{ ref: "a" }] }],
      },
      Object.assign(Object.create({ inherited: 1 }), { name: "Router" }),
      [],
      "Router",
    ];
    for (const product of cases) {
      expect(readPlainProduct(product, defaultLimits)).toBeUndefined();
      compare(product);
    }
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const node: Loose = { name: "Router" };
      setKey(node, key, { name: "x" });
      expect(readPlainProduct({ name: "P", components: [node] }, defaultLimits)).toBeUndefined();
      const record: Loose = {};
      setKey(record, key, "x");
      expect(readPlainProduct({ name: "P", attributes: record }, defaultLimits)).toBeUndefined();
      expect(readPlainProduct({ name: "P", identifiers: record }, defaultLimits)).toBeUndefined();
    }
  });

  it("leaves an object that contains itself to the full parser, which names the cycle", () => {
    for (const name of ["Loop", " Loop"]) {
      const part: Loose = { name, components: [] };
      part.components.push(part);
      const product = { name: "Router", components: [part] };
      expect(readPlainProduct(product, defaultLimits)).toBeUndefined();
      expect(parseProductGraph(product, defaultLimits).issues[0]?.code).toBe("cycle");
    }
  });

  it("gives up on a part that contains itself within a few turns of the cycle", () => {
    // Every part counts how often the walk reads its components: a missed cycle would read them
    // until the depth limit, a million levels down.
    let reads = 0;
    const part = (name: string, below: () => unknown[]): Loose => ({
      name,
      get components() {
        reads++;
        return below();
      },
    });
    const ring = (length: number, extra: (i: number) => unknown[] = () => []): Loose[] => {
      const parts: Loose[] = [];
      for (let i = 0; i < length; i++)
        parts.push(part(`R${i}`, () => [...extra(i), parts[(i + 1) % length]]));
      return parts;
    };
    const cases: [string, Loose][] = [
      ["itself", ring(1)[0]],
      ["a ring of three", ring(3)[0]],
      ["a ring of 300", ring(300)[0]],
      // Each turn first walks a finished sub-assembly with parts of its own.
      [
        "a ring past sub-assemblies",
        ring(4, (i) => [{ name: `S${i}`, components: [{ name: "x", components: [] }] }])[0],
      ],
    ];
    let prefix: Loose = ring(7)[0];
    for (let i = 0; i < 500; i++) prefix = { name: `Above ${i}`, components: [prefix] };
    cases.push(["a ring of seven 500 levels down", prefix]);
    for (const [label, below] of cases) {
      reads = 0;
      const product = { name: "Router", components: [below] };
      expect(readPlainProduct(product, defaultLimits), label).toBeUndefined();
      expect(reads, label).toBeLessThan(5_000);
      expect(parseProductGraph(product, defaultLimits).issues[0]?.code, label).toBe("cycle");
    }
  });

  it("reads chains of any depth in one walk, with the same graph and digest", () => {
    for (const depth of [1_500, 30_000]) {
      let node: Loose = { name: "Leaf", id: "leaf", manufacturer: "Huawei" };
      for (let i = 0; i < depth; i++) node = { name: `Level ${i}`, components: [node] };
      expect(compare(node)).toBe(true);
    }
    // A part the schema reads, a ref and shared parts, all far below the product.
    let deep: Loose = { name: " Padded ", components: [{ name: "Below", id: "below" }] };
    for (let i = 0; i < 3_000; i++) {
      deep = { name: `Level ${i}`, components: i === 2_000 ? [deep, { ref: "psu" }] : [deep] };
    }
    expect(compare({ ...deep, shared: [{ name: "PSU", id: "psu" }] })).toBe(true);
  });

  it("agrees with the full parser on products grafted under deep chains", () => {
    let taken = 0;
    const count = 30;
    for (let i = 0; i < count; i++) {
      const rng = createRng(caseSeed(seed + 2, i));
      const product = generated(rng);
      if (product === null || typeof product !== "object" || Array.isArray(product)) continue;
      const holders = [...componentsOf(product), ...(product.shared ?? [])];
      const holder: Loose = rng.pick(holders);
      if (holder === null || typeof holder !== "object") continue;
      const depth = rng.pick([1_100, 2_500, 4_000]);
      let chain: Loose[] | undefined = holder.components;
      for (let level = 0; level < depth; level++) {
        const part: Loose = { name: rng.chance(0.01) ? ` Level ${level}` : `Level ${level}` };
        if (rng.chance(0.3)) part.manufacturer = rng.pick(["Huawei", "Acme", { name: "ZTE" }]);
        if (chain !== undefined) part.components = chain;
        chain = [part];
      }
      holder.components = chain;
      if (compare(product)) taken++;
    }
    expect(taken).toBeGreaterThan(count * 0.2);
  });

  it("reads deep chains whose every part the schema reads, each inside the one above", () => {
    // Each such part is digested as given with everything below it: only the outermost is
    // written (the others would be dropped), or a chain would cost its depth squared.
    const chain = (part: (level: number) => Loose): Loose => {
      let node: Loose = { name: "Leaf", manufacturer: "Huawei" };
      for (let i = 0; i < 3_000; i++) node = { ...part(i), components: [node] };
      return { name: "Product", components: [node] };
    };
    expect(compare(chain((i) => ({ name: ` Level ${i} ` })))).toBe(true);
    expect(compare(chain((i) => ({ name: `Level ${i}`, supplier: undefined })))).toBe(true);
    expect(takenWithSchema).toBeGreaterThan(0);
  });

  it("says where a deep part is wrong when the full parser reads a chain of such parts", () => {
    let node: Loose = { name: 42 as unknown as string };
    for (let i = 0; i < 1_500; i++) node = { name: ` Level ${i} `, components: [node] };
    const { issues } = parseProductGraph(node, defaultLimits);
    expect(issues[0]?.path).toEqual([
      ...Array.from({ length: 1_500 }, () => ["components", 0]).flat(),
      "name",
    ]);
  });

  it("leaves a deep chain past the depth limit, or containing itself, to the full parser", () => {
    let node: Loose = { name: "Leaf" };
    const top = node;
    for (let i = 0; i < 5_000; i++) node = { name: `Level ${i}`, components: [node] };
    const limited = { ...defaultLimits, maxDepth: 4_000 };
    expect(readPlainProduct(node, limited)).toBeUndefined();
    expect(parseProductGraph(node, limited).issues[0]?.code).toBe("limit_exceeded");
    top.components = [node];
    expect(readPlainProduct(node, defaultLimits)).toBeUndefined();
    expect(parseProductGraph(node, defaultLimits).issues[0]?.code).toBe("cycle");
  });

  it("reads a part object given twice (no cycle) twice, as the full parser does", () => {
    const board = { name: "Board", components: [{ name: "Chip" }] };
    expect(
      compare({ name: "Router", components: [board, { name: "Mid", components: [board] }] }),
    ).toBe(true);
  });
});
