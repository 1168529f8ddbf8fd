import { describe, expect, it } from "vitest";
import { absenceGuardOf } from "../../src/engine/absence-guard.js";

const attr = (fallback: unknown) => ({ var: ["component.attributes.makerCountry", fallback] });
const some = (fallback: unknown) => ({
  some: [{ var: ["component.categories", fallback] }, { "===": [{ var: "" }, "uas"] }],
});

describe("absenceGuardOf", () => {
  it("finds the fields whose absence makes a condition false below the product", () => {
    expect(absenceGuardOf({ "===": [attr(""), "CN"] })).toEqual(["attributes"]);
    expect(absenceGuardOf({ in: [attr(""), ["CN", "RU"]] })).toEqual(["attributes"]);
    expect(absenceGuardOf(some([]))).toEqual(["categories"]);
    expect(absenceGuardOf({ "===": [{ var: "depth" }, 0] })).toEqual([]);
    expect(absenceGuardOf({ and: [{ origin_in: ["CN"] }, some([])] })).toEqual(["categories"]);
    // Every disjunct must be false: both fields absent.
    expect(absenceGuardOf({ or: [some([]), { "===": [attr(""), "CN"] }] })).toEqual([
      "categories",
      "attributes",
    ]);
    // Of two conjuncts, the one that needs fewer fields absent.
    expect(absenceGuardOf({ and: [some([]), { "===": [{ var: "depth" }, 0] }] })).toEqual([]);
  });

  it("finds none where an absent field leaves the condition true or undecided", () => {
    // The default is what is compared with, or is in the list: true when absent.
    expect(absenceGuardOf({ "===": [attr("CN"), "CN"] })).toBeUndefined();
    expect(absenceGuardOf({ in: [attr("CN"), ["CN"]] })).toBeUndefined();
    // No default: undecided when absent, a data gap, not false.
    expect(
      absenceGuardOf({ "===": [{ var: "component.attributes.makerCountry" }, "CN"] }),
    ).toBeUndefined();
    expect(absenceGuardOf({ in_category: ["uas"] })).toBeUndefined();
    expect(absenceGuardOf(some(["uas"]))).toBeUndefined();
    // `!==` of a default is true when absent; one disjunct without a guard keeps the `or` open.
    expect(absenceGuardOf({ "!==": [attr(""), "CN"] })).toBeUndefined();
    expect(absenceGuardOf({ or: [some([]), { origin_in: ["CN"] }] })).toBeUndefined();
    expect(absenceGuardOf({ "!": some([]) })).toBeUndefined();
    // Fields of the product, or deeper than one attribute, are not the part's.
    expect(
      absenceGuardOf({ "===": [{ var: ["product.attributes.makerCountry", ""] }, "CN"] }),
    ).toBeUndefined();
    expect(absenceGuardOf({ ">": [{ var: "depth" }, 0] })).toBeUndefined();
  });
});
