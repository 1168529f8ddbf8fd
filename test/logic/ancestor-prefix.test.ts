// A quantifier's state remembered ancestor by ancestor gives what `quantify` gives over all of
// them at once: the same value, and the same missing data once repeats are dropped.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ConditionEnv, Tri } from "../../src/logic/facts.js";
import {
  emptyPrefix,
  extendPrefix,
  quantify,
  quantifyPrefix,
} from "../../src/logic/quantifiers.js";
import { unique } from "../../src/util/unique.js";

const item = fc.record({
  value: fc.constantFrom<Tri>(true, false, null),
  lacked: fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 2 }),
});

describe("remembered ancestor quantifiers", () => {
  it("agree with quantify on every list of ancestor values", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("some", "all", "none" as const),
        fc.array(item, { maxLength: 8 }),
        (op, items) => {
          const env = { missing: [] as string[] } as unknown as ConditionEnv;
          const expected = quantify(
            op,
            items.map(({ value, lacked }) => (e) => {
              e.missing.push(...lacked);
              return value;
            }),
            env,
          );
          let prefix = emptyPrefix;
          for (const { value, lacked } of items) prefix = extendPrefix(prefix, op, value, lacked);
          const missing: string[] = [];
          expect(quantifyPrefix(op, prefix, items.length, missing)).toBe(expected);
          expect(unique(missing)).toEqual(unique(env.missing.slice()));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
