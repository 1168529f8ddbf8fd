import { describe, expect, it } from "vitest";
import { mergeContext } from "../../src/model/context.js";

describe("mergeContext", () => {
  it("merges buyer and attributes key by key and lets other given keys replace defaults", () => {
    const merged = mergeContext(
      {
        buyer: { sector: "government", jurisdiction: "JP" },
        use: "procurement",
        attributes: { contractValue: 10, classified: false },
      },
      { buyer: { jurisdiction: "US" }, use: "5g-network", attributes: { classified: true } },
    );
    expect(merged).toEqual({
      buyer: { sector: "government", jurisdiction: "US" },
      use: "5g-network",
      attributes: { contractValue: 10, classified: true },
    });
  });

  it("returns either side alone when the other is missing", () => {
    expect(mergeContext(undefined, { use: "x" })).toEqual({ use: "x" });
    expect(mergeContext({ use: "y" }, undefined)).toEqual({ use: "y" });
    expect(mergeContext(undefined, undefined)).toBeUndefined();
  });
});
