import { describe, expect, it } from "vitest";
import { createRegistry, evaluate } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

const registry = createRegistry({ policies: [testPolicy()] });
const context = { buyer: { sector: "government" as const, jurisdiction: "XX" } };

describe("evaluate", () => {
  it("reports the path to a covered part three levels down", () => {
    const product = {
      name: "Router",
      manufacturer: "Clean Corp",
      components: [
        {
          name: "Mainboard",
          manufacturer: "Clean Corp",
          components: [{ name: "Modem", manufacturer: "Clean Corp", components: [{ name: "Radio", manufacturer: "ACME Networks Co., Ltd." }] }],
        },
      ],
    };
    const report = evaluate(product, { registry, policies: ["test-policy"], asOf: "2021-01-01", context });
    expect(report.verdict).toBe("prohibited");
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: "acme-equipment",
      path: ["Router", "Mainboard", "Modem", "Radio"],
      entity: { id: "acme", matched: "ACME Networks Co., Ltd.", via: "name", field: "manufacturer" },
      source: { id: "law", section: "§2(a)" },
      basis: "statute",
    });
  });
});
