// `var` paths that would reach prototypes through json-logic-js (whose `var` walks the prototype
// chain: {"var": "constructor"} is Object) are refused when the policy is compiled, with the rule
// and the JSON path; and data under such names in a product or context is never read.
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { issuesOf } from "./helpers.js";

function withWhen(when: unknown) {
  const base = testPolicy();
  return testPolicy({
    rules: [{ ...(base.rules[0] as (typeof base.rules)[number]), when: when as never }],
  });
}

const prototypePaths = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "component.constructor",
  "component.__proto__",
  "component.constructor.name",
  "component.attributes.__proto__",
  "component.attributes.constructor",
  "component.attributes.prototype",
  "component.identifiers.__proto__",
  "component.name.length",
  "product.constructor",
  "context.constructor",
  "context.buyer.__proto__",
  "context.attributes.constructor",
  "ancestors.constructor",
  "ancestors.0",
  "depth.toString",
];

describe("var paths into prototypes", () => {
  for (const path of prototypePaths) {
    it(`refuses {"var": "${path}"} with the rule's path`, () => {
      const issues = issuesOf(() =>
        compilePolicy(withWhen({ and: [{ made_by: "acme" }, { "===": [{ var: path }, "x"] }] })),
      );
      expect(issues[0]).toMatchObject({
        code: "invalid_var",
        path: ["rules", 0, "when", "and", 1, "===", 0, "var"],
      });
      expect(issues[0]?.message).toContain(path);
    });
  }

  it("refuses a prototype path used as a condition, in a quantifier and in a scope", () => {
    expect(issuesOf(() => compilePolicy(withWhen({ var: "constructor" })))[0]?.code).toBe(
      "invalid_var",
    );
    expect(
      issuesOf(() =>
        compilePolicy(
          withWhen({ some: [{ var: "component.categories" }, { var: "constructor" }] }),
        ),
      )[0]?.code,
    ).toBe("invalid_var");
    expect(
      issuesOf(() =>
        compilePolicy(testPolicy({ scope: { "===": [{ var: "context.__proto__" }, "x"] } })),
      )[0],
    ).toMatchObject({ code: "invalid_var", path: ["scope", "===", 0, "var"] });
  });

  it("refuses a var path that is not a literal string or number", () => {
    for (const path of [{ var: "component.name" }, ["component.name"], null, true]) {
      expect(
        issuesOf(() => compilePolicy(withWhen({ "===": [{ var: [path] }, "x"] })))[0]?.code,
      ).toBe("invalid_var");
    }
  });

  it("reads an attribute called like a prototype member only as an own value", () => {
    // A record key may be any name: component.attributes.toString reads the product's own value,
    // never Object.prototype.toString.
    const policy = withWhen({
      and: [{ made_by: "acme" }, { "===": [{ var: "component.attributes.toString" }, "yes"] }],
    });
    const registry = createRegistry({ policies: [policy] });
    const options = {
      registry,
      policies: ["test-policy"],
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    };
    const withOwn = evaluate(
      { name: "Box", manufacturer: "Acme", attributes: { toString: "yes" } },
      options,
    );
    expect(withOwn.verdict).toBe("prohibited");
    const without = evaluate({ name: "Box", manufacturer: "Acme" }, options);
    // Undecided for want of an own value, on an Acme part: review, saying what would settle it.
    expect(without.verdict).toBe("review");
    expect(without.findings[0]?.missing).toEqual(["component.attributes.toString"]);
  });
});
