import { describe, expect, it } from "vitest";
import { type Issue, VendorgateError } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { testPolicy } from "../fixtures/policies.js";

function issuesOf(when: unknown, scope: unknown = true): Issue[] {
  const base = testPolicy();
  const rule = { ...(base.rules[0] as (typeof base.rules)[number]), when };
  try {
    compilePolicy({ ...base, scope, rules: [rule] });
  } catch (error) {
    if (error instanceof VendorgateError) return [...error.issues];
    throw error;
  }
  return [];
}

describe("compiling conditions", () => {
  it("accepts the domain operations and standard comparisons", () => {
    expect(
      issuesOf({
        and: [
          { made_by: ["acme"] },
          { in_category: "telecommunications-equipment" },
          { origin_in: ["CN"] },
          { type_is: ["device", "module"] },
          { any_descendant: { made_by: "acme" } },
          { some: [{ var: "ancestors" }, { "===": [{ var: "attributes.role" }, "backhaul"] }] },
          { "<": [2019, { var: "component.attributes.modelYear" }, 2030] },
          { in: [{ var: "context.purpose" }, ["public-safety", "national-security"]] },
        ],
      }),
    ).toEqual([]);
  });

  it("names the rule and JSON path of an unknown operation", () => {
    const [issue] = issuesOf({ and: [{ made_by: "acme" }, { regex_match: ["x", "y"] }] });
    expect(issue).toMatchObject({
      code: "unknown_operation",
      path: ["rules", 0, "when", "and", 1, "regex_match"],
    });
  });

  it("refuses loose equality", () => {
    expect(issuesOf({ "==": [{ var: "component.name" }, "x"] })[0]?.code).toBe("unknown_operation");
  });

  it("refuses a var path outside the view", () => {
    const [issue] = issuesOf({ "===": [{ var: "component.vendor" }, "x"] });
    expect(issue).toMatchObject({
      code: "invalid_var",
      path: ["rules", 0, "when", "===", 0, "var"],
    });
    expect(issue?.message).toContain("vendor");
  });

  it("refuses prototype paths", () => {
    for (const path of [
      "constructor",
      "component.__proto__",
      "component.attributes.constructor",
      "context.prototype",
    ]) {
      expect(issuesOf({ "!!": { var: path } })[0]?.code, path).toBe("invalid_var");
    }
  });

  it("refuses computed var paths", () => {
    expect(issuesOf({ "!!": { var: { cat: ["component.", "name"] } } })[0]?.code).toBe(
      "invalid_var",
    );
  });

  it("refuses in on a string, which would be a substring test", () => {
    expect(issuesOf({ in: ["zte", { var: "component.manufacturer" }] })[0]?.message).toContain(
      "substring",
    );
    expect(issuesOf({ in: ["zte", "aztec"] })[0]?.code).toBe("invalid_operation");
  });

  it("refuses an entity the policy does not cover", () => {
    expect(issuesOf({ made_by: "globex" })[0]).toMatchObject({ code: "unknown_entity" });
  });

  it("refuses component operations in a scope", () => {
    expect(issuesOf({ made_by: "acme" }, { made_by: "acme" })[0]).toMatchObject({
      path: ["scope", "made_by"],
    });
  });

  it("refuses ancestors inside any_descendant", () => {
    expect(issuesOf({ any_descendant: { "!!": { var: "ancestors" } } })[0]?.code).toBe(
      "invalid_var",
    );
  });

  it("collects every problem, not just the first", () => {
    expect(issuesOf({ and: [{ nope: 1 }, { "==": [1, 1] }, { made_by: "globex" }] })).toHaveLength(
      3,
    );
  });

  it("refuses unknown component types in type_is", () => {
    expect(issuesOf({ type_is: ["router"] })[0]?.message).toContain("router");
  });
});

describe("compiling documents", () => {
  it("lists schema problems with their paths", () => {
    try {
      compilePolicy({ ...testPolicy(), version: 1, rules: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VendorgateError);
      const paths = (error as VendorgateError).issues.map((issue) => issue.path.join("."));
      expect(paths).toEqual(expect.arrayContaining(["version", "rules"]));
    }
  });

  it("refuses an invalid semver, inverted dates and citations of unknown sources", () => {
    const base = testPolicy();
    const rule = { ...(base.rules[0] as (typeof base.rules)[number]), source: "nowhere" };
    try {
      compilePolicy({
        ...base,
        version: "1.0",
        effective: { from: "2020-01-01", until: "2019-01-01" },
        rules: [rule],
      });
      expect.unreachable();
    } catch (error) {
      const codes = (error as VendorgateError).issues.map((issue) => issue.code);
      expect(codes).toEqual(
        expect.arrayContaining(["invalid_version", "invalid_dates", "unknown_source"]),
      );
    }
  });

  it("refuses impossible dates such as 2019-02-30", () => {
    expect(() => compilePolicy({ ...testPolicy(), effective: { from: "2019-02-30" } })).toThrow(
      /calendar date/,
    );
  });

  it("gives the same digest for the same document with keys in another order", () => {
    const a = compilePolicy(testPolicy());
    const reordered = Object.fromEntries(Object.entries(testPolicy()).reverse());
    expect(compilePolicy(reordered).digest).toBe(a.digest);
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
