// Parts that lack every field a rule reads (here its categories and attributes) get one outcome
// from it, decided once per product: a gap counted for all of them at once on a tree. Reports
// must be those of the same rule run part by part (hidden behind a read of the depth).
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, type Rule, VendorgateError } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";

type Part = { name: string; id?: string; categories?: string[]; components?: Part[] };

const cite = { source: { id: "law", section: "§1" }, basis: "statute" as const };
const unknownCamera = {
  and: [
    { in_category: ["video-surveillance"] },
    { "===": [{ var: "component.attributes.makerCountry" }, "CN"] },
  ],
};
const hide = (when: object) => ({ and: [{ ">=": [{ var: "depth" }, 0] }, when] });

function registryOf(when: object) {
  const rule = { id: "camera", verdict: "prohibited", when, message: "camera", ...cite } as Rule;
  return createRegistry({ policies: [testPolicy({ rules: [rule] })] });
}
const bulk = registryOf(unknownCamera);
const walked = registryOf(hide(unknownCamera));
const options = {
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};
/** What a report says, without the stamp (it names the policy's digest). */
const said = (product: object, registry = bulk, extra: object = {}) => {
  const { stamp: _, ...rest } = evaluate(product, { ...options, ...extra, registry });
  return rest;
};

describe("parts that lack every field a rule reads", () => {
  it("count their gaps at once, with the least paths in report order", () => {
    // Names out of order, repeated, some told apart by id only, some parts with categories.
    const names = ["Part 7", "Part 10", "Part 2", "Part 10", "Board", "Part 1", "Part 10", "Zed"];
    const product = {
      name: "Product",
      components: names.map((name, i) => ({
        name,
        ...(i % 3 === 0 ? { id: `id-${9 - i}` } : {}),
        ...(i === 4 ? { categories: ["antivirus"] } : {}),
        components: [{ name: `Sub ${i}` }, { name: "Part 10", id: `sub-${i}` }],
      })),
    };
    const report = said(product);
    expect(report).toEqual(said(product, walked));
    const summary = report.gapSummary.find((gap) => gap.data === "component.categories");
    // The product, then the least paths below it: "Board" has categories, its parts do not.
    expect(summary?.samples).toEqual([
      ["Product"],
      ["Product", "Board", "Part 10"],
      ["Product", "Board", "Sub 4"],
      ["Product", "Part 1"],
      ["Product", "Part 1", "Part 10"],
    ]);
    expect(summary?.findings).toBe(1 + 7 + 16);
  });

  it("walk the parts of a path too long to keep whole, as a part-by-part walk does", () => {
    let chain: Part = { name: "Leaf" };
    for (let level = 99; level > 0; level--)
      chain = { name: `Level ${level}`, components: [chain] };
    const product = { name: "Product", components: [chain] };
    const report = said(product);
    expect(report.trail?.length).toBeGreaterThan(0);
    expect(report).toEqual(said(product, walked));
  });

  it("fall back to a part-by-part walk when the least paths lie past many other parts", () => {
    const product = {
      name: "Product",
      components: [
        ...Array.from({ length: 1500 }, (_, i) => ({
          name: `a-${String(i).padStart(4, "0")}`,
          categories: ["antivirus"],
        })),
        ...Array.from({ length: 7 }, (_, i) => ({ name: `b-${i}` })),
      ],
    };
    expect(said(product)).toEqual(said(product, walked));
  });

  it("are all decided part by part when one rule's least paths lie past many other parts", () => {
    // The first rule finds its least paths at once; the second, which needs attributes absent
    // too, only past 1,500 parts that have them: neither may count its gaps at once.
    const rule = (id: string, when: object) =>
      ({ id, verdict: "prohibited", when, message: id, ...cite }) as Rule;
    const registryWith = (hidden: boolean) =>
      createRegistry({
        policies: [
          testPolicy({
            rules: [
              rule(
                "camera",
                hidden
                  ? hide({ in_category: ["video-surveillance"] })
                  : { in_category: ["video-surveillance"] },
              ),
              rule("cn-camera", hidden ? hide(unknownCamera) : unknownCamera),
            ],
          }),
        ],
      });
    const product = {
      name: "Product",
      components: [
        ...Array.from({ length: 1500 }, (_, i) => ({
          name: `a-${String(i).padStart(4, "0")}`,
          attributes: { makerCountry: "JP" },
        })),
        ...Array.from({ length: 7 }, (_, i) => ({ name: `b-${i}` })),
      ],
    };
    expect(said(product, registryWith(false))).toEqual(said(product, registryWith(true)));
  });

  it("are decided part by part on shared parts, with waivers and with every gap listed", () => {
    const shared = { name: "Shared", id: "s", components: [{ name: "Inner" }] };
    const product = { name: "Product", components: [{ ref: "s" }, { ref: "s" }], shared: [shared] };
    expect(said(product)).toEqual(said(product, walked));
    const plain = { name: "Product", components: [{ name: "A" }, { name: "B" }] };
    for (const extra of [
      { allGaps: true },
      {
        waivers: [
          { id: "w", path: ["Product", "A"], expires: "2030-01-01", reason: "r", approver: "x" },
        ],
      },
    ])
      expect(said(plain, bulk, extra)).toEqual(said(plain, walked, extra));
  });

  it("count towards maxFindings as the walk's gaps do", () => {
    // The product itself is decided (false): only the gaps below it count.
    const product = {
      name: "Product",
      categories: ["antivirus"],
      attributes: { makerCountry: "JP" },
      components: Array.from({ length: 20 }, (_, i) => ({ name: `Part ${i}` })),
    };
    const limits = { maxFindings: 10 };
    const refusal = (registry: ReturnType<typeof registryOf>) => {
      try {
        evaluate(product, { ...options, registry, limits });
      } catch (error) {
        return error instanceof VendorgateError ? error.issues : error;
      }
      return "no refusal";
    };
    expect(refusal(bulk)).toEqual(refusal(walked));
    expect(refusal(bulk)).not.toBe("no refusal");
  });
});
