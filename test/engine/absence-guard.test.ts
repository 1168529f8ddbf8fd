import { describe, expect, it } from "vitest";
import { absenceGuardOf } from "../../src/engine/absence-guard.js";

const attr = (fallback: unknown) => ({ var: ["component.attributes.makerCountry", fallback] });
const some = (fallback: unknown) => ({
  some: [{ var: ["component.categories", fallback] }, { "===": [{ var: "" }, "uas"] }],
});

/** The fields of a guard that holds on every product. */
const fieldsOf = (when: unknown) => {
  const guard = absenceGuardOf(when);
  return guard && guard.given.length === 0 ? guard.fields : undefined;
};

describe("absenceGuardOf", () => {
  it("finds the fields whose absence makes a condition false below the product", () => {
    expect(fieldsOf({ "===": [attr(""), "CN"] })).toEqual(["attributes"]);
    expect(fieldsOf({ in: [attr(""), ["CN", "RU"]] })).toEqual(["attributes"]);
    expect(fieldsOf(some([]))).toEqual(["categories"]);
    expect(fieldsOf({ "===": [{ var: "depth" }, 0] })).toEqual([]);
    expect(fieldsOf({ and: [{ origin_in: ["CN"] }, some([])] })).toEqual(["categories"]);
    // Every disjunct must be false: both fields absent.
    expect(fieldsOf({ or: [some([]), { "===": [attr(""), "CN"] }] })).toEqual([
      "categories",
      "attributes",
    ]);
    // Of two conjuncts, the one that needs fewer fields absent.
    expect(fieldsOf({ and: [some([]), { "===": [{ var: "depth" }, 0] }] })).toEqual([]);
  });

  it("finds none where an absent field leaves the condition true or undecided", () => {
    // The default is what is compared with, or is in the list: true when absent.
    expect(fieldsOf({ "===": [attr("CN"), "CN"] })).toBeUndefined();
    expect(fieldsOf({ in: [attr("CN"), ["CN"]] })).toBeUndefined();
    // No default: undecided when absent, a data gap, not false.
    expect(
      fieldsOf({ "===": [{ var: "component.attributes.makerCountry" }, "CN"] }),
    ).toBeUndefined();
    expect(fieldsOf({ in_category: ["uas"] })).toBeUndefined();
    expect(fieldsOf(some(["uas"]))).toBeUndefined();
    // `!==` of a default is true when absent; one disjunct without a guard keeps the `or` open.
    expect(fieldsOf({ "!==": [attr(""), "CN"] })).toBeUndefined();
    expect(fieldsOf({ or: [some([]), { origin_in: ["CN"] }] })).toBeUndefined();
    expect(fieldsOf({ "!": some([]) })).toBeUndefined();
    // Fields of the product are not the part's: such a guard holds only on some products.
    expect(
      fieldsOf({ "===": [{ var: ["product.attributes.makerCountry", ""] }, "CN"] }),
    ).toBeUndefined();
    expect(fieldsOf({ ">": [{ var: "depth" }, 0] })).toBeUndefined();
  });

  it("holds on a product where the parts that read only the product are false", () => {
    const modelYear = { "!!": { var: ["product.attributes.modelYear", false] } };
    const uas = { some: [{ var: ["product.categories", []] }, { in: [{ var: "" }, ["uas"]] }] };
    // Connected vehicles: a product without a model year leaves `some` over the part's categories.
    expect(
      absenceGuardOf({ and: [{ or: [modelYear, some([])] }, { in_category: ["x"] }] }),
    ).toEqual({ fields: ["categories"], given: [modelYear] });
    // A conjunct false on the product: false on every part below it.
    expect(
      absenceGuardOf({ and: [{ "===": [{ var: "depth" }, 1] }, uas, { in_category: ["x"] }] }),
    ).toEqual({ fields: [], given: [uas] });
    // A guard that holds on every product is taken before one that holds on some.
    expect(absenceGuardOf({ and: [uas, some([])] })).toEqual({ fields: ["categories"], given: [] });
    // Reading the part, its depth or its makers is not reading the product only.
    expect(absenceGuardOf({ or: [modelYear, { in_category: ["x"] }] })).toBeUndefined();
    expect(absenceGuardOf({ or: [modelYear, { ">": [{ var: "depth" }, 0] }] })).toBeUndefined();
    expect(absenceGuardOf({ "!!": { var: "component.attributes.modelYear" } })).toBeUndefined();
    expect(
      absenceGuardOf({ or: [modelYear, { some: [{ var: "ancestors" }, { origin_in: ["CN"] }] }] }),
    ).toBeUndefined();
  });
});
