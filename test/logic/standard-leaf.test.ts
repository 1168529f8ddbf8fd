import { describe, expect, it } from "vitest";
import { applyStandard, isTruthy } from "../../src/logic/json-logic.js";
import { compileComparison } from "../../src/logic/standard-leaf.js";

// Values a view can hold, and some it should not (inherited names, numbers as strings).
const values: unknown[] = [
  null,
  undefined,
  0,
  1,
  -1,
  2.5,
  "",
  "0",
  "1",
  "a",
  "b",
  "2025-01-01",
  "2025-06-01",
  true,
  false,
  [],
  ["a"],
  ["a", "b"],
  [1, "1"],
  {},
  { a: "a" },
];
const literals: unknown[] = [null, 0, 1, "", "0", "a", "2025-01-01", true, false, ["a", "b"], []];
const operands: unknown[] = [
  ...literals,
  { var: "x" },
  { var: "y.z" },
  { var: ["x", "a"] },
  { var: ["y.z", 0] },
  { var: ["missing", null] },
  { var: "x.toString" },
  { var: "" },
  { var: 0 },
];
const ops = ["===", "!==", "<", "<=", ">", ">=", "in"];

function* dataSets(): Generator<unknown> {
  for (const x of values) {
    for (const z of values.slice(0, 8)) yield { x, y: { z } };
  }
  yield null;
  yield "a";
  yield ["a"];
}

describe("comparison leaves compiled to closures", () => {
  it("return what json-logic-js returns, for every operation, operand and value", () => {
    const data = [...dataSets()];
    const mismatches: string[] = [];
    let compared = 0;
    for (const op of ops) {
      for (const a of operands) {
        for (const b of operands) {
          const shapes =
            op === "<" || op === "<="
              ? [
                  [a, b],
                  [a, b, { var: "x" }],
                  [a, b, 2],
                ]
              : [[a, b]];
          for (const args of shapes) {
            const compiled = compileComparison(op, args);
            if (!compiled) {
              mismatches.push(`${op} ${JSON.stringify(args)}: not compiled`);
              continue;
            }
            for (const d of data) {
              const expected = isTruthy(applyStandard({ [op]: args }, d));
              if (compiled(d) !== expected)
                mismatches.push(`${op} ${JSON.stringify(args)} on ${JSON.stringify(d)}`);
              compared++;
            }
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(100_000);
  });

  it("leave other leaves to json-logic-js", () => {
    expect(compileComparison("===", [{ var: "x" }, [{ var: "y" }]])).toBeUndefined();
    expect(compileComparison("===", [{ var: ["x", ["a"]] }, "a"])).toBeUndefined();
    expect(compileComparison("===", [{ some: [] }, "a"])).toBeUndefined();
  });
});
