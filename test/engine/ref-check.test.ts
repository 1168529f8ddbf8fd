// The `{ ref }` check's shortcut must agree with the schema on every value it is given.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRef } from "../../src/engine/product-graph.js";
import { safeParse } from "../../src/formats/zod-parse.js";
import { ComponentRefSchema } from "../../src/model/component.js";

const text = fc.oneof(
  fc.constantFrom("", " x", "x ", "board", "华为", "a b", "\u3000y"),
  fc.string({ maxLength: 5 }),
);
const refLike = fc.oneof(
  fc.record({ ref: fc.oneof(text, fc.constantFrom(1, null, undefined, ["x"])) }),
  fc.record({ ref: text, extra: fc.constantFrom(1, "x", undefined) }),
  fc.record({ ref: text, name: text }),
  text.map((ref) => Object.assign(Object.create(null), { ref })),
  text.map((ref) => Object.defineProperty({}, "ref", { value: ref, enumerable: false })),
  text.map((ref) => Object.defineProperty({ ref }, "hidden", { value: 1, enumerable: false })),
  fc.constantFrom(null, "ref", 3, [], { name: "x" }),
);

describe("isRef", () => {
  it("says a value is a ref exactly when the schema accepts it", () => {
    fc.assert(
      fc.property(refLike, (value) => {
        const schema =
          typeof value === "object" &&
          value !== null &&
          Object.hasOwn(value, "ref") &&
          safeParse(ComponentRefSchema, value).success;
        expect(isRef(value)).toBe(schema);
      }),
      { numRuns: 2000 },
    );
  });
});
