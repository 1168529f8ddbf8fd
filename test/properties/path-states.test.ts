import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Report } from "../../src/index.js";
import {
  allPolicyIds,
  asOfArb,
  contextArb,
  dagArb,
  propertyRegistry,
  runs,
  waiversArb,
} from "./arbitraries.js";

const registry = propertyRegistry();
const policies = [...allPolicyIds];

// A live waiver with a path makes every policy walk every path of the product (the reference),
// and covers no finding, so the reports may differ only in their waiver list and option digest.
const walkEveryPath = {
  id: "walk-every-path",
  path: ["No product has this name"],
  reason: "Reference walk",
  approver: "Tests",
  expires: "2099-12-31",
};

function withoutWaivers(report: Report) {
  const { waivers: _waivers, stamp, ...rest } = report;
  const { options: _options, ...kept } = stamp;
  return { ...rest, stamp: kept };
}

describe("paths counted per component or per depth", () => {
  it("give the same reports as walking every path, shared parts and samples included", () => {
    fc.assert(
      fc.property(
        dagArb,
        asOfArb,
        contextArb,
        waiversArb,
        fc.boolean(),
        (product, asOf, context, waivers, allGaps) => {
          // Waivers without a path keep the walk counted; with one, both sides walk every path.
          const options = { registry, policies, asOf, context, allGaps, waivers };
          const counted = evaluate(product, options);
          const walked = evaluate(product, { ...options, waivers: [...waivers, walkEveryPath] });
          expect(withoutWaivers(counted)).toEqual(withoutWaivers(walked));
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("counts the paths of a part reached at two depths apart, and lists its least paths", () => {
    const product = {
      name: "Product",
      manufacturer: "Clean Corp",
      shared: [
        { id: "radio", name: "Radio", manufacturer: "Huawei Technologies Co., Ltd." },
        {
          id: "board",
          name: "Board",
          manufacturer: "Clean Corp",
          components: [{ ref: "radio" }, { ref: "radio" }],
        },
      ],
      components: [{ ref: "board" }, { ref: "radio" }, { ref: "board" }],
    };
    const options = {
      registry,
      policies: ["jp-gov-procurement"],
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
    };
    const report = evaluate(product, options);
    const walked = evaluate(product, { ...options, waivers: [walkEveryPath] });
    expect(withoutWaivers(report)).toEqual(withoutWaivers(walked));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: "reported-target-parts",
      path: ["Product", "Board", "Radio"],
      occurrences: 5,
      paths: [
        ["Product", "Board", "Radio"],
        ["Product", "Board", "Radio"],
        ["Product", "Board", "Radio"],
        ["Product", "Board", "Radio"],
        ["Product", "Radio"],
      ],
    });
  });
});
