import { describe, expect, it } from "vitest";
import {
  createRegistry,
  evaluate,
  type Finding,
  findingPath,
  parseProduct,
  safeEvaluate,
  VendorgateError,
} from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

const registry = createRegistry({ policies: [testPolicy()] });
const context = { buyer: { sector: "government" as const, jurisdiction: "XX" } };
const options = { registry, policies: ["test-policy"], asOf: "2021-01-01", context };

const clean = (name: string, children: object[] = []) => ({
  name,
  manufacturer: "Clean Corp",
  ...(children.length ? { components: children } : {}),
});

describe("evaluate", () => {
  it("reports the path to a covered part three levels down", () => {
    const product = clean("Router", [
      clean("Mainboard", [
        clean("Modem", [{ name: "Radio", manufacturer: "ACME Networks Co., Ltd." }]),
      ]),
    ]);
    const report = evaluate(product, options);
    expect(report.verdict).toBe("prohibited");
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      policy: { id: "test-policy", version: "1.0.0" },
      ruleId: "acme-equipment",
      verdict: "prohibited",
      ruleVerdict: "prohibited",
      path: ["Router", "Mainboard", "Modem", "Radio"],
      entity: {
        id: "acme",
        matched: "ACME Networks Co., Ltd.",
        via: "name",
        field: "manufacturer",
      },
      source: { id: "law", section: "§2(a)", url: "https://example.org/law" },
      basis: "statute",
      message: "Acme equipment may not be procured",
    });
    expect(report.policies[0]).toMatchObject({
      id: "test-policy",
      applies: true,
      verdict: "prohibited",
    });
  });

  it("allows a product whose parts all have known, clean makers", () => {
    const report = evaluate(clean("Router", [clean("Board"), clean("Radio")]), options);
    expect(report.verdict).toBe("allowed");
    expect(report.findings).toEqual([]);
  });

  it("treats an unknown manufacturer as a data gap, not a clean part, summarised per field", () => {
    const report = evaluate(clean("Router", [{ name: "Mystery module" }]), options);
    expect(report.verdict).toBe("indeterminate");
    expect(report.policies[0]?.verdict).toBe("indeterminate");
    // Summarised, not listed one per part: the verdict counts it all the same.
    expect(report.findings).toEqual([]);
    expect(report.gapSummary).toEqual([
      {
        data: "component.manufacturer",
        findings: 1,
        rules: ["test-policy/acme-equipment"],
        samples: [["Router", "Mystery module"]],
      },
    ]);
  });

  it("lists every unknown-maker finding and its data gaps with allGaps", () => {
    const report = evaluate(clean("Router", [{ name: "Mystery module" }]), {
      ...options,
      allGaps: true,
    });
    expect(report.verdict).toBe("indeterminate");
    expect(report.findings[0]).toMatchObject({
      verdict: "indeterminate",
      ruleVerdict: "prohibited",
      missing: ["component.manufacturer"],
    });
    expect(report.gapSummary).toEqual([]);
    expect(report.dataGaps).toEqual([
      {
        path: ["Router", "Mystery module"],
        data: "component.manufacturer",
        rules: ["test-policy/acme-equipment"],
      },
    ]);
  });

  it("summarises many unknown makers with a count and the first five paths", () => {
    const parts = Array.from({ length: 40 }, (_, i) => ({
      name: `Part ${String(i).padStart(2, "0")}`,
    }));
    const report = evaluate(clean("Router", parts), options);
    expect(report.verdict).toBe("indeterminate");
    expect(report.findings).toEqual([]);
    expect(report.gapSummary[0]).toMatchObject({ data: "component.manufacturer", findings: 40 });
    expect(report.gapSummary[0]?.samples).toEqual(
      ["00", "01", "02", "03", "04"].map((n) => ["Router", `Part ${n}`]),
    );
  });

  it("matches by brand and by FCC ID grantee code", () => {
    const report = evaluate(
      clean("Kit", [
        { name: "Phone", manufacturer: "OEM Ltd", brand: "Acme" },
        { name: "Dongle", manufacturer: "Unknown OEM", identifiers: { fccId: "ACM-1234" } },
      ]),
      options,
    );
    expect(report.findings.map((f) => [f.path.at(-1), f.entity?.via, f.entity?.field])).toEqual([
      ["Dongle", "identifier", "identifiers.fccId"],
      ["Phone", "alias", "brand"],
    ]);
  });

  it("honours affiliation dates against asOf", () => {
    const product = clean("Camera", [{ name: "SoC", manufacturer: "Roadrunner Chips Inc." }]);
    expect(evaluate(product, { ...options, asOf: "2020-11-17" }).findings[0]?.entity).toMatchObject(
      {
        via: "affiliate",
        affiliate: "Roadrunner Chips",
      },
    );
    expect(evaluate(product, { ...options, asOf: "2020-11-18" }).verdict).toBe("allowed");
  });

  it("reports an exception that lifted a finding, and why", () => {
    const product = clean("Meter", [
      { name: "Sensor", manufacturer: "Acme", attributes: { canRouteUserData: false } },
    ]);
    const report = evaluate(product, options);
    expect(report.verdict).toBe("allowed");
    expect(report.findings[0]).toMatchObject({
      verdict: "allowed",
      ruleVerdict: "prohibited",
      exception: { id: "no-user-data", source: { section: "§2(b)" }, basis: "statute" },
    });
  });

  it("keeps the finding and lists the data that could lift it when an exception is undecided", () => {
    const report = evaluate(clean("Meter", [{ name: "Sensor", manufacturer: "Acme" }]), options);
    expect(report.findings[0]).toMatchObject({
      verdict: "prohibited",
      missing: ["component.attributes.canRouteUserData"],
    });
  });

  it("does not apply a policy outside its scope", () => {
    const report = evaluate(clean("Router", [{ name: "Radio", manufacturer: "Acme" }]), {
      ...options,
      context: { buyer: { sector: "private", jurisdiction: "XX" } },
    });
    expect(report.policies[0]).toMatchObject({
      applies: false,
      verdict: "allowed",
      reason: expect.stringContaining("scope"),
    });
    expect(report.verdict).toBe("allowed");
  });

  it("caps a covered part's finding at review when the context lacks what the scope reads", () => {
    const report = evaluate(clean("Router", [{ name: "Radio", manufacturer: "Acme" }]), {
      ...options,
      context: {},
    });
    // Undecided, but about a covered maker: review, apart from "nothing is known".
    expect(report.verdict).toBe("review");
    expect(report.findings[0]).toMatchObject({ verdict: "review", ruleVerdict: "prohibited" });
    expect(report.policies[0]?.reason).toContain("context.buyer.jurisdiction");
    expect(report.findings[0]?.missing).toEqual(
      expect.arrayContaining(["context.buyer.jurisdiction", "context.buyer.sector"]),
    );
  });

  it("lists a policy with no version in force as not applying, and says why", () => {
    const report = evaluate(clean("Router", [{ name: "Radio", manufacturer: "Acme" }]), {
      ...options,
      asOf: "2019-12-31",
    });
    expect(report.policies[0]).toMatchObject({
      id: "test-policy",
      applies: false,
      verdict: "allowed",
    });
    expect(report.policies[0]?.reason).toContain("2020-01-01");
  });

  it("throws VendorgateError for an unknown policy id", () => {
    expect(() => evaluate(clean("X"), { ...options, policies: ["no-such-policy"] })).toThrow(
      VendorgateError,
    );
  });

  it("throws VendorgateError with paths for a malformed product, never a TypeError", () => {
    try {
      evaluate({ name: "Router", components: [{ name: "ok" }, { manufacturer: 42 }] }, options);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VendorgateError);
      const paths = (error as VendorgateError).issues.map((issue) => issue.path.join("."));
      expect(paths).toEqual(
        expect.arrayContaining(["product.components.1.name", "product.components.1.manufacturer"]),
      );
    }
    for (const bad of [null, 42, "x", [], { components: [] }]) {
      expect(safeEvaluate(bad, options).ok).toBe(false);
    }
  });

  it("requires asOf and never reads the clock", () => {
    const { asOf: _omit, ...rest } = options;
    expect(() => evaluate(clean("X"), rest)).toThrow(/asOf is required/);
    expect(
      evaluate(clean("X"), { ...rest, context: { ...context, asOf: "2021-01-01" } }).asOf,
    ).toBe("2021-01-01");
  });

  it("gives the same bytes for the same input", () => {
    const product = clean("Router", [
      clean("A", [{ name: "R", manufacturer: "Acme" }]),
      { name: "Q" },
    ]);
    expect(JSON.stringify(evaluate(product, options))).toBe(
      JSON.stringify(evaluate(structuredClone(product), options)),
    );
  });

  it("stamps the engine, policy digest, asOf and input digest", () => {
    const report = evaluate(clean("X"), options);
    expect(report.stamp).toMatchObject({
      engine: { name: "vendorgate", version: expect.any(String) },
      asOf: "2021-01-01",
      input: expect.stringMatching(/^sha256:/),
      policies: [
        { id: "test-policy", version: "1.0.0", digest: expect.stringMatching(/^sha256:/) },
      ],
    });
    expect(evaluate(clean("Y"), options).stamp.input).not.toBe(report.stamp.input);
    expect(report.stamp.options).toMatch(/^sha256:/);
    const otherBuyer = {
      ...options,
      context: { buyer: { sector: "private" as const, jurisdiction: "XX" } },
    };
    expect(evaluate(clean("X"), otherBuyer).stamp.options).not.toBe(report.stamp.options);
    expect(evaluate(clean("X"), otherBuyer).stamp.input).toBe(report.stamp.input);
  });
});

describe("made_by on component names", () => {
  const appPolicy = testPolicy({
    id: "app-policy",
    rules: [
      {
        id: "acme-app",
        verdict: "restricted",
        when: {
          and: [
            { type_is: ["application"] },
            { made_by: { entities: ["acme"], parties: ["name", "supplier"] } },
          ],
        },
        message: "Acme apps may not be installed",
        source: "law",
        basis: "statute",
      },
    ],
  });
  const apps = createRegistry({ policies: [appPolicy] });
  const run = (product: object) =>
    evaluate(product, { ...options, registry: apps, policies: ["app-policy"] });

  it("finds an entity in a component's own name when the rule asks for it", () => {
    const report = run({
      name: "Phone",
      manufacturer: "Clean Corp",
      components: [{ name: "Acme Messenger", type: "application" }],
    });
    expect(report.findings[0]?.entity).toMatchObject({
      id: "acme",
      field: "name",
      matched: "Acme Messenger",
    });
  });

  it("does not read component names for rules that do not ask", () => {
    const report = evaluate(
      { name: "Acme-compatible charger", manufacturer: "Clean Corp" },
      options,
    );
    expect(report.verdict).toBe("allowed");
  });
});

describe("shared sub-assemblies", () => {
  const dag = {
    name: "Rack",
    manufacturer: "Clean Corp",
    components: [
      { name: "Shelf A", manufacturer: "Clean Corp", components: [{ ref: "lte" }] },
      { name: "Shelf B", manufacturer: "Clean Corp", components: [{ ref: "lte" }] },
    ],
    shared: [{ id: "lte", name: "LTE module", manufacturer: "Acme" }],
  };

  it("reports a shared covered part once, with every path that reaches it", () => {
    const report = evaluate(dag, options);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      path: ["Rack", "Shelf A", "LTE module"],
      occurrences: 2,
      paths: [
        ["Rack", "Shelf A", "LTE module"],
        ["Rack", "Shelf B", "LTE module"],
      ],
      componentId: "lte",
    });
  });

  it("gives the same findings as the equivalent tree", () => {
    const lte = { id: "lte", name: "LTE module", manufacturer: "Acme" };
    const tree = {
      name: "Rack",
      manufacturer: "Clean Corp",
      components: [
        { name: "Shelf A", manufacturer: "Clean Corp", components: [lte] },
        { name: "Shelf B", manufacturer: "Clean Corp", components: [{ ...lte, id: "lte-2" }] },
      ],
    };
    // Each path of the DAG's one finding is a finding of its own in the tree.
    const strip = (findings: Finding[]) =>
      findings.flatMap(({ path, paths, ruleId, verdict }) =>
        (paths ?? [path]).map((one) => ({ path: one, ruleId, verdict })),
      );
    expect(strip(evaluate(tree, options).findings)).toEqual(strip(evaluate(dag, options).findings));
  });

  it("rejects a cycle with a clear error", () => {
    const cyclic = {
      name: "A",
      components: [
        { id: "b", name: "B", components: [{ id: "c", name: "C", components: [{ ref: "b" }] }] },
      ],
    };
    expect(() => evaluate(cyclic, options)).toThrow(/cycle: B → C → B/);
  });

  it("rejects a reference to a missing id and duplicate ids", () => {
    const result = safeEvaluate(
      { name: "A", components: [{ ref: "nope" }, { id: "x", name: "X" }, { id: "x", name: "Y" }] },
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.code).sort()).toEqual(["duplicate_id", "unknown_ref"]);
  });
});

describe("size and depth", () => {
  it("evaluates a 100,000-deep chain without overflowing the stack", () => {
    let node: Record<string, unknown> = { name: "leaf", manufacturer: "Acme" };
    for (let i = 0; i < 100_000; i++)
      node = { name: `n${i}`, manufacturer: "Clean Corp", components: [node] };
    const report = evaluate(node, options);
    expect(report.verdict).toBe("prohibited");
    // The path is shortened to the product and the 63 names above the part; the trail has it all.
    const finding = report.findings[0] as Finding;
    expect(finding.path).toHaveLength(64);
    expect(finding.path[0]).toBe("n99999");
    expect(finding.path[63]).toBe("leaf");
    expect(finding.pathOmitted).toBe(100_001 - 64);
    const full = findingPath(report, finding);
    expect(full).toHaveLength(100_001);
    expect(full.slice(0, 2)).toEqual(["n99999", "n99998"]);
    expect(full.slice(-2)).toEqual(["n0", "leaf"]);
    expect(finding.path).toEqual([full[0], ...full.slice(-63)]);
  });

  it("refuses a product past the component limit", () => {
    const product = {
      name: "Big",
      components: Array.from({ length: 20 }, (_, i) => ({ name: `p${i}` })),
    };
    expect(() => evaluate(product, { ...options, limits: { maxComponents: 10 } })).toThrow(
      /maxComponents/,
    );
  });

  it("refuses names longer than the text limit", () => {
    expect(() => evaluate({ name: "x".repeat(20_000) }, options)).toThrow(/longer than 10000/);
  });

  it("evaluates a parsed product without validating it again", () => {
    const parsed = parseProduct(clean("Router", [{ name: "Radio", manufacturer: "Acme" }]));
    expect(evaluate(parsed, options).verdict).toBe("prohibited");
  });
});
