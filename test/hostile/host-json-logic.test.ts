// Completes test/isolation/host-json-logic.test.ts: a host that overrides the comparison and
// negation operations vendorgate's conditions use (<, <=, >, >=, !, !!, in), or replaces
// json-logic-js's own apply and truthy, before or after vendorgate loads, changes no result of
// the built package (which carries a private copy of json-logic-js).
import jsonLogic from "json-logic-js";
import { describe, expect, it, vi } from "vitest";
import { acme, testPolicy } from "../fixtures/policies.js";

type Dist = typeof import("../../src/index.js");
const distPath = "../../dist/index.js";

const rule = (id: string, verdict: "review" | "restricted" | "prohibited", when: unknown) => ({
  id,
  verdict,
  when: { and: [{ made_by: "acme" }, when] },
  message: id,
  source: "law",
  basis: "statute" as const,
});

const policy = testPolicy({
  rules: [
    rule("model-year-between", "prohibited", {
      "<": [2019, { var: "component.attributes.modelYear" }, 2030],
    }),
    rule("not-a-chip", "restricted", { "!": { "===": [{ var: "component.type" }, "chip"] } }),
    rule("flagged-recent", "review", {
      and: [
        { "!!": [{ var: "component.attributes.flag" }] },
        { ">=": [{ var: "component.attributes.modelYear" }, 2025] },
        { "<=": [{ var: "component.attributes.modelYear" }, 2027] },
        { ">": [{ var: "component.attributes.modelYear" }, 2000] },
      ],
    }),
    rule("antivirus", "review", {
      some: [{ var: "component.categories" }, { in: [{ var: "" }, ["antivirus"]] }],
    }),
  ] as never,
});

function check(vendorgate: Dist) {
  const registry = vendorgate.createRegistry({ entities: [acme], policies: [policy] });
  const options = {
    registry,
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
  };
  const product = {
    name: "Router",
    manufacturer: "Clean Corp",
    components: [
      {
        name: "Radio",
        manufacturer: "Acme",
        type: "module" as const,
        categories: ["antivirus"],
        attributes: { modelYear: 2027, flag: true },
      },
      {
        name: "Chip",
        manufacturer: "Acme",
        type: "chip" as const,
        attributes: { modelYear: 2031 },
      },
    ],
  };
  const report = vendorgate.evaluate(product, options);
  return {
    verdict: report.verdict,
    findings: report.findings.map((f) => `${f.path.at(-1)} ${f.ruleId} ${f.verdict}`).sort(),
  };
}

const expected = {
  verdict: "prohibited",
  findings: [
    "Chip antivirus review",
    "Radio antivirus review",
    "Radio flagged-recent review",
    "Radio model-year-between prohibited",
    "Radio not-a-chip restricted",
  ],
};

function tamper() {
  for (const op of ["<", "<=", ">", ">=", "in", "===", "!==", "var", "some"]) {
    jsonLogic.add_operation(op, () => false);
  }
  jsonLogic.add_operation("!", () => true);
  jsonLogic.add_operation("!!", () => false);
  // The host's own json-logic-js now gives other answers...
  expect(jsonLogic.apply({ "<": [1, 2] })).toBe(false);
  expect(jsonLogic.apply({ "!": [true] })).toBe(true);
  const host = jsonLogic as unknown as Record<string, unknown>;
  host.truthy = () => false;
  host.apply = () => false;
}

describe("a host's json-logic-js changes", () => {
  it("do not change results when made before vendorgate loads", async () => {
    vi.resetModules();
    const saved = { apply: jsonLogic.apply, truthy: jsonLogic.truthy };
    tamper();
    try {
      expect(check((await import(distPath)) as Dist)).toEqual(expected);
    } finally {
      Object.assign(jsonLogic, saved);
    }
  });

  it("do not change results when made after vendorgate loads", async () => {
    vi.resetModules();
    const vendorgate = (await import(distPath)) as Dist;
    expect(check(vendorgate)).toEqual(expected);
    const saved = { apply: jsonLogic.apply, truthy: jsonLogic.truthy };
    tamper();
    try {
      expect(check(vendorgate)).toEqual(expected);
    } finally {
      Object.assign(jsonLogic, saved);
    }
  });
});
