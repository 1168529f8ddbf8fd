import { describe, expect, it } from "vitest";
import { compilePolicy } from "../../src/maintain/index.js";
import { diffPolicies, refineWithImpact } from "../../src/maintain/policy-diff.js";
import { loosens, policyImpact } from "../../src/maintain/policy-impact.js";
import { type acme, testPolicy } from "../fixtures/policies.js";

const v1 = compilePolicy(testPolicy());
const next = (version: string, change: (doc: ReturnType<typeof testPolicy>) => void) => {
  const doc = structuredClone(testPolicy({ version }));
  change(doc);
  return compilePolicy(doc);
};
const acmeOf = (doc: ReturnType<typeof testPolicy>) => doc.entities[0] as typeof acme;

describe("diffPolicies", () => {
  it("finds no change between a version and itself", () => {
    const diff = diffPolicies(v1, v1);
    expect(diff.changes).toEqual([]);
    expect(diff.requiredBump).toBe("none");
  });

  it("calls a new alias minor, and a patch number understated", () => {
    const withAlias = (version: string) =>
      next(version, (doc) => acmeOf(doc).aliases?.push({ text: "Acme Devices", source: "s1" }));
    expect(diffPolicies(v1, withAlias("1.1.0"))).toMatchObject({
      requiredBump: "minor",
      understated: false,
    });
    expect(diffPolicies(v1, withAlias("1.0.1"))).toMatchObject({
      requiredBump: "minor",
      understated: true,
    });
    expect(diffPolicies(v1, withAlias("1.1.0")).changes[0]).toMatchObject({
      kind: "alias-added",
      subject: "acme",
    });
  });

  it("calls a removed entity major", () => {
    const diff = diffPolicies(
      v1,
      next("1.1.0", (doc) => {
        doc.entities = [];
        doc.rules = [{ ...(doc.rules[0] as (typeof doc.rules)[number]), when: false }];
      }),
    );
    expect(diff.changes.map((c) => c.kind)).toContain("entity-removed");
    expect(diff).toMatchObject({ requiredBump: "major", understated: true });
  });

  it("calls a shortened affiliation major and a lengthened one minor", () => {
    const shorter = next("2.0.0", (doc) => {
      const affiliate = acmeOf(doc).affiliates?.[0];
      if (affiliate) affiliate.until = "2019-01-01";
    });
    expect(diffPolicies(v1, shorter).changes[0]).toMatchObject({
      kind: "affiliate-period-shortened",
      bump: "major",
    });
    const longer = next("1.1.0", (doc) => {
      const affiliate = acmeOf(doc).affiliates?.[0];
      if (affiliate) delete affiliate.until;
    });
    expect(diffPolicies(v1, longer).changes[0]).toMatchObject({
      kind: "affiliate-period-extended",
      bump: "minor",
    });
  });

  it("calls a lowered verdict or an added exception major, a raised verdict minor", () => {
    const lowered = next("2.0.0", (doc) => {
      (doc.rules[0] as (typeof doc.rules)[number]).verdict = "review";
    });
    expect(diffPolicies(v1, lowered).requiredBump).toBe("major");
    const excepted = next("2.0.0", (doc) => {
      (doc.rules[0] as (typeof doc.rules)[number]).unless?.push({
        id: "small",
        when: true,
        message: "m",
        source: "law",
        basis: "statute",
      });
    });
    expect(diffPolicies(v1, excepted).changes.map((c) => c.kind)).toEqual(["exception-added"]);
  });

  it("calls a rule that starts later major (a shifted date)", () => {
    const later = next("1.0.1", (doc) => {
      (doc.rules[0] as (typeof doc.rules)[number]).effective = { from: "2021-01-01" };
    });
    expect(diffPolicies(v1, later)).toMatchObject({ requiredBump: "major", understated: true });
  });

  it("calls a text-only change a patch", () => {
    expect(
      diffPolicies(
        v1,
        next("1.0.1", (doc) => {
          doc.title = "Renamed";
        }),
      ),
    ).toMatchObject({
      requiredBump: "patch",
      understated: false,
    });
  });

  it("refuses a version number that does not grow", () => {
    expect(
      diffPolicies(
        v1,
        next("0.9.0", (doc) => {
          doc.title = "x";
        }),
      ).understated,
    ).toBe(true);
  });
});

describe("policyImpact", () => {
  const widened = next("1.1.0", (doc) => {
    doc.scope = { "===": [{ var: "context.buyer.jurisdiction" }, "XX"] };
  });
  const corpus = [
    {
      name: "ministry",
      product: { name: "Box", manufacturer: "Acme" },
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    },
    {
      name: "company",
      product: { name: "Box", manufacturer: "Acme" },
      asOf: "2021-01-01",
      context: { buyer: { sector: "private" as const, jurisdiction: "XX" } },
    },
  ];

  it("lists products whose verdict changes, and why", () => {
    const impact = policyImpact(v1, widened, corpus);
    expect(impact.unchanged).toBe(1);
    expect(impact.changed).toEqual([
      expect.objectContaining({
        name: "company",
        from: "allowed",
        to: "prohibited",
        applies: { from: false, to: true },
      }),
    ]);
    expect(impact.changed[0]?.added[0]).toContain("acme-equipment acme prohibited at Box");
    expect(loosens(impact)).toBe(false);
  });

  it("lets a scope change that only widens on the corpus count as minor", () => {
    const diff = diffPolicies(v1, widened);
    expect(diff.requiredBump).toBe("major");
    const refined = refineWithImpact(diff, {
      loosened: loosens(policyImpact(v1, widened, corpus)),
      corpusSize: 2,
    });
    expect(refined).toMatchObject({ requiredBump: "minor", understated: false });
    const narrowed = policyImpact(widened, v1, corpus);
    expect(loosens(narrowed)).toBe(true);
  });
});
