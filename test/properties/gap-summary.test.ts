import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUnknownGap } from "../../src/engine/data-gaps.js";
import { evaluate, type Finding, type Report } from "../../src/index.js";
import {
  allPolicyIds,
  asOfArb,
  contextArb,
  dagArb,
  type Node,
  productArb,
  propertyRegistry,
  runs,
} from "./arbitraries.js";

const registry = propertyRegistry();
const policies = [...allPolicyIds];

type GapSummary = Report["gapSummary"][number];

/** The summary as the report order gives it: every unknown gap listed, sorted, and read in order. */
function referenceSummary(listed: readonly Finding[]): GapSummary[] {
  const byData = new Map<string, GapSummary>();
  for (const finding of listed.filter(isUnknownGap)) {
    const rule = `${finding.policy.id}/${finding.ruleId}`;
    for (const data of finding.missing ?? []) {
      const summary = byData.get(data) ?? { data, findings: 0, rules: [], samples: [] };
      byData.set(data, summary);
      summary.findings++;
      if (!summary.rules.includes(rule)) summary.rules.push(rule);
      if (summary.samples.length < 5) summary.samples.push(finding.path.slice());
    }
  }
  return [...byData.keys()].sort().map((data) => byData.get(data) as GapSummary);
}

/** What the two reports share: everything but the listing of unknown gaps and the options digest. */
function shared(report: Report) {
  const { findings, dataGaps, gapSummary, stamp, policies: results, ...rest } = report;
  const { options: _options, ...kept } = stamp;
  return {
    ...rest,
    stamp: kept,
    findings: findings.filter((finding) => !isUnknownGap(finding)),
    policies: results.map((result) => ({
      ...result,
      findings: result.findings.filter((finding) => !isUnknownGap(finding)),
    })),
  };
}

/** A chain `depth` deep of parts without a maker, each with a few same-named siblings. */
function deepChain(depth: number, siblings: number): Node {
  let node: Node = { name: `Leaf ${depth}` };
  for (let level = depth - 1; level >= 0; level--) {
    const twins: Node[] = Array.from({ length: siblings }, () => ({ name: "Twin" }));
    node = { name: level === 0 ? "Product" : `Level ${level}`, components: [...twins, node] };
  }
  return node;
}

describe("the summary of unknown-origin gaps", () => {
  it("is the summary of the sorted gaps that allGaps lists, and nothing else changes", () => {
    const products = fc.oneof(
      productArb,
      dagArb,
      fc
        .tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 3 }))
        .map(([depth, siblings]) => deepChain(depth, siblings)),
    );
    fc.assert(
      fc.property(products, asOfArb, contextArb, (product, asOf, context) => {
        const options = { registry, policies, asOf, context };
        const summarised = evaluate(product, options);
        const listed = evaluate(product, { ...options, allGaps: true });
        expect(summarised.gapSummary).toEqual(referenceSummary(listed.findings));
        expect(shared(summarised)).toEqual(shared(listed));
      }),
      { numRuns: runs(300) },
    );
  });
});
