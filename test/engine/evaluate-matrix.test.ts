import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  evaluate,
  evaluateMatrix,
  MatrixSchema,
  VendorgateError,
} from "../../src/index.js";

const registry = bundledRegistry();
const router = {
  name: "Edge router",
  manufacturer: "Clean Corp",
  categories: ["telecommunications-equipment"],
  components: [
    {
      name: "LTE module",
      type: "module",
      manufacturer: "Huawei Technologies Co., Ltd.",
      categories: ["telecommunications-equipment"],
      attributes: { routesUserData: true, networkDomain: "ran" },
    },
  ],
};
const profiles = [
  "jp-national-ministry",
  "us-federal-agency",
  "gb-telecom-provider",
  "eu-commission",
];

describe("evaluateMatrix", () => {
  it("gives each profile × policy the verdict evaluate gives that profile", () => {
    const matrix = evaluateMatrix(router, { registry, profiles, asOf: "2025-06-01" });
    expect(MatrixSchema.parse(matrix)).toEqual(matrix);
    expect(matrix.rows.map((row) => row.profile)).toEqual(profiles);
    const named = profiles.flatMap((id) => registry.profile(id).policies);
    expect(matrix.policies).toEqual([...new Set(named)]);
    expect(matrix.policies).toEqual(
      expect.arrayContaining(["gb-5g-designated-vendor", "us-ndaa-889"]),
    );
    for (const row of matrix.rows) {
      const report = evaluate(router, { registry, profile: row.profile, asOf: "2025-06-01" });
      expect(row.verdict, row.profile).toBe(report.verdict);
      for (const result of report.policies) {
        expect(row.cells[result.id]?.verdict).toBe(result.verdict);
        expect(row.cells[result.id]?.findings).toEqual(result.findings);
      }
    }
    const verdicts = Object.fromEntries(matrix.rows.map((row) => [row.profile, row.verdict]));
    expect(verdicts).toEqual({
      "jp-national-ministry": "restricted",
      "us-federal-agency": "prohibited",
      "gb-telecom-provider": "prohibited",
      "eu-commission": "allowed",
    });
    expect(matrix.rows[0]?.cells["us-ndaa-889"]).toBeUndefined();
    expect(matrix.rows[2]?.cells["gb-5g-designated-vendor"]?.findings[0]).toMatchObject({
      ruleId: "no-new-huawei-5g-equipment",
      path: ["Edge router", "LTE module"],
    });
  });

  it("applies the caller's context over every profile's", () => {
    const matrix = evaluateMatrix(router, {
      registry,
      profiles: ["gb-telecom-provider", "ca-telecom-provider"],
      asOf: "2025-06-01",
      context: { phase: "operate", attributes: { nationalSecuritySite: false } },
    });
    // Installed Huawei RAN: the UK's end-2027 deadline has not passed; Canada's 5G one has.
    expect(matrix.rows.map((row) => [row.profile, row.verdict])).toEqual([
      ["gb-telecom-provider", "allowed"],
      ["ca-telecom-provider", "restricted"],
    ]);
  });

  it("names the profile that is unknown, and a bad date", () => {
    const issues = (options: object) => {
      try {
        evaluateMatrix(router, { registry, profiles, asOf: "2025-06-01", ...options });
      } catch (error) {
        return error instanceof VendorgateError ? error.issues : error;
      }
      return [];
    };
    expect(issues({ profiles: ["jp-national-ministry", "xx-nobody"] })).toEqual([
      expect.objectContaining({ path: ["options", "profiles", 1] }),
    ]);
    expect(issues({ asOf: "2025-13-01" })).toEqual([
      expect.objectContaining({ path: ["options", "asOf"] }),
    ]);
    expect(issues({ profiles: [] })).toEqual([
      expect.objectContaining({ path: ["options", "profiles"] }),
    ]);
  });
});
