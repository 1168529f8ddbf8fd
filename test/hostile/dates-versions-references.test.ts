// Impossible dates, dates with times or zones, invalid semantic versions and ranges, and policies
// that refer to themselves or to entities and sources that do not exist: each is refused with a
// VendorgateError whose issue names the field.
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { run } from "../cli/helpers.js";
import { acme, testPolicy } from "../fixtures/policies.js";
import { issuesOf, testSetup } from "./helpers.js";

const badDates = [
  "2019-02-30",
  "2019-02-29",
  "2019-13-01",
  "2019-00-10",
  "2019-06-31",
  "2019-06-01T00:00:00Z",
  "2019-06-01T00:00:00+09:00",
  "2019-06-01Z",
  "2019-6-1",
  "20190601",
  "2019/06/01",
  "+002019-06-01",
  " 2019-06-01",
  "2019-06-01\n",
  "",
];

describe("dates", () => {
  const { options } = testSetup();
  const product = { name: "Box", manufacturer: "Acme" };

  for (const date of badDates) {
    it(`refuses asOf ${JSON.stringify(date)}, naming options.asOf`, () => {
      const [issue] = issuesOf(() => evaluate(product, { ...options, asOf: date }));
      expect(issue?.path).toEqual(["options", "asOf"]);
      expect(["invalid_input", "invalid_date"]).toContain(issue?.code);
    });
  }

  it("refuses a bad date in context.asOf and in a waiver's expiry", () => {
    const context = { ...options.context, asOf: "2019-02-30" };
    expect(issuesOf(() => evaluate(product, { ...options, context }))[0]?.path).toEqual([
      "options",
      "context",
      "asOf",
    ]);
    const waiver = {
      id: "w",
      policy: "test-policy",
      reason: "r",
      approver: "a",
      expires: "2030-13-01",
    };
    expect(issuesOf(() => evaluate(product, { ...options, waivers: [waiver] }))[0]?.path).toEqual([
      "options",
      "waivers",
      0,
      "expires",
    ]);
  });

  it("accepts a real leap day", () => {
    expect(evaluate(product, { ...options, asOf: "2020-02-29" }).verdict).toBe("prohibited");
  });

  it("refuses impossible and inverted dates in a policy", () => {
    expect(
      issuesOf(() => compilePolicy(testPolicy({ effective: { from: "2019-02-30" } })))[0]?.path,
    ).toEqual(["effective", "from"]);
    expect(
      issuesOf(() =>
        compilePolicy(testPolicy({ effective: { from: "2021-01-01", until: "2020-01-01" } })),
      )[0],
    ).toMatchObject({ code: "invalid_dates", path: ["effective", "until"] });
    const rule = { ...(testPolicy().rules[0] as ReturnType<typeof testPolicy>["rules"][number]) };
    expect(
      issuesOf(() =>
        compilePolicy(
          testPolicy({
            rules: [{ ...rule, effective: { from: "2021-01-01", until: "2020-12-31" } }],
          }),
        ),
      )[0],
    ).toMatchObject({ code: "invalid_dates", path: ["rules", 0, "effective", "until"] });
    const affiliate = { ...acme.affiliates?.[0], from: "2015-13" };
    expect(
      issuesOf(() =>
        compilePolicy(testPolicy({ entities: [{ ...acme, affiliates: [affiliate as never] }] })),
      )[0]?.path,
    ).toEqual(["entities", 0, "affiliates", 0, "from"]);
  });

  it("refuses a date with a time zone on the command line", async () => {
    const result = await run([
      "check",
      "-",
      "--policy",
      "test-policy",
      "--as-of",
      "2019-06-01T00:00:00Z",
      "--buyer-sector",
      "government",
      "--buyer-jurisdiction",
      "XX",
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("2019-06-01T00:00:00Z");
  });
});

describe("versions and ranges", () => {
  // "v1.0.0", " 1.0.0" and "1.0.0+build" are accepted as other versions than 1.0.0: a reported bug.
  for (const version of ["1.0", "=1.0.0", "01.0.0", "1.0.0-01", "1.0.0.0", "x", "1.0.0-"]) {
    it(`refuses policy version ${JSON.stringify(version)}`, () => {
      const [issue] = issuesOf(() => compilePolicy(testPolicy({ version })));
      expect(issue?.path).toEqual(["version"]);
      expect(["invalid_version", "invalid_input"]).toContain(issue?.code);
    });
  }

  it("refuses a spec whose range is not a semver range", () => {
    const { options } = testSetup();
    for (const spec of [
      "test-policy@not a range",
      "test-policy@>>1",
      "Test-Policy",
      "@1",
      "a@b@c",
    ]) {
      const [issue] = issuesOf(() => evaluate({ name: "Box" }, { ...options, policies: [spec] }));
      expect(["invalid_range", "unknown_policy", "invalid_input"], spec).toContain(issue?.code);
    }
  });

  it("refuses a range no version satisfies rather than reporting it as not applying", () => {
    const { options } = testSetup();
    const [issue] = issuesOf(() =>
      evaluate({ name: "Box", manufacturer: "Acme" }, { ...options, policies: ["test-policy@^3"] }),
    );
    expect(issue).toMatchObject({ code: "unknown_policy", path: ["options", "policies", 0] });
    expect(issue?.message).toMatch(/satisfies "\^3"/);
  });
});

describe("references", () => {
  it("refuses a policy that lists itself as an entity", () => {
    expect(
      issuesOf(() => compilePolicy(testPolicy({ entities: ["test-policy"] })))[0],
    ).toMatchObject({
      code: "unknown_entity",
      path: ["entities", 0],
    });
  });

  it("refuses a rule that names the policy itself or an unknown entity in made_by", () => {
    for (const id of ["test-policy", "nobody"]) {
      const rule = { ...(testPolicy().rules[0] as ReturnType<typeof testPolicy>["rules"][number]) };
      const issues = issuesOf(() =>
        compilePolicy(testPolicy({ rules: [{ ...rule, when: { made_by: [id] } }] })),
      );
      expect(issues[0]).toMatchObject({
        code: "unknown_entity",
        path: ["rules", 0, "when", "made_by"],
      });
    }
  });

  it("refuses an unknown catalogue entity and an unknown source", () => {
    expect(
      issuesOf(() =>
        createRegistry({
          entities: [acme],
          policies: [testPolicy({ entities: ["acme", "nobody"] })],
        }),
      )[0],
    ).toMatchObject({
      code: "unknown_entity",
      path: ["policies", 0, "entities", 1],
    });
    const rule = { ...(testPolicy().rules[0] as ReturnType<typeof testPolicy>["rules"][number]) };
    expect(
      issuesOf(() => compilePolicy(testPolicy({ rules: [{ ...rule, source: "nowhere" }] })))[0],
    ).toMatchObject({ code: "unknown_source", path: ["rules", 0, "source"] });
  });

  it("refuses a profile that names itself instead of a policy", () => {
    const issues = issuesOf(() =>
      createRegistry({
        policies: [testPolicy()],
        profiles: [{ id: "loop", title: "Loop", policies: ["loop"] }],
      }),
    );
    expect(issues[0]).toMatchObject({
      code: "unknown_policy",
      path: ["profiles", 0, "policies", 0],
    });
  });

  it("refuses a product whose parts refer to each other in a cycle, or to a missing id", () => {
    const { options } = testSetup();
    const cycle = {
      name: "Box",
      shared: [
        { id: "a", name: "A", components: [{ ref: "b" }] },
        { id: "b", name: "B", components: [{ ref: "a" }] },
      ],
      components: [{ ref: "a" }],
    };
    expect(issuesOf(() => evaluate(cycle, options))[0]?.code).toBe("cycle");
    const self = { name: "Box", id: "box", components: [{ ref: "box" }] };
    expect(issuesOf(() => evaluate(self, options))[0]?.code).toBe("cycle");
    const missing = { name: "Box", components: [{ ref: "nope" }] };
    expect(issuesOf(() => evaluate(missing, options))[0]).toMatchObject({
      code: "unknown_ref",
      path: ["product", "components", 0, "ref"],
    });
  });
});
