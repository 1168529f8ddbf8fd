// A report of 1,000,000 findings: built without recursion or argument spreading, complete and
// correct, and safeEvaluate returns it rather than throwing. In its own file: it needs a few
// hundred MB and several seconds.
import { describe, expect, it } from "vitest";
import { bundledRegistry, type Finding, safeEvaluate } from "../../src/index.js";

const count = 1_000_000;
const huawei = "Huawei Technologies Co., Ltd.";

describe("a report of a million findings", () => {
  it("lists every finding of 1,000,000 parts, half Huawei, half of unknown origin", {
    timeout: 120_000,
  }, () => {
    const components = Array.from({ length: count }, (_, i) =>
      i % 2 === 0 ? { name: `Part ${i}`, manufacturer: huawei } : { name: `Part ${i}` },
    );
    const result = safeEvaluate(
      { name: "Rack", manufacturer: "Clean Corp", components },
      {
        registry: bundledRegistry(),
        policies: ["jp-gov-procurement"],
        asOf: "2021-06-01",
        context: { buyer: { sector: "government", jurisdiction: "JP" } },
        allGaps: true,
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { report } = result;
    expect(report.verdict).toBe("restricted");
    expect(report.findings).toHaveLength(count);
    expect(report.policies[0]?.findings).toHaveLength(count);
    let restricted = 0;
    let gaps = 0;
    for (const finding of report.findings) {
      if (finding.verdict === "restricted" && finding.entity?.id === "huawei") restricted++;
      else if (finding.verdict === "indeterminate" && finding.missing !== undefined) gaps++;
    }
    expect([restricted, gaps]).toEqual([count / 2, count / 2]);
    expect(report.dataGaps).toHaveLength(count / 2);
    expect(report.gapSummary).toEqual([]);
    // Sorted by path, name by name: "Part 0", "Part 1", "Part 10", ...
    const at = (i: number) => report.findings[i] as Finding;
    expect(at(0)).toMatchObject({
      path: ["Rack", "Part 0"],
      ruleId: "reported-target-parts",
      verdict: "restricted",
      entity: { id: "huawei" },
    });
    expect(at(1)).toMatchObject({ path: ["Rack", "Part 1"], verdict: "indeterminate" });
    expect(at(1).missing?.length).toBeGreaterThan(0);
    expect(at(2).path).toEqual(["Rack", "Part 10"]);
    expect(at(count - 1).path).toEqual(["Rack", "Part 999999"]);
    // Each finding has its own path: changing one changes no other.
    at(0).path.push("changed");
    expect(at(2).path).toEqual(["Rack", "Part 10"]);
  });
});
