import { describe, expect, it } from "vitest";
import { partFieldsRead } from "../../src/engine/part-reads.js";

describe("partFieldsRead", () => {
  it("names the categories and attributes conditions read of a part", () => {
    const country = { "===": [{ var: "component.attributes.makerCountry" }, "CN"] };
    expect(partFieldsRead([{ and: [{ in_category: ["x"] }, country] }])).toEqual([
      "categories",
      "attributes",
    ]);
    expect(partFieldsRead([country, { "!!": { var: "context.attributes.site" } }])).toEqual([
      "attributes",
    ]);
    // The product and the context are the same for every part; so is a list's item.
    const uas = { some: [{ var: ["product.categories", []] }, { in: [{ var: "" }, ["uas"]] }] };
    expect(partFieldsRead([uas])).toEqual([]);
    expect(
      partFieldsRead([
        { some: [{ var: ["component.categories", []] }, { "===": [{ var: "" }, "x"] }] },
      ]),
    ).toEqual(["categories"]);
  });

  it("finds none when a condition reads anything else of a part", () => {
    for (const condition of [
      { made_by: ["huawei"] },
      { origin_in: ["CN"] },
      { type_is: ["chip"] },
      { "===": [{ var: "component.name" }, "x"] },
      { "===": [{ var: "depth" }, 1] },
      { any_descendant: { in_category: ["x"] } },
      { some: [{ var: "ancestors" }, { in_category: ["x"] }] },
      { "===": [{ var: "" }, 1] },
    ])
      expect(partFieldsRead([{ or: [{ in_category: ["x"] }, condition] }])).toBeUndefined();
  });
});
