// Deep nesting: products 100,000 levels deep (as JSON text, through shared sub-assemblies, and
// through the CLI) are evaluated without overflowing the stack; deep JSON Logic conditions are
// compiled and evaluated, or refused, without taking the registry down with them.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createRegistry,
  evaluate,
  type Finding,
  findingPath,
  parseProduct,
} from "../../src/index.js";
import { checkFlags, run, tempFiles } from "../cli/helpers.js";
import { testPolicy } from "../fixtures/policies.js";
import { outcome, testSetup } from "./helpers.js";

const depth = 100_000;

/** A product as JSON text: `levels` nested components with an Acme part at the bottom. */
function deepProductText(levels: number): string {
  const open = '{"name":"Level","manufacturer":"Clean Corp","components":[';
  return `${open.repeat(levels)}{"name":"Radio","manufacturer":"Acme"}${"]}".repeat(levels)}`;
}

describe("a product nested 100,000 levels deep", () => {
  it("is evaluated from JSON text, and the covered part is found at the bottom", () => {
    const { options } = testSetup();
    const report = evaluate(JSON.parse(deepProductText(depth)), options);
    expect(report.verdict).toBe("prohibited");
    expect(report.findings).toHaveLength(1);
    const finding = report.findings[0] as Finding;
    // A shortened path; the trail gives it all.
    expect(finding.path.at(-1)).toBe("Radio");
    expect(finding.pathOmitted).toBe(depth + 1 - finding.path.length);
    expect(findingPath(report, finding)).toHaveLength(depth + 1);
  });

  it("is evaluated when the depth comes from a chain of shared sub-assemblies", () => {
    const { options } = testSetup();
    const shared = Array.from({ length: depth }, (_, i) => ({
      id: `s${i}`,
      name: `Part ${i}`,
      manufacturer: i === depth - 1 ? "Acme" : "Clean Corp",
      ...(i < depth - 1 ? { components: [{ ref: `s${i + 1}` }] } : {}),
    }));
    const product = {
      name: "Box",
      manufacturer: "Clean Corp",
      shared,
      components: [{ ref: "s0" }],
    };
    const report = evaluate(product, options);
    expect(report.verdict).toBe("prohibited");
    expect(findingPath(report, report.findings[0] as Finding)).toHaveLength(depth + 1);
  });

  it("is refused past limits.maxDepth with an issue, not a crash", () => {
    const { options } = testSetup();
    const result = outcome(() =>
      evaluate(JSON.parse(deepProductText(5_000)), { ...options, limits: { maxDepth: 1_000 } }),
    );
    expect(result).toMatchObject({ kind: "issues", issues: [{ code: "limit_exceeded" }] });
  });

  it("is checked by the CLI from a file", async () => {
    const { path } = tempFiles();
    writeFileSync(path("deep.json"), deepProductText(depth));
    const result = await run(["check", path("deep.json"), ...checkFlags, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe("prohibited");
  });
});

describe("deeply nested JSON Logic", () => {
  const nest = (levels: number, wrap: (inner: unknown) => unknown): unknown => {
    let condition: unknown = { made_by: "acme" };
    for (let i = 0; i < levels; i++) condition = wrap(condition);
    return condition;
  };
  const withWhen = (when: unknown) => {
    const base = testPolicy();
    return testPolicy({
      rules: [{ ...(base.rules[0] as (typeof base.rules)[number]), when: when as never }],
    });
  };
  const options = {
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
  };

  it("compiles and evaluates 100 levels of and, or, ! and any_ancestor exactly", () => {
    const shapes: [string, (inner: unknown) => unknown, string][] = [
      ["and", (inner) => ({ and: [inner] }), "prohibited"],
      ["or", (inner) => ({ or: [false, inner] }), "prohibited"],
      ["!", (inner) => ({ "!": inner }), "prohibited"], // an even number of negations
      ["!!", (inner) => ({ "!!": [inner] }), "prohibited"],
    ];
    for (const [name, wrap, verdict] of shapes) {
      const registry = createRegistry({ policies: [withWhen(nest(100, wrap))] });
      const report = evaluate(
        {
          name: "Box",
          manufacturer: "Clean Corp",
          components: [{ name: "Radio", manufacturer: "Acme" }],
        },
        { ...options, registry },
      );
      expect(report.verdict, name).toBe(verdict);
      expect(
        report.findings.map((f) => f.path.at(-1)),
        name,
      ).toEqual(["Radio"]);
    }
  });

  it("handles a 100,000-level condition without a crash, and a refusal leaves the registry as it was", () => {
    // Known bug, reported: today this throws a RangeError (stack overflow) from the schema check,
    // not a VendorgateError. Either outcome below is survivable; a crashed process is not.
    const deep = withWhen(nest(depth, (inner) => ({ and: [inner] })));
    const registry = createRegistry({ policies: [testPolicy()] });
    const before = JSON.stringify(registry.list());
    const result = outcome(() => registry.add({ ...deep, version: "1.1.0" }));
    if (result.kind === "value") {
      const report = evaluate({ name: "Radio", manufacturer: "Acme" }, { ...options, registry });
      expect(report.verdict).toBe("prohibited");
    } else {
      expect(JSON.stringify(registry.list())).toBe(before);
      expect(
        evaluate({ name: "Radio", manufacturer: "Acme" }, { ...options, registry }).verdict,
      ).toBe("prohibited");
    }
  });

  it("parses a deep product once and reuses it", () => {
    const parsed = parseProduct(JSON.parse(deepProductText(10_000)));
    const { options: evaluateOptions } = testSetup();
    expect(evaluate(parsed, evaluateOptions).verdict).toBe("prohibited");
    expect(evaluate(parsed, evaluateOptions).verdict).toBe("prohibited");
  });
});
