// Shared-part bombs and deep chains: a few KB of JSON whose paths number in the billions, or
// whose findings each sit 20,000 levels down. Each ends in a complete report (paths counted, not
// walked) or a limit_exceeded issue naming the limit, never a crash.
import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  evaluate,
  findingPath,
  type Report,
  safeEvaluate,
} from "../../src/index.js";
import { checkFlags, run, tempFiles } from "../cli/helpers.js";
import { issuesOf } from "./helpers.js";

const huawei = "Huawei Technologies Co., Ltd.";
const registry = bundledRegistry();
const japan = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2021-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};

/** `levels` shared parts, each referring twice to the next; a Huawei leaf at the bottom. */
function bomb(levels: number) {
  const shared = Array.from({ length: levels + 1 }, (_, i) => ({
    id: `level-${i}`,
    name: `Level ${i}`,
    manufacturer: i === levels ? huawei : "Clean Corp",
    ...(i < levels ? { components: [{ ref: `level-${i + 1}` }, { ref: `level-${i + 1}` }] } : {}),
  }));
  return { name: "Bomb", manufacturer: "Clean Corp", components: [{ ref: "level-0" }], shared };
}

/** `levels` parts each inside the one above, none naming its maker. */
function chainWithoutMakers(levels: number) {
  let node: { name: string; components?: object[] } = { name: `Level ${levels - 1}` };
  for (let level = levels - 2; level >= 0; level--)
    node = { name: `Level ${level}`, components: [node] };
  return node;
}

function expectBombReport(report: Report, levels: number) {
  expect(report.verdict).toBe("restricted");
  expect(report.findings).toHaveLength(1);
  const [finding] = report.findings;
  const path = ["Bomb", ...Array.from({ length: levels + 1 }, (_, i) => `Level ${i}`)];
  expect(finding).toMatchObject({ ruleId: "reported-target-parts", occurrences: 2 ** levels });
  expect(finding?.entity?.id).toBe("huawei");
  expect(finding && findingPath(report, finding)).toEqual(path);
  expect(finding?.paths).toHaveLength(5);
}

describe("a shared-part bomb", () => {
  for (const levels of [22, 30]) {
    it(`reports the Huawei leaf of a ${levels}-level bomb once, with its 2^${levels} paths counted`, () => {
      const result = safeEvaluate(bomb(levels), japan);
      expect(result.ok).toBe(true);
      if (result.ok) expectBombReport(result.report, levels);
    });
  }

  it("refuses it up front, naming the limit, when a rule reads the ancestors of every path", () => {
    // us-ndaa-889's exceptions look at the services above a part: every path must be walked.
    const options = {
      registry,
      policies: ["us-ndaa-889"],
      asOf: "2021-06-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "US" }, use: "procurement" },
    };
    const [issue] = issuesOf(() => evaluate(bomb(22), options));
    expect(issue).toMatchObject({ code: "limit_exceeded", path: [] });
    expect(issue?.message).toContain("limits.maxExpandedComponents");
    // A few levels fit the limit, and every path is walked.
    const small = evaluate(bomb(8), options);
    expect(small.findings.map((f) => [f.entity?.id, f.occurrences])).toEqual([["huawei", 256]]);
  });
});

describe("a 20,000-level chain of parts without makers", () => {
  const levels = 20_000;

  it("summarises its gaps, and lists all 20,000 with their paths in the trail", () => {
    const summarised = evaluate(chainWithoutMakers(levels), japan);
    expect(summarised.verdict).toBe("indeterminate");
    expect(summarised.findings).toEqual([]);
    expect(summarised.gapSummary.map((gap) => gap.findings)).toEqual([levels]);

    const report = evaluate(chainWithoutMakers(levels), { ...japan, allGaps: true });
    expect(report.findings).toHaveLength(levels);
    expect(report.trail).toHaveLength(levels);
    const deepest = report.findings.reduce((a, b) =>
      (b.pathOmitted ?? 0) > (a.pathOmitted ?? 0) ? b : a,
    );
    expect(findingPath(report, deepest)).toEqual(
      Array.from({ length: levels }, (_, i) => `Level ${i}`),
    );
    // Every finding keeps a bounded path: the trail holds the rest, once.
    expect(Math.max(...report.findings.map((f) => f.path.length))).toBeLessThanOrEqual(64);
  });

  it("is checked by the CLI, every gap listed", { timeout: 60_000 }, async () => {
    // Written by hand: JSON.stringify recurses once per level.
    const text = `${Array.from({ length: levels }, (_, i) => `{"name":"Level ${i}","components":[`).join("")}${"]}".repeat(levels)}`;
    const { path } = tempFiles({ "chain.json": text.replace(`,"components":[]}`, "}") });
    const result = await run([
      "check",
      path("chain.json"),
      ...checkFlags,
      "--format",
      "json",
      "--all-gaps",
    ]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as Report;
    expect(report.verdict).toBe("indeterminate");
    expect(report.findings).toHaveLength(levels);
    expect(result.stdout.length).toBeLessThan(100 * levels * 64);
  });
});
