// The shapes of "fail closed, never crash" (issue 19): reports of more than 125,000 findings,
// shared-part bombs, deep chains of parts without makers, and a host whose Object.prototype is
// polluted. Each comes with what the report must still say.
import type { Rng } from "./rng.js";
import type { Oracle } from "./types.js";
import type { Loose } from "./values.js";

const huawei = "Huawei Technologies Co., Ltd.";

/** Options that put a Huawei part under jp-gov-procurement (restricted since 2019-04-01). */
export const bundledJpOptions = () => ({
  registry: "bundled",
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
});

/** Keys set on Object.prototype and their values, as a host app might. */
export type Pollution = [key: string, value: unknown][];

/** A product of a large shape and what its report must show. */
export interface LargeShape {
  shape: string;
  product: Loose;
  oracle: Oracle;
  /** Whether to list every undecided finding (`allGaps`) instead of a summary. */
  allGaps: boolean;
}

/** How long a large shape may take before it counts as slow (the usual bound is 5 s). */
export const largeShapeMs = 20_000;

/**
 * A product of one of issue 19's large shapes, and its oracle: `part` is the name of the
 * covered part a finding must name, or null when only the verdict is known (parts without a
 * maker are undecided, so the product can be no better than `indeterminate`).
 */
export function genLargeShape(rng: Rng): LargeShape {
  const shape = rng.pick(["many-parts", "many-parts", "shared-bomb", "shared-bomb", "chain"]);
  if (shape === "many-parts") {
    // More than 125,000 findings once crashed the report (spread into push).
    const count = rng.pick([126_000, 130_000]);
    const covered = rng.chance(0.5);
    const components = Array.from({ length: count }, (_, i) =>
      covered ? { name: "Planted", manufacturer: huawei } : { name: `Part ${i % 97}` },
    );
    return {
      shape,
      product: { name: "Product", manufacturer: "Clean Corp", components },
      oracle: covered
        ? { policy: "jp-gov-procurement", atLeast: "restricted", part: "Planted" }
        : { policy: "jp-gov-procurement", atLeast: "indeterminate", part: null },
      allGaps: !covered && rng.chance(0.5),
    };
  }
  if (shape === "shared-bomb") {
    // Each shared part refers twice to the next: 2^depth paths to the Huawei leaf.
    const depth = rng.pick([10, 14, 17, 17, 20, 22]);
    const shared: Loose[] = Array.from({ length: depth }, (_, i) => ({
      id: `s${i}`,
      name: `Level ${i}`,
      manufacturer: "Clean Corp",
      components: [{ ref: `s${i + 1}` }, { ref: `s${i + 1}` }],
    }));
    shared.push({ id: `s${depth}`, name: "Planted", manufacturer: huawei });
    return {
      shape,
      product: {
        name: "Product",
        manufacturer: "Clean Corp",
        components: [{ ref: "s0" }],
        shared,
      },
      oracle: { policy: "jp-gov-procurement", atLeast: "restricted", part: "Planted" },
      allGaps: false,
    };
  }
  // A deep chain of parts without makers: each finding once carried its full path.
  const depth = rng.pick([5_000, 20_000]);
  let node: Loose = { name: "Leaf" };
  for (let i = 0; i < depth; i++) node = { name: `Level ${i}`, components: [node] };
  return {
    shape,
    product: { ...node, name: "Product" },
    oracle: { policy: "jp-gov-procurement", atLeast: "indeterminate", part: null },
    allGaps: rng.chance(0.3),
  };
}

/** Keys the engine reads from options, contexts, products and policies. */
const pollutedKeys = [
  "waivers",
  "path",
  "limits",
  "allGaps",
  "context",
  "attributes",
  "components",
  "ref",
  "shared",
  "id",
  "name",
  "manufacturer",
  "brand",
  "supplier",
  "identifiers",
  "aliases",
  "policies",
  "profile",
  "registry",
  "asOf",
  "now",
  "buyer",
  "sector",
  "jurisdiction",
  "body",
  "phase",
  "use",
  "purpose",
  "categories",
  "countryOfOrigin",
  "type",
  "ruleId",
  "maxDepth",
  "maxComponents",
  "maxExpandedComponents",
  "maxFindings",
  "trail",
  "until",
];

const pollutedValues = () => [
  [],
  [{}],
  ["x"],
  [{ ruleId: "acme-equipment", path: ["Product"] }],
  [{ ruleId: "*", reason: "x" }],
  {},
  { name: "Clean Corp" },
  true,
  false,
  0,
  1,
  1e9,
  "x",
  "Planted",
  null,
];

/**
 * What a careless host app sets on Object.prototype before calling `evaluate`: one to three
 * `[key, value]` pairs, the `waivers` and `path` pair (which once made evaluate spin) often.
 */
export function genPollution(rng: Rng): Pollution {
  if (rng.chance(0.25))
    return [
      ["waivers", rng.pick(pollutedValues())],
      ["path", rng.pick(pollutedValues())],
    ];
  return Array.from({ length: rng.range(1, 3) }, () => [
    rng.pick(pollutedKeys),
    rng.pick(pollutedValues()),
  ]);
}

/**
 * Sets the pairs on Object.prototype as a host would (`Object.prototype[key] = value`: an
 * enumerable own property) and returns the function that takes them away again.
 */
export function pollute(pairs: Pollution): () => void {
  const added: string[] = [];
  for (const [key, value] of pairs) {
    if (Object.hasOwn(Object.prototype, key)) continue;
    Object.defineProperty(Object.prototype, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    added.push(key);
  }
  return () => {
    for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
  };
}
