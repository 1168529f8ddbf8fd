import { describe, expect, it } from "vitest";
import { createNameCache } from "../../src/names/name-cache.js";

describe("the two-generation name cache", () => {
  it("keeps a name in use however many other names pass through", () => {
    const cache = createNameCache<number>(100);
    cache.set("kept", 1);
    for (let i = 0; i < 10_000; i++) {
      cache.set(`name ${i}`, i);
      expect(cache.get("kept")).toBe(1);
    }
  });

  it("keeps the last generation's names when a generation fills (no cliff)", () => {
    const cache = createNameCache<number>(100);
    for (let i = 0; i < 150; i++) cache.set(`name ${i}`, i);
    // The first 100 names became the old generation; none was dropped.
    for (const i of [0, 50, 99, 100, 149]) expect(cache.get(`name ${i}`)).toBe(i);
  });

  it("drops names unused for two generations", () => {
    const cache = createNameCache<number>(10);
    cache.set("old", 1);
    for (let i = 0; i < 25; i++) cache.set(`name ${i}`, i);
    expect(cache.get("old")).toBeUndefined();
  });
});
