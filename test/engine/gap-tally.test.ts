import { describe, expect, it } from "vitest";
import { GapTally } from "../../src/engine/gap-tally.js";

const gap = (tally: GapTally, ruleId: string, leaf: string, missing: readonly string[]) =>
  tally.add("p", `p/${ruleId}`, ruleId, ["Product", leaf], false, undefined, missing);

describe("the gap tally", () => {
  it("orders rules by their least gap when a rule's least changes between its gaps", () => {
    const tally = new GapTally();
    const missing = ["component.categories"];
    gap(tally, "a", "m", missing);
    gap(tally, "b", "d", missing);
    gap(tally, "a", "c", missing);
    // Greater than a's least (c), less than the least it had before (m): changes nothing.
    gap(tally, "a", "e", missing);
    const [summary] = tally.summary();
    expect(summary?.rules).toEqual(["p/a", "p/b"]);
    expect(summary?.findings).toBe(4);
    expect(summary?.samples).toEqual([
      ["Product", "c"],
      ["Product", "d"],
      ["Product", "e"],
      ["Product", "m"],
    ]);
  });

  it("keeps the five least paths, whatever order they come in", () => {
    const tally = new GapTally();
    const missing = ["component.type"];
    for (const leaf of ["q", "b", "z", "a", "m", "c", "y", "d"]) gap(tally, "r", leaf, missing);
    expect(tally.summary()[0]?.samples.map((path) => path[1])).toEqual(["a", "b", "c", "d", "m"]);
  });
});
