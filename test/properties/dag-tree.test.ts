import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Report } from "../../src/index.js";
import {
  allPolicyIds,
  asOfArb,
  contextArb,
  type DagProduct,
  dagArb,
  expandDag,
  findingCounts,
  policyVerdicts,
  propertyRegistry,
  runs,
} from "./arbitraries.js";

const registry = propertyRegistry();
const policies = [...allPolicyIds];

// What must agree between the two forms; componentId differs (copies of shared parts lose it).
// The DAG reports a shared part once with its path count, the tree once per copy.
function essence(report: Report) {
  return {
    verdict: report.verdict,
    policies: policyVerdicts(report),
    findings: findingCounts(report, ["componentId"]).counts,
    gaps: new Set(
      report.dataGaps.flatMap((gap) =>
        gap.rules.map((rule) => `${gap.path.at(-1)} ${gap.data} ${rule}`),
      ),
    ),
  };
}

/** Every path the DAG's findings list is a path the tree's findings give. */
function pathsWithin(dag: Report, tree: Report) {
  const inTree = findingCounts(tree, ["componentId"]).paths;
  for (const [key, paths] of Object.entries(findingCounts(dag, ["componentId"]).paths))
    for (const path of paths) expect(inTree[key]).toContain(path);
}

describe("DAG and tree forms of a product", () => {
  it("give the same verdicts, paths, rules and findings", () => {
    fc.assert(
      fc.property(dagArb, asOfArb, contextArb, (product, asOf, context) => {
        const options = { registry, policies, asOf, context, allGaps: true };
        const dag = evaluate(product, options);
        const tree = evaluate(expandDag(product), options);
        expect(essence(dag)).toEqual(essence(tree));
        pathsWithin(dag, tree);
      }),
      { numRuns: runs(150) },
    );
  });

  it("keeps a regression case: a shared Acme radio under two boards and inside another share", () => {
    const product: DagProduct = {
      name: "Product",
      manufacturer: "Clean Corp",
      categories: ["telecommunications-equipment"],
      type: "device",
      shared: [
        { id: "s0", name: "Radio", manufacturer: "Acme", type: "module" },
        { id: "s1", name: "Board", manufacturer: "Clean Corp", components: [{ ref: "s0" }] },
      ],
      components: [
        { name: "Board", manufacturer: "Clean Corp", components: [{ ref: "s0" }] },
        { ref: "s1" },
        { name: "Chassis", manufacturer: "Clean Corp", components: [{ ref: "s1" }] },
      ],
    };
    const options = {
      registry,
      policies,
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    };
    const dag = evaluate(product, options);
    const tree = evaluate(expandDag(product), options);
    expect(essence(dag)).toEqual(essence(tree));
    pathsWithin(dag, tree);
    const deep = dag.findings.filter((f) => f.ruleId === "deep-acme").map((f) => f.path);
    expect(deep).toEqual([["Product", "Chassis", "Board", "Radio"]]);
    const telecom = dag.findings.filter((f) => f.ruleId === "acme-in-telecom");
    expect(telecom).toHaveLength(1);
    expect(telecom[0]?.occurrences).toBe(3);
  });
});
