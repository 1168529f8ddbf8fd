// Generators shared by the property tests: products (trees and DAGs), contexts, waivers, and a
// registry holding the bundled policies plus three test policies that exercise every kind of
// condition the engine evaluates (entity guards, exceptions, descendants, ancestors, depth, root).
import fc from "fast-check";
import {
  bundledRegistry,
  type Entity,
  type Registry,
  type Report,
  type Verdict,
} from "../../src/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";

/** A product or component as plain JSON. */
export interface Node {
  name: string;
  id?: string;
  type?: string;
  manufacturer?: string | { name: string; identifiers?: Record<string, string> };
  brand?: string;
  supplier?: string;
  identifiers?: Record<string, string>;
  countryOfOrigin?: string;
  categories?: string[];
  attributes?: Record<string, string | number | boolean | null>;
  components?: (Node | { ref: string })[];
}

/** A product in DAG form: `{ ref }` children name entries of `shared`. */
export interface DagProduct extends Node {
  shared?: Node[];
}

/** Party names: clean ones, look-alikes that must not match, and covered ones in many forms. */
export const partyNames = [
  "Clean Corp",
  "Nippon Netgear Works K.K.",
  "Aztec Components",
  "Dahuang Foods",
  "Acmeville Farms",
  "Honorable Tools Inc.",
  "Acme",
  "ACME Networks Co., Ltd.",
  "Hangzhou Acme Digital Technology",
  "艾克美网络有限公司",
  "アクメ・ジャパン",
  "Dawn",
  "Dawn Patrol Ltd",
  "Roadrunner Chips",
  "Huawei Technologies Co., Ltd.",
  "HUAWEI",
  "华为技术有限公司",
  "ファーウェイ・ジャパン",
  "HiSilicon",
  "Honor",
  "ZTE Corporation",
  "Hangzhou Hikvision Digital Technology",
  "Dahua",
  "Kaspersky Lab",
  "Hytera Communications",
] as const;

const componentNames = ["Board", "Radio", "Modem", "Camera", "Antivirus", "Chip", "Fan", "App"];
const fccIds = ["QISME909S-120", "ACM-7700", "SRQ-ZTE1", "2ADZ4-T1", "XYZ-123"];
const types = ["device", "module", "chip", "board", "firmware", "application", "cloud-service"];
const categories = [
  "telecommunications-equipment",
  "video-surveillance",
  "antivirus",
  "mobile-app",
] as const;

const partyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...partyNames) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        name: fc.constantFrom(...partyNames),
        identifiers: fc.record({ fccId: fc.constantFrom(...fccIds) }),
      },
      { requiredKeys: ["name"] },
    ),
  },
);

/** The fields of one component, without children. */
export const fieldsArb: fc.Arbitrary<Node> = fc.record(
  {
    name: fc.constantFrom(...componentNames),
    type: fc.constantFrom(...types),
    manufacturer: partyArb,
    brand: fc.constantFrom(...partyNames),
    supplier: fc.constantFrom(...partyNames),
    identifiers: fc.record({ fccId: fc.constantFrom(...fccIds) }),
    countryOfOrigin: fc.constantFrom("CN", "JP", "US", "RU"),
    categories: fc.subarray([...categories], { minLength: 1 }),
    attributes: fc.record(
      {
        canRouteUserData: fc.boolean(),
        routesUserData: fc.boolean(),
        substantialOrEssential: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["name"] },
) as fc.Arbitrary<Node>;

/**
 * Trees of nodes made by `fields`: up to `depth` levels below the root, each node with up to
 * `width` children, drawn from the tree itself or, when given, from `leaf` (such as `{ ref }`).
 */
export function treeOf<T extends object>(
  fields: fc.Arbitrary<T>,
  { depth, width, leaf }: { depth: number; width: number; leaf?: fc.Arbitrary<object> },
): fc.Arbitrary<T> {
  return fc.letrec<{ node: T }>((tie) => ({
    node: fc
      .record({
        fields,
        children: fc.oneof(
          { maxDepth: depth, depthIdentifier: "tree" },
          fc.constant([] as object[]),
          fc.array(leaf ? fc.oneof(tie("node"), leaf) : tie("node"), {
            maxLength: width,
            depthIdentifier: "tree",
          }),
        ),
      })
      .map(({ fields, children }) =>
        children.length > 0 ? { ...fields, components: children } : fields,
      ),
  })).node;
}

/** A component tree of up to five levels, each node with up to four children. */
export const treeArb: fc.Arbitrary<Node> = treeOf(fieldsArb, { depth: 4, width: 4 });

/** A product: a tree whose root has a fixed name, so waivers and reports can name it. */
export const productArb: fc.Arbitrary<Node> = treeArb.map((node) => ({ ...node, name: "Product" }));

/**
 * A product in DAG form: shared sub-assemblies `s0..sN` (each may refer to earlier ones) and a
 * tree that refers to them, so one sub-assembly can sit under many parents.
 */
export const dagArb: fc.Arbitrary<DagProduct> = fc
  .tuple(fc.array(treeArb, { minLength: 1, maxLength: 3 }), treeArb, fc.infiniteStream(fc.nat()))
  .map(([sharedTrees, tree, picks]) => {
    const random = picks[Symbol.iterator]();
    const next = () => random.next().value as number;
    const shared: Node[] = sharedTrees.map((item, i) => {
      const copy: Node = { ...structuredClone(item), id: `s${i}` };
      if (i > 0 && next() % 2 === 0) {
        copy.components = [...(copy.components ?? []), { ref: `s${next() % i}` }];
      }
      return copy;
    });
    const addRefs = (node: Node): Node => {
      const children = (node.components ?? []).map((child) =>
        "ref" in child ? child : addRefs(child),
      );
      if (next() % 3 === 0) children.push({ ref: `s${next() % shared.length}` });
      return children.length > 0 ? { ...node, components: children } : node;
    };
    return { ...addRefs(structuredClone(tree)), name: "Product", shared };
  });

/** Expands a DAG product into the equivalent tree: every `{ ref }` becomes a copy (without ids). */
export function expandDag(product: DagProduct): Node {
  const byId = new Map((product.shared ?? []).map((node) => [node.id as string, node]));
  const expand = (node: Node, keepId: boolean): Node => {
    const { id, components, ...rest } = node;
    const out: Node = { ...rest, ...(keepId && id !== undefined ? { id } : {}) };
    if (components) {
      out.components = components.map((child) =>
        "ref" in child ? expand(byId.get(child.ref) as Node, false) : expand(child, keepId),
      );
    }
    return out;
  };
  const { shared: _shared, ...root } = product;
  return expand(root, true);
}

/** A buyer and use: mostly ones the policies cover, sometimes outside or lacking what a scope reads. */
export const contextArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      { buyer: { sector: "government", jurisdiction: "XX" } },
      { buyer: { sector: "government", jurisdiction: "JP" } },
      { buyer: { sector: "government", jurisdiction: "US" }, use: "procurement" },
      { buyer: { sector: "telecom-carrier", jurisdiction: "US" }, use: "subsidy-funded" },
      { buyer: { sector: "telecom-carrier", jurisdiction: "AU" }, use: "5g-network" },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        buyer: fc.record(
          {
            sector: fc.constantFrom(
              "government",
              "government-contractor",
              "telecom-carrier",
              "private",
            ),
            jurisdiction: fc.constantFrom("XX", "JP", "US", "AU"),
          },
          { requiredKeys: [] },
        ),
        use: fc.constantFrom("procurement", "government-device", "5g-network", "subsidy-funded"),
        purpose: fc.constantFrom("public-safety", "national-security", "other"),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Dates around the ones the policies care about (the Honor affiliation ends on 2020-11-17). */
export const asOfArb = fc.constantFrom(
  "2019-06-01",
  "2020-11-17",
  "2020-11-18",
  "2021-01-01",
  "2023-06-01",
);

/** Waivers with every kind of scope. */
export const waiversArb = fc.uniqueArray(
  fc.record(
    {
      id: fc.constantFrom("w1", "w2", "w3"),
      policy: fc.constantFrom("test-policy", "mono-policy", "jp-gov-procurement"),
      rule: fc.constantFrom("acme-equipment", "acme-parts", "reported-target-parts"),
      path: fc
        .constantFrom(["Product"], ["Product", "Radio"], ["Product", "Board", "Chip"])
        .map((path) => [...path]),
      product: fc.constant("Product"),
      reason: fc.constant("Approved"),
      approver: fc.constant("CIO"),
      expires: fc.constantFrom("2020-12-31", "2030-01-01"),
      verdict: fc.constantFrom("review", "indeterminate"),
    },
    { requiredKeys: ["id", "reason", "approver", "expires", "product"] },
  ),
  { maxLength: 3, selector: (waiver) => waiver.id },
);

const rule = (
  id: string,
  verdict: "review" | "restricted" | "prohibited",
  when: unknown,
  extra: object = {},
) => ({
  id,
  verdict,
  when,
  message: `Rule ${id}`,
  source: { id: "law", section: id },
  basis: "statute" as const,
  ...extra,
});

/** A policy whose conditions are all monotone: more parts or more names never lower a verdict. */
export function monoPolicy(entity: Entity = acme): object {
  return {
    ...testPolicy(),
    id: "mono-policy",
    scope: true,
    entities: [entity],
    rules: [
      rule(
        "acme-parts",
        "prohibited",
        { made_by: "acme" },
        {
          unless: [
            {
              id: "no-user-data",
              when: { "===": [{ var: "component.attributes.canRouteUserData" }, false] },
              message: "Cannot route user data",
              source: "law",
              basis: "statute",
            },
          ],
        },
      ),
      rule("acme-supplied", "review", {
        made_by: { entities: ["acme"], parties: ["manufacturer", "supplier"] },
      }),
      rule("cn-acme-cameras", "restricted", {
        and: [{ made_by: "acme" }, { in_category: "video-surveillance" }, { origin_in: ["CN"] }],
      }),
      rule("holds-acme", "review", { any_descendant: { made_by: "acme" } }),
      rule("acme-radio-ids", "restricted", {
        and: [
          { type_is: ["module", "chip"] },
          { made_by: { entities: ["acme"], parties: ["identifiers"] } },
        ],
      }),
      rule(
        "acme-brand-product",
        "restricted",
        { made_by: { entities: ["*"], parties: ["brand", "name"] } },
        { reach: "root" },
      ),
    ],
  };
}

/** A policy whose conditions read the path, negate, and branch: not monotone, but deterministic. */
export function pathPolicy(): object {
  return {
    ...testPolicy(),
    id: "path-policy",
    scope: { "===": [{ var: "context.buyer.jurisdiction" }, "XX"] },
    rules: [
      rule("acme-in-telecom", "prohibited", {
        and: [
          { made_by: "acme" },
          { any_ancestor: { in_category: "telecommunications-equipment" } },
        ],
      }),
      rule("deep-acme", "restricted", {
        and: [{ made_by: "acme" }, { ">": [{ var: "depth" }, 2] }],
      }),
      rule("non-acme-antivirus", "review", {
        and: [{ in_category: "antivirus" }, { "!": { made_by: "acme" } }],
      }),
      rule("inside-a-device", "review", {
        and: [
          { made_by: { entities: ["acme"], parties: ["brand"] } },
          { some: [{ var: "ancestors" }, { "===": [{ var: "type" }, "device"] }] },
        ],
      }),
      rule("branching", "restricted", {
        if: [{ origin_in: ["CN"] }, { made_by: "acme" }, { type_is: ["chip"] }],
      }),
    ],
  };
}

/** The ids of every policy in `propertyRegistry`. */
export const allPolicyIds = [
  "test-policy",
  "mono-policy",
  "path-policy",
  "jp-gov-procurement",
  "us-ndaa-889",
  "us-fcc-covered-list",
  "au-5g-security-guidance",
] as const;

/** The bundled policies plus the test, monotone and path policies. */
export function propertyRegistry(): Registry {
  const registry = bundledRegistry().fork();
  registry.add(testPolicy());
  registry.add(monoPolicy());
  registry.add(pathPolicy());
  return registry;
}

/** Findings as sorted JSON lines, to compare finding sets regardless of order. */
export function findingSet(report: Report, strip: (keyof Report["findings"][number])[] = []) {
  return report.findings
    .map((finding) => {
      const copy: Record<string, unknown> = { ...finding };
      for (const key of strip) delete copy[key];
      return JSON.stringify(copy);
    })
    .sort();
}

/**
 * Findings with each path counted apart: a finding on a shared part (one, with `occurrences`)
 * counts as many times as the tree form of the product lists it. Keys leave out the path; the
 * paths a finding lists are kept beside its key, so both forms can be compared.
 */
export function findingCounts(
  report: Report,
  strip: (keyof Report["findings"][number])[] = [],
): { counts: Record<string, number>; paths: Record<string, string[]> } {
  const counts: Record<string, number> = {};
  const paths: Record<string, string[]> = {};
  for (const finding of report.findings) {
    const copy: Record<string, unknown> = { ...finding };
    for (const key of [...strip, "path", "paths", "occurrences"] as const) delete copy[key];
    const key = JSON.stringify(copy);
    counts[key] = (counts[key] ?? 0) + (finding.occurrences ?? 1);
    const list = paths[key] ?? [];
    for (const path of finding.paths ?? [finding.path]) list.push(JSON.stringify(path));
    paths[key] = list;
  }
  for (const list of Object.values(paths)) list.sort();
  return { counts, paths };
}

/** Each policy's verdict, by policy id. */
export function policyVerdicts(report: Report): Record<string, Verdict> {
  return Object.fromEntries(report.policies.map((policy) => [policy.id, policy.verdict]));
}

/** The paths to every node of a tree (as child indexes), the root's being `[]`. */
export function nodePaths(node: Node, at: number[] = []): number[][] {
  const out = [at];
  (node.components ?? []).forEach((child, i) => {
    if (!("ref" in child)) out.push(...nodePaths(child, [...at, i]));
  });
  return out;
}

/** The node at a path of child indexes. */
export function nodeAt(root: Node, path: readonly number[]): Node {
  let node = root;
  for (const i of path) node = (node.components as Node[])[i] as Node;
  return node;
}

/** Runs per property: the given number, or `VENDORGATE_PROPERTY_RUNS` for a longer local search. */
export function runs(count: number): number {
  const override = Number(process.env.VENDORGATE_PROPERTY_RUNS);
  return Number.isInteger(override) && override > 0 ? override : count;
}
