import { describe, expect, it } from "vitest";
import { ones } from "../../src/util/ones.js";

describe("ones", () => {
  it("gives at least n ones, shared up to 65,536 and fresh beyond", () => {
    for (const n of [0, 1, 51, 64, 65, 1000, 65_536]) {
      const list = ones(n);
      expect(list.length).toBeGreaterThanOrEqual(n);
      expect(Array.from({ length: n }, (_, i) => list[i]).every((one) => one === 1)).toBe(true);
    }
    expect(ones(10)).toBe(ones(20));
    const big = ones(70_000);
    expect(big.length).toBe(70_000);
    expect(big).not.toBe(ones(70_000));
  });
});
