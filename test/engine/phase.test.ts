import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, VendorgateError } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

const deadline = testPolicy({
  rules: [
    {
      id: "acme-installed",
      verdict: "restricted",
      when: {
        and: [{ made_by: "acme" }, { "===": [{ var: "context.phase" }, "operate"] }],
      },
      message: "Installed Acme equipment must be removed",
      source: { id: "law", section: "§3" },
      basis: "statute",
    },
  ],
});
const registry = createRegistry({ policies: [deadline] });
const product = { name: "Router", manufacturer: "Acme Networks" };
const buyer = { sector: "government" as const, jurisdiction: "XX" };

describe("the phase context key", () => {
  it("defaults to acquire, so a rule about installed equipment stays quiet", () => {
    const report = evaluate(product, {
      registry,
      policies: ["test-policy"],
      asOf: "2021-01-01",
      context: { buyer },
    });
    expect(report.verdict).toBe("allowed");
  });

  it("lets a rule read operate", () => {
    const report = evaluate(product, {
      registry,
      policies: ["test-policy"],
      asOf: "2021-01-01",
      context: { buyer, phase: "operate" },
    });
    expect(report.verdict).toBe("restricted");
    expect(report.findings[0]?.ruleId).toBe("acme-installed");
  });

  it("refuses a phase outside the vocabulary", () => {
    expect(() =>
      evaluate(product, {
        registry,
        policies: ["test-policy"],
        asOf: "2021-01-01",
        context: { buyer, phase: "retire" } as never,
      }),
    ).toThrow(VendorgateError);
  });
});
