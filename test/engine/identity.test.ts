// Covered entities found by identifier, disguise or near miss, through the whole engine.
import { describe, expect, it } from "vitest";
import { bundledRegistry, evaluate } from "../../src/index.js";

const registry = bundledRegistry();
const options = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};

const router = (part: object) => ({
  name: "Router",
  type: "device",
  manufacturer: "Clean Networks Inc.",
  components: [{ name: "Part", manufacturer: "Clean Parts Ltd.", ...part }],
});

function entityOf(part: object) {
  const report = evaluate(router(part), options);
  return { verdict: report.verdict, finding: report.findings[0] };
}

describe("identity through the engine", () => {
  it("finds a maker named only by a package URL, with the scheme and the text that matched", () => {
    const purl = "pkg:maven/com.huawei.agconnect/agconnect-core@1.9.1";
    const { verdict, finding } = entityOf({ identifiers: { purl } });
    expect(verdict).toBe("restricted");
    expect(finding?.entity).toMatchObject({
      id: "huawei",
      via: "identifier",
      scheme: "purl-namespace",
      matched: purl,
      alias: "purl-namespace:maven/com.huawei",
      field: "identifiers.purl",
    });
  });

  it("finds CPE vendors in the 2.2 and 2.3 forms and FCC IDs written as on a label", () => {
    for (const identifiers of [
      { cpe: "cpe:/h:huawei:p30" },
      { cpe: "cpe:2.3:h:huawei:p30:-:*:*:*:*:*:*:*" },
      { fccId: "FCC ID: QISME909S-120" },
    ]) {
      const { verdict, finding } = entityOf({ identifiers });
      expect(verdict, JSON.stringify(identifiers)).toBe("restricted");
      expect(finding?.entity?.via).toBe("identifier");
    }
  });

  it("finds a party by the domain of its web address", () => {
    const { verdict, finding } = entityOf({
      manufacturer: { name: "Network Parts Co.", identifiers: { url: "https://www.zte.com.cn" } },
    });
    expect(verdict).toBe("restricted");
    expect(finding?.entity).toMatchObject({ id: "zte", via: "identifier", scheme: "domain" });
  });

  it("takes a person's e-mail at a covered entity as a lead to review, not proof", () => {
    const { verdict, finding } = entityOf({
      manufacturer: {
        name: "Jane Doe",
        kind: "person",
        identifiers: { email: "jane.doe@huawei.com" },
      },
    });
    expect(verdict).toBe("review");
    expect(finding).toMatchObject({ verdict: "review", ruleVerdict: "restricted" });
    expect(finding?.entity).toMatchObject({
      id: "huawei",
      via: "identifier",
      scheme: "email-domain",
      reviewOnly: true,
    });
  });

  it("gives a disguised name the rule's own verdict and says what was undone", () => {
    const { verdict, finding } = entityOf({ manufacturer: "Нuawei Technologies" });
    expect(verdict).toBe("restricted");
    expect(finding?.entity).toMatchObject({
      id: "huawei",
      via: "look-alike",
      disguise: { kinds: ["confusable"], swapped: ["н→h"] },
    });
  });

  it("gives a near miss a review with the alias it resembles and a score", () => {
    const { verdict, finding } = entityOf({ manufacturer: "Hauwei Technologies" });
    expect(verdict).toBe("review");
    expect(finding).toMatchObject({ verdict: "review", ruleVerdict: "restricted" });
    expect(finding?.entity).toMatchObject({ id: "huawei", via: "near-miss", reviewOnly: true });
    expect(finding?.entity?.similarity).toBeCloseTo(0.833, 2);
  });

  it("prefers firm evidence over a near miss on the same part", () => {
    const { verdict, finding } = entityOf({
      manufacturer: "Hauwei",
      identifiers: { fccId: "QISEM770W" },
    });
    expect(verdict).toBe("restricted");
    expect(finding?.entity?.via).toBe("identifier");
  });
});
