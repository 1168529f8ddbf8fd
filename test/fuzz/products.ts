// Products for the fuzzer: component trees, DAGs with shared sub-assemblies, long chains, wide
// fleets, refs to missing ids and ref cycles; and CycloneDX and SPDX JSON documents.
import type { Rng } from "./rng.js";
import type { FuzzConfig } from "./types.js";
import type { Loose } from "./values.js";

import { cleanParties, componentNames, coveredParties, genJson, genString } from "./values.js";

const componentTypes = ["device", "module", "chip", "board", "firmware", "application", "service"];

export const categories = [
  "telecommunications-equipment",
  "video-surveillance",
  "antivirus",
  "mobile-app",
  "ai-service",
];

const fccIds = ["QISME909S-120", "ACM-7700", "SRQ-ZTE1", "2ADZ4-T1", "XYZ-123", "acm 1", ""];

function genParty(rng: Rng, clean = false): Loose {
  if (clean) return rng.chance(0.5) ? rng.pick(coveredParties) : rng.pick(cleanParties);
  return rng.weighted([
    [10, () => rng.pick(coveredParties)],
    [10, () => rng.pick(cleanParties)],
    [1, () => ({ name: rng.pick([...coveredParties, ...cleanParties]) })],
    [
      1,
      () => ({
        name: rng.pick([...coveredParties, ...cleanParties]),
        identifiers: { fccId: rng.pick(fccIds) },
      }),
    ],
    [0.4, () => genString(rng)],
    [0.1, () => genJson(rng, 2)],
  ])();
}

/** The fields of one component, mostly well formed. */
export function genFields(rng: Rng, clean = false): Loose {
  const risky = (p: number) => !clean && rng.chance(p);
  const node: Loose = { name: risky(0.03) ? genString(rng) : rng.pick(componentNames) };
  if (rng.chance(0.8)) node.manufacturer = genParty(rng, clean);
  if (rng.chance(0.2)) node.brand = genParty(rng, clean);
  if (rng.chance(0.15)) node.supplier = genParty(rng, clean);
  if (rng.chance(0.3)) node.type = risky(0.02) ? genString(rng) : rng.pick(componentTypes);
  if (rng.chance(0.2)) node.identifiers = { fccId: rng.pick(fccIds) };
  if (rng.chance(0.2))
    node.countryOfOrigin = risky(0.03) ? rng.pick(["cn", "CHN", ""]) : rng.pick(["CN", "JP", "US"]);
  if (rng.chance(0.25))
    node.categories = Array.from({ length: rng.range(1, 3) }, () => rng.pick(categories));
  if (rng.chance(0.2)) {
    node.attributes = {};
    for (let i = rng.range(1, 3); i > 0; i--) {
      node.attributes[rng.pick(["canRouteUserData", "routesUserData", "modelYear", "x"])] =
        rng.pick([true, false, 2027, "none", null]);
    }
  }
  return node;
}

/**
 * A product: a random tree, a DAG with shared sub-assemblies, a long chain, a wide fleet, or one
 * with refs to missing ids or refs in a cycle. `budget` bounds the number of nodes of trees.
 */
export function genProduct(rng: Rng, { heavy = true }: FuzzConfig = {}): Loose {
  const shape = rng.weighted([
    [10, "tree"],
    [4, "dag"],
    [1, "missing-ref"],
    [1, "cycle"],
    [heavy ? 0.6 : 0, "chain"],
    [heavy ? 0.4 : 0, "wide"],
  ]);
  if (shape === "chain") {
    const depth = rng.pick([100, 1_000, 10_000, 30_000]);
    let node: Loose = { name: "Leaf", manufacturer: rng.pick(coveredParties) };
    for (let i = 0; i < depth; i++)
      node = { name: `Level ${i}`, manufacturer: "Clean Corp", components: [node] };
    return { ...node, name: "Product" };
  }
  if (shape === "wide") {
    const count = rng.pick([1_000, 5_000, 20_000]);
    const components = Array.from({ length: count }, (_, i) => ({
      name: `Part ${i % 97}`,
      manufacturer: i % 1013 === 7 ? rng.pick(coveredParties) : rng.pick(cleanParties),
    }));
    return { name: "Product", manufacturer: "Clean Corp", components };
  }
  const ids: string[] = [];
  const finished: string[] = [];
  const budget = { left: rng.pick([1, 5, 20, 60, 200]) };
  // Most products are well formed field by field; mutations and the other shapes break the rest.
  const clean = rng.chance(0.8);
  const tree = (depth: number, id?: string): Loose => {
    const node = genFields(rng, clean);
    budget.left--;
    if (id !== undefined) node.id = id;
    else if (shape !== "tree" && rng.chance(0.3)) node.id = `c${ids.length}`;
    if (node.id) ids.push(node.id);
    const children = [];
    while (budget.left > 0 && depth < 12 && rng.chance(depth === 0 ? 0.9 : 0.55)) {
      // Refs only to finished shared parts, so that cycles come only from the "cycle" shape.
      if (finished.length > 0 && rng.chance(0.2)) children.push({ ref: rng.pick(finished) });
      else children.push(tree(depth + 1));
    }
    if (children.length > 0) node.components = children;
    return node;
  };
  const shared: Loose[] = [];
  if (shape !== "tree") {
    for (let i = rng.range(1, 3); i > 0; i--) {
      const id = `s${shared.length}`;
      shared.push(tree(1, id));
      finished.push(id);
    }
  }
  const product = { ...tree(0), name: "Product" };
  if (shared.length > 0) product.shared = shared;
  const holders = componentsOf(product);
  const holder = rng.pick(holders);
  if (shape === "dag" && ids.length > 0) {
    holder.components = [...(holder.components ?? []), { ref: rng.pick(ids) }];
  } else if (shape === "missing-ref") {
    holder.components = [
      ...(holder.components ?? []),
      { ref: rng.pick(["missing", "", "__proto__", "constructor"]) },
    ];
  } else if (shape === "cycle" && shared.length > 0) {
    const first = shared[0];
    const inner = componentsOf(first);
    const last = rng.pick(inner);
    last.components = [...(last.components ?? []), { ref: first.id }];
    holder.components = [...(holder.components ?? []), { ref: first.id }];
  }
  return product;
}

/** Every component object reachable through `components` from `root` (not `shared`). */
export function componentsOf(root: Loose): Loose[] {
  const out = [];
  const stack = [root];
  while (stack.length > 0 && out.length < 10_000) {
    const node = stack.pop();
    if (node === null || typeof node !== "object" || Array.isArray(node) || "ref" in node) continue;
    out.push(node);
    if (Array.isArray(node.components)) stack.push(...node.components);
  }
  return out;
}

/** A CycloneDX JSON BOM of a few components and dependencies, often subtly wrong. */
export function genCycloneDx(rng: Rng, _config?: FuzzConfig): Loose {
  const refs: string[] = [];
  const component = (): Loose => {
    const ref = rng.chance(0.9) ? `ref-${refs.length}` : rng.pick(["", "ref-0", "__proto__"]);
    refs.push(ref);
    const part: Loose = {
      type: rng.chance(0.9)
        ? rng.pick(["device", "firmware", "library", "application"])
        : rng.pick(["gadget", ""]),
      "bom-ref": ref,
      name: rng.chance(0.9) ? rng.pick(componentNames) : genString(rng),
    };
    if (rng.chance(0.6))
      part.manufacturer = { name: rng.pick([...coveredParties, ...cleanParties]) };
    if (rng.chance(0.3)) part.supplier = { name: genString(rng) };
    if (rng.chance(0.2)) part.publisher = rng.pick(coveredParties);
    if (rng.chance(0.2))
      part.properties = [
        {
          name: rng.pick(["vendorgate:fccId", "vendorgate:category", "x"]),
          value: rng.pick(fccIds),
        },
      ];
    if (rng.chance(0.2)) part.components = [component()];
    return part;
  };
  const components = Array.from({ length: rng.int(5) }, component);
  const doc: Loose = {
    bomFormat: rng.chance(0.95) ? "CycloneDX" : "SPDX",
    specVersion: rng.pick(["1.4", "1.5", "1.6", "1.2", "1.1", "2.0", 1.5]),
    metadata: {
      component: {
        type: "device",
        "bom-ref": "root",
        name: "Product",
        manufacturer: { name: rng.pick(cleanParties) },
      },
    },
    components,
  };
  if (rng.chance(0.5)) {
    doc.dependencies = [
      { ref: "root", dependsOn: refs.slice(0, 2) },
      ...refs.map((ref) => ({
        ref,
        dependsOn: rng.chance(0.2) ? [rng.pick([...refs, "root", "missing"])] : [],
      })),
    ];
  }
  return doc;
}

/** An SPDX 2 JSON document of a few packages and relationships. */
export function genSpdx(rng: Rng, _config?: FuzzConfig): Loose {
  const packages = Array.from({ length: rng.range(1, 5) }, (_, i) => {
    const pkg: Loose = {
      SPDXID: rng.chance(0.95) ? `SPDXRef-P${i}` : rng.pick(["", "P0", "SPDXRef-P0"]),
      name: rng.pick(componentNames),
    };
    if (rng.chance(0.7))
      pkg.supplier = rng.pick([
        "Organization: Acme",
        "Organization: Clean Corp",
        "Person: X",
        "NOASSERTION",
        genString(rng),
      ]);
    if (rng.chance(0.2))
      pkg.originator = rng.pick(["Organization: Huawei Technologies Co., Ltd.", "x"]);
    return pkg;
  });
  return {
    spdxVersion: rng.pick(["SPDX-2.3", "SPDX-2.2", "SPDX-3.0", "SPDX-1.0"]),
    SPDXID: "SPDXRef-DOCUMENT",
    name: "Product",
    documentDescribes: [packages[0]?.SPDXID ?? "SPDXRef-P0"],
    packages,
    relationships: packages.slice(1).map((pkg) => ({
      spdxElementId: rng.chance(0.8) ? "SPDXRef-P0" : pkg.SPDXID,
      relationshipType: rng.pick(["CONTAINS", "DEPENDS_ON", "CONTAINED_BY", "BOGUS"]),
      relatedSpdxElement: pkg.SPDXID,
    })),
  };
}
