import { describe, expect, it } from "vitest";
import { forbiddenKeyPath } from "../../src/util/forbidden-keys.js";

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

describe("forbiddenKeyPath", () => {
  it("gives the path to the first prototype key, through arrays and objects", () => {
    const value = { a: [1, { b: JSON.parse('{"__proto__": 1}') }] };
    expect(forbiddenKeyPath(value)).toEqual(["a", 1, "b", "__proto__"]);
    expect(forbiddenKeyPath({ registry: { constructor: 1 } }, ["registry"])).toBeUndefined();
    expect(forbiddenKeyPath({ x: { registry: { constructor: 1 } } }, ["registry"])).toEqual([
      "x",
      "registry",
      "constructor",
    ]);
  });

  it("walks a 200,000-level value once, without copying paths (the path is built only when found)", () => {
    expect(forbiddenKeyPath(nested(200_000, "leaf"))).toBeUndefined();
    const path = forbiddenKeyPath(nested(200_000, { prototype: 1 }));
    expect(path).toHaveLength(200_001);
    expect(path?.at(-1)).toBe("prototype");
    expect(path?.slice(0, 2)).toEqual(["a", 0]);
  });

  it("is safe on values that contain themselves", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(forbiddenKeyPath(loop)).toBeUndefined();
  });
});
