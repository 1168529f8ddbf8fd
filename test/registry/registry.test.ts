import { describe, expect, it } from "vitest";
import {
  createRegistry,
  evaluate,
  parsePolicySpec,
  type Rule,
  VendorgateError,
} from "../../src/index.js";
import { validatePolicy } from "../../src/maintain/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";

const v1 = testPolicy();
const v11 = testPolicy({ version: "1.1.0", effective: { from: "2021-06-01" } });
const v2 = testPolicy({ version: "2.0.0", effective: { from: "2022-01-01", until: "2022-12-31" } });

describe("resolving versions", () => {
  const registry = createRegistry({ policies: [v2, v1, v11] });

  it("picks the highest version in force on the date", () => {
    expect(registry.resolve("test-policy", "2020-06-01").policy?.version).toBe("1.0.0");
    expect(registry.resolve("test-policy", "2021-06-01").policy?.version).toBe("1.1.0");
    expect(registry.resolve("test-policy", "2022-06-01").policy?.version).toBe("2.0.0");
    expect(registry.resolve("test-policy", "2023-01-01").policy?.version).toBe("1.1.0");
  });

  it("honours a semver range", () => {
    expect(registry.resolve("test-policy@^1", "2022-06-01").policy?.version).toBe("1.1.0");
    expect(registry.resolve("test-policy@1.0.0", "2022-06-01").policy?.version).toBe("1.0.0");
  });

  it("says why no version applies", () => {
    expect(registry.resolve("test-policy", "2019-01-01").reason).toMatch(/in force on 2019-01-01/);
  });

  it("throws for a range that no stored version satisfies", () => {
    expect(() => registry.resolve("test-policy@^3", "2022-01-01")).toThrow(
      /No version of test-policy satisfies "\^3" \(versions: 1.0.0, 1.1.0, 2.0.0\)/,
    );
  });

  it("throws for an unknown id or an invalid range", () => {
    expect(() => registry.resolve("nope", "2022-01-01")).toThrow(VendorgateError);
    expect(() => parsePolicySpec("test-policy@not a range!")).toThrow(/semver range/);
  });

  it("lists every stored version", () => {
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0", "1.1.0", "2.0.0"]);
  });
});

describe("adding versions", () => {
  it("rejects a bad version whole and keeps serving what it had", () => {
    const registry = createRegistry({ policies: [v1] });
    const bad = {
      ...testPolicy({ version: "1.2.0" }),
      rules: [{ ...(v1.rules[0] as object), when: { nope: 1 } }],
    };
    expect(() => registry.add(bad)).toThrow(VendorgateError);
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0"]);
  });

  it("rejects a rule that starts after its policy ends, as policy validate does", () => {
    const registry = createRegistry({ policies: [v1] });
    const late = testPolicy({
      version: "1.3.0",
      effective: { from: "2020-01-01", until: "2020-12-31" },
      rules: [{ ...(v1.rules[0] as Rule), effective: { from: "2021-01-01" } }],
    });
    expect(() => registry.add(late)).toThrow(/starts 2021-01-01, after the policy ends/);
    expect(validatePolicy(late).issues).toEqual([
      expect.objectContaining({ code: "invalid_dates", path: ["rules", 0, "effective", "from"] }),
    ]);
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0"]);
  });

  it("refuses to change a published version", () => {
    const registry = createRegistry({ policies: [v1] });
    expect(() => registry.add({ ...v1, title: "Changed" })).toThrow(/already published/);
    expect(registry.add(structuredClone(v1))).toEqual({ id: "test-policy", version: "1.0.0" });
  });

  it("rejects the whole batch at creation when one policy is bad, naming its index", () => {
    try {
      createRegistry({ policies: [v1, { ...v11, version: "x" }] });
      expect.unreachable();
    } catch (error) {
      expect((error as VendorgateError).issues[0]?.path).toEqual(["policies", 1, "version"]);
    }
  });

  it("resolves entity ids from the catalogue", () => {
    const registry = createRegistry({
      entities: [acme],
      policies: [testPolicy({ entities: ["acme"] })],
    });
    const report = evaluate(
      { name: "Box", manufacturer: "Acme" },
      {
        registry,
        policies: ["test-policy"],
        asOf: "2021-01-01",
        context: { buyer: { sector: "government", jurisdiction: "XX" } },
      },
    );
    expect(report.verdict).toBe("prohibited");
  });

  it("refuses an entity id missing from the catalogue", () => {
    expect(() => createRegistry({ policies: [testPolicy({ entities: ["globex"] })] })).toThrow(
      /globex/,
    );
  });

  it("refuses a catalogue entity citing a source it does not list", () => {
    expect(() =>
      createRegistry({ entities: [{ ...acme, names: [{ text: "Acme", source: "missing" }] }] }),
    ).toThrow(/missing/);
  });
});

describe("profiles", () => {
  const registry = createRegistry({
    policies: [v1],
    profiles: [
      {
        id: "xx-ministry",
        title: "A ministry of XX",
        policies: ["test-policy"],
        context: { buyer: { sector: "government", jurisdiction: "XX" } },
      },
    ],
  });

  it("evaluates a profile's policies with its context as defaults", () => {
    const report = evaluate(
      { name: "Box", manufacturer: "Acme" },
      { registry, profile: "xx-ministry", asOf: "2021-01-01" },
    );
    expect(report.policies.map((p) => [p.id, p.applies])).toEqual([["test-policy", true]]);
    expect(report.verdict).toBe("prohibited");
  });

  it("lets the caller's context override the profile's, key by key", () => {
    const report = evaluate(
      { name: "Box", manufacturer: "Acme" },
      {
        registry,
        profile: "xx-ministry",
        asOf: "2021-01-01",
        context: { buyer: { sector: "private" } },
      },
    );
    expect(report.policies[0]?.applies).toBe(false);
  });

  it("refuses an unknown profile, and a profile naming an unknown policy", () => {
    expect(() => registry.profile("nope")).toThrow(/No profile "nope"/);
    expect(() =>
      createRegistry({
        policies: [v1],
        profiles: [{ id: "p", title: "P", policies: ["missing-policy"] }],
      }),
    ).toThrow(/missing-policy/);
  });

  it("needs policies or a profile", () => {
    expect(() => evaluate({ name: "Box" }, { registry, asOf: "2021-01-01" })).toThrow(
      /at least one policy/,
    );
  });
});
