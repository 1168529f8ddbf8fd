import { describe, expect, it } from "vitest";
import { bundledRegistry, evaluate } from "../../src/index.js";

const registry = bundledRegistry();
const huaweiRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  categories: ["telecommunications-equipment"],
  components: [
    {
      name: "LTE module",
      type: "module",
      manufacturer: "Huawei Technologies Co., Ltd.",
      categories: ["telecommunications-equipment"],
      attributes: { routesUserData: true },
    },
  ],
};

describe("bundled profiles", () => {
  it("cover a buyer in each jurisdiction", () => {
    const ids = registry.profiles().map((profile) => profile.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "jp-national-ministry",
        "us-federal-agency",
        "us-telecom-carrier",
        "au-commonwealth-entity",
      ]),
    );
  });

  it("apply every one of their policies to their own buyer", () => {
    for (const profile of registry.profiles()) {
      const report = evaluate(huaweiRouter, { registry, profile: profile.id, asOf: "2027-07-01" });
      for (const result of report.policies) {
        expect(result.reason ?? "", `${profile.id}: ${result.id}`).not.toMatch(
          /scope does not cover|No version/,
        );
      }
    }
  });

  it("restrict a Huawei LTE module for a Japanese ministry and a US agency", () => {
    expect(
      evaluate(huaweiRouter, { registry, profile: "jp-national-ministry", asOf: "2019-06-01" })
        .verdict,
    ).toBe("restricted");
    expect(
      evaluate(huaweiRouter, { registry, profile: "us-federal-agency", asOf: "2019-09-01" })
        .verdict,
    ).toBe("prohibited");
  });
});
