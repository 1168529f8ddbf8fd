import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, safeEvaluate } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

const registry = createRegistry({ policies: [testPolicy()] });
const context = { buyer: { sector: "government" as const, jurisdiction: "XX" } };
const options = { registry, policies: ["test-policy"], asOf: "2021-01-01", context };
const covered = "ACME Networks Co., Ltd.";

/** A ladder of shared levels, each used twice by the one above: 2^levels paths to the bottom. */
function ladder(levels: number, bottomMaker: string) {
  const shared = Array.from({ length: levels }, (_, i) => ({
    id: `level-${i}`,
    name: `Level ${i}`,
    manufacturer: i === levels - 1 ? bottomMaker : "Clean Corp",
    ...(i < levels - 1
      ? { components: [{ ref: `level-${i + 1}` }, { ref: `level-${i + 1}` }] }
      : {}),
  }));
  return { name: "Ladder", manufacturer: "Clean Corp", components: [{ ref: "level-0" }], shared };
}

describe("the walk over a product", () => {
  it("reports a covered part once with its path count, and nothing for clean branches", () => {
    const report = evaluate(ladder(4, covered), options);
    expect(report.findings).toHaveLength(1);
    const path = ["Ladder", "Level 0", "Level 1", "Level 2", "Level 3"];
    expect(report.findings[0]).toMatchObject({ path, occurrences: 8 });
    expect(report.findings[0]?.paths).toEqual([path, path, path, path, path]);
  });

  it("refuses a product whose shared parts expand past the limit when every path is walked", () => {
    // A waiver with a path is checked on every path, so every path must be walked.
    const waivers = [
      { id: "w", path: ["Ladder"], reason: "r", approver: "a", expires: "2099-12-31" },
    ];
    const limits = { maxExpandedComponents: 1_000 };
    const result = safeEvaluate(ladder(12, covered), { ...options, waivers, limits });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/maxExpandedComponents/);
    // A clean product leaves no rule anything to look at: nothing is walked.
    const clean = evaluate(ladder(12, "Clean Corp"), { ...options, waivers, limits });
    expect(clean.verdict).toBe("allowed");
  });

  it("walks every path of a tree bigger than that limit: a tree has one path to each part", () => {
    const components = Array.from({ length: 2_000 }, (_, i) => ({
      name: `Part ${i}`,
      manufacturer: i === 1_999 ? covered : "Clean Corp",
    }));
    const waivers = [
      { id: "w", path: ["Rack", "Part 7"], reason: "r", approver: "a", expires: "2099-12-31" },
    ];
    const report = evaluate(
      { name: "Rack", manufacturer: "Clean Corp", components },
      { ...options, waivers, limits: { maxExpandedComponents: 1_000 } },
    );
    expect(report.findings.map((f) => f.path)).toEqual([["Rack", "Part 1999"]]);
  });

  it("counts the paths past that limit when no rule reads the path", () => {
    const report = evaluate(ladder(12, covered), {
      ...options,
      limits: { maxExpandedComponents: 1_000 },
    });
    expect(report.findings.map((f) => f.occurrences)).toEqual([2 ** 11]);
  });

  it("accepts the same product when the limit allows its expansion", () => {
    const report = evaluate(ladder(12, covered), {
      ...options,
      limits: { maxExpandedComponents: 10_000 },
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.occurrences).toBe(2 ** 11);
  });

  it("keeps the depth of a covered part deep inside clean siblings", () => {
    const clean = (name: string, children: object[] = []) => ({
      name,
      manufacturer: "Clean Corp",
      components: children,
    });
    const product = clean("Root", [
      clean("A", [clean("A1"), clean("A2")]),
      clean("B", [clean("B1"), clean("B2", [{ name: "Radio", manufacturer: covered }])]),
      clean("C"),
    ]);
    const [finding] = evaluate(product, options).findings;
    expect(finding?.path).toEqual(["Root", "B", "B2", "Radio"]);
  });
});

describe("a policy with rules that decide only the product", () => {
  const productRule = {
    id: "flagged-product",
    verdict: "review" as const,
    reach: "root" as const,
    when: { "===": [{ var: "component.attributes.flagged" }, true] },
    message: "A flagged product is reviewed",
    source: { id: "law", section: "§3" },
    basis: "statute" as const,
  };
  const base = testPolicy();
  const mixed = createRegistry({
    policies: [testPolicy({ rules: [...base.rules, productRule] })],
  });
  const only = createRegistry({ policies: [testPolicy({ rules: [productRule] })] });
  const flagged = (components: object[]) => ({
    name: "Rack",
    manufacturer: "Clean Corp",
    attributes: { flagged: true },
    components,
  });
  const parts = [
    { name: "Board", manufacturer: "Clean Corp", attributes: { flagged: true } },
    {
      name: "Shelf",
      manufacturer: "Clean Corp",
      components: [{ name: "Radio", manufacturer: covered }],
    },
  ];
  const rulesAt = (report: ReturnType<typeof evaluate>) =>
    report.findings.map((finding) => [finding.ruleId, finding.path.join(" > ")]);

  it("decides the product's rule when nothing below it is covered", () => {
    expect(rulesAt(evaluate(flagged(parts.slice(0, 1)), { ...options, registry: mixed }))).toEqual([
      ["flagged-product", "Rack"],
    ]);
  });

  it("decides the product's rule and walks to covered parts below", () => {
    expect(rulesAt(evaluate(flagged(parts), { ...options, registry: mixed }))).toEqual([
      ["flagged-product", "Rack"],
      ["acme-equipment", "Rack > Shelf > Radio"],
    ]);
  });

  it("decides nothing below the product when every rule decides only the product", () => {
    expect(rulesAt(evaluate(flagged(parts), { ...options, registry: only }))).toEqual([
      ["flagged-product", "Rack"],
    ]);
    const unflagged = { ...flagged(parts), attributes: { flagged: false } };
    expect(evaluate(unflagged, { ...options, registry: only }).verdict).toBe("allowed");
  });
});
