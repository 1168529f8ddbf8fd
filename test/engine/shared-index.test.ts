// Policies evaluated together share one entity index (each name looked up once); what each
// policy decides must not change: the same result, findings and all, as evaluating it alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledRegistry, type EvaluateOptions, evaluate, type Report } from "../../src/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";
import { runs, treeOf } from "../properties/arbitraries.js";

// The bundled policies all name catalogue entities, so they agree on what each entity id means;
// two test policies that give the id "acme" different names check that each policy sees only
// its own entities in the shared index.
const registry = bundledRegistry().fork();
registry.add(testPolicy());
registry.add(
  testPolicy({
    id: "rival-policy",
    scope: true,
    entities: [
      {
        ...acme,
        name: "Wile E Devices",
        names: [{ text: "Wile E Devices", source: "s1" }],
        aliases: [],
        identifiers: [],
        affiliates: [],
      },
    ],
    rules: [{ ...(testPolicy().rules[0] as object), id: "any-entity", when: { made_by: "*" } }],
  } as object),
);
const policyIds = [
  "us-ndaa-889",
  "us-fcc-covered-list",
  "us-kaspersky-federal",
  "us-tiktok-gov-devices",
  "jp-gov-procurement",
];
const dates = ["2019-06-01", "2021-06-01", "2025-06-01"];
type Context = NonNullable<EvaluateOptions["context"]>;
const contexts: Context[] = [
  { buyer: { sector: "government", jurisdiction: "JP" } },
  { buyer: { sector: "government", jurisdiction: "US" } },
  { buyer: { sector: "government", jurisdiction: "US" }, use: "procurement" },
  { buyer: { sector: "telecom-carrier", jurisdiction: "US" }, use: "subsidy-funded" },
  { buyer: { sector: "government", jurisdiction: "US" }, purpose: "public-safety" },
];

const makers = [
  "Huawei Technologies Co., Ltd.",
  "华为技术有限公司",
  "ZTE Corporation",
  "Hikvision",
  "AO Kaspersky Lab",
  "ByteDance Ltd.",
  "Clean Corp",
  "Aztec Components",
  "Nippon Netgear Works K.K.",
];
const categories = [
  "telecommunications-equipment",
  "video-surveillance",
  "antivirus",
  "mobile-app",
];

type Node = Record<string, unknown>;
const fieldsArb: fc.Arbitrary<Node> = fc.record(
  {
    name: fc.constantFrom("Router", "Camera", "Antivirus", "App", "Modem", "Board"),
    type: fc.constantFrom("device", "module", "chip", "application", "service"),
    manufacturer: fc.oneof(
      fc.constantFrom(...makers),
      fc.record({ name: fc.constantFrom(...makers), identifiers: fc.constant({ lei: "X" }) }),
    ),
    supplier: fc.constantFrom(...makers),
    brand: fc.constantFrom(...makers),
    identifiers: fc.constantFrom({ fccId: "QISTS-100" }, { fccId: "XYZ-123" }),
    categories: fc.subarray(categories, { minLength: 1 }),
    countryOfOrigin: fc.constantFrom("CN", "JP", "US", "RU"),
    attributes: fc.record(
      { routesUserData: fc.boolean(), substantialOrEssential: fc.boolean() },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["name"] },
);

const treeArb = treeOf(fieldsArb, {
  depth: 3,
  width: 3,
  leaf: fc.constant({ ref: "shared-board" }),
});

/** A product whose parts may refer to one shared sub-assembly by `{ ref }`. */
const productArb = fc.tuple(treeArb, fieldsArb).map(([tree, board]) => ({
  ...tree,
  name: "Product",
  shared: [{ ...board, id: "shared-board" }],
}));

const handWritten: Node[] = [
  {
    name: "Core switch",
    manufacturer: "Clean Corp",
    components: [
      { name: "Radio", manufacturer: "Huawei Technologies Co., Ltd.", type: "module" },
      { name: "Modem", type: "module", identifiers: { fccId: "QISTS-100" } },
      { name: "Camera", manufacturer: "Hikvision", categories: ["video-surveillance"] },
      { name: "Agent", manufacturer: "AO Kaspersky Lab", categories: ["antivirus"] },
      { name: "App", manufacturer: "ByteDance Ltd.", categories: ["mobile-app"] },
      { name: "Unlabelled part", type: "chip" },
      { ref: "board" },
    ],
    shared: [
      {
        id: "board",
        name: "Board",
        manufacturer: "华为技术有限公司",
        components: [{ name: "Baseband", manufacturer: "ZTE Corporation", type: "chip" }],
      },
    ],
  },
  { name: "Clean phone", manufacturer: "Clean Corp", components: [{ name: "SoC" }] },
];

const acmeProduct: Node = {
  name: "Gateway",
  manufacturer: "Wile E Devices",
  components: [
    { name: "Radio", manufacturer: "Acme Networks Co., Ltd." },
    { name: "Antenna", identifiers: { fccId: "ACM-1" } },
    { name: "Chip", manufacturer: "Roadrunner Chips" },
    { name: "Modem", manufacturer: "ZTE Corporation" },
  ],
};

/** The profile's context overridden key by key (buyer key by key), as `evaluate` merges them. */
function withProfileContext(profile: string, context: Context): Context {
  const defaults = registry.profile(profile).context ?? {};
  return { ...defaults, ...context, buyer: { ...defaults.buyer, ...context.buyer } };
}

const resultFor = (report: Report, id: string) =>
  report.policies.find((policy) => policy.id === id);

const sorted = (findings: Report["findings"]) => findings.map((f) => JSON.stringify(f)).sort();

/**
 * Evaluates the product with the policies together and with each alone (first or last, so that
 * neither run only ever sees the other's caches warm), and compares; returns the joint report.
 */
function expectSameAsAlone(
  product: Node,
  base: Omit<EvaluateOptions, "registry">,
  aloneFirst = false,
): Report {
  const context = base.profile
    ? withProfileContext(base.profile, base.context ?? {})
    : base.context;
  const aloneRuns = (ids: string[]) =>
    ids.map((id) =>
      evaluate(product, { registry, policies: [id], asOf: base.asOf as string, context }),
    );
  const known = base.profile ? registry.profile(base.profile).policies : [];
  const expectedIds = [...new Set([...known, ...(base.policies ?? [])])];
  const early = aloneFirst ? aloneRuns(expectedIds) : [];
  const together = evaluate(product, { registry, ...base });
  const alone = aloneFirst ? early : aloneRuns(expectedIds);
  expect(together.policies.map((policy) => policy.id)).toEqual(expectedIds);
  together.policies.forEach((result, i) => {
    const single = alone[i] as Report;
    expect(single.policies).toHaveLength(1);
    expect(result).toEqual(single.policies[0]);
    expect(together.stamp.input).toBe(single.stamp.input);
    for (const stamp of single.stamp.policies)
      expect(together.stamp.policies).toContainEqual(stamp);
  });
  expect(sorted(together.findings)).toEqual(sorted(alone.flatMap((single) => single.findings)));
  return together;
}

describe("policies evaluated together", () => {
  it("give each policy exactly its result alone, for hand-written products", () => {
    const found = new Map<string, number>();
    for (const product of handWritten) {
      for (const asOf of dates) {
        for (const context of contexts) {
          for (const profile of [undefined, "us-federal-agency"]) {
            const options = { policies: policyIds, asOf, context, ...(profile ? { profile } : {}) };
            for (const result of expectSameAsAlone(product, options).policies) {
              found.set(result.id, (found.get(result.id) ?? 0) + result.findings.length);
            }
          }
        }
      }
    }
    // Every policy had findings to compare, somewhere.
    for (const id of policyIds) expect(found.get(id)).toBeGreaterThan(0);
  });

  it("keep each policy to its own entities when two give one id different names", () => {
    const report = expectSameAsAlone(acmeProduct, {
      policies: ["test-policy", "rival-policy", "jp-gov-procurement"],
      asOf: "2021-06-01",
      context: { buyer: { sector: "government", jurisdiction: "XX" } },
    });
    const matched = (id: string) =>
      resultFor(report, id)
        ?.findings.flatMap((finding) => (finding.entity ? [finding.entity.matched] : []))
        .sort();
    expect(matched("test-policy")).toEqual(["ACM-1", "Acme Networks Co., Ltd."]);
    expect(matched("rival-policy")).toEqual(["Wile E Devices"]);
  });

  it("give each policy exactly its result alone, for generated products", () => {
    const optionsArb = fc.record({
      asOf: fc.constantFrom(...dates),
      context: fc.constantFrom(...contexts),
      policies: fc.shuffledSubarray(policyIds, { minLength: 2 }),
      profile: fc.boolean(),
      aloneFirst: fc.boolean(),
    });
    let findings = 0;
    fc.assert(
      fc.property(productArb, optionsArb, (product, { profile, aloneFirst, ...options }) => {
        const base = profile ? { ...options, profile: "us-federal-agency" } : options;
        findings += expectSameAsAlone(product, base, aloneFirst).findings.length;
      }),
      { numRuns: runs(150) },
    );
    expect(findings).toBeGreaterThan(runs(150));
  });
});

describe("one policy named twice", () => {
  it("is evaluated once, as when named once", () => {
    const options = {
      registry,
      asOf: "2021-06-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "US" } },
    };
    for (const product of handWritten) {
      const once = evaluate(product, { ...options, policies: ["us-ndaa-889"] });
      const twice = evaluate(product, { ...options, policies: ["us-ndaa-889", "us-ndaa-889@^1"] });
      expect(twice.policies).toEqual(once.policies);
      expect(twice.findings).toEqual(once.findings);
    }
  });
});
