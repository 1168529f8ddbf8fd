import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unique } from "../../src/util/unique.js";

describe("unique", () => {
  it("keeps the first of each value, in order, and the list itself when nothing repeats", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), {
          maxLength: 12,
        }),
        (values) => {
          const result = unique(values.slice());
          expect(result).toEqual([...new Set(values)]);
          const copy = values.slice();
          if (new Set(values).size === values.length) expect(unique(copy)).toBe(copy);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
