import { describe, expect, it } from "vitest";
import { dataFingerprint } from "../../src/util/data-fingerprint.js";

describe("dataFingerprint", () => {
  it("tells apart values that differ in data or type", () => {
    const values: object[] = [
      {},
      { a: 1 },
      { a: "1" },
      { a: true },
      { a: null },
      { a: undefined },
      { a: -0 },
      { a: 0 },
      { a: Number.NaN },
      { a: [] },
      { a: [undefined] },
      { a: new Array(1) },
      { a: {} },
      { a: new Date(0) },
      { a: new Date(1) },
      { a: { b: [1, { c: "x" }] } },
      { a: { b: [1, { c: "y" }] } },
      { b: 1 },
      { a: 1, b: 1 },
      // Texts that spell the fingerprint's own marks stay texts.
      { a: "x", b: "y" },
      { a: "x,1:b:s1:y" },
      { "a:s1:x,1:b": "y" },
      { a: ["x,s1:y"] },
      { a: ["x", "y"] },
    ];
    const prints = values.map((value) => dataFingerprint(value));
    expect(prints.every((print) => typeof print === "string")).toBe(true);
    expect(new Set(prints).size).toBe(values.length);
    expect(dataFingerprint({ a: { b: [1, { c: "x" }] } })).toBe(prints[15]);
  });

  it("refuses what a reader could see differently from one read to the next", () => {
    const getter = Object.defineProperty({}, "a", { get: () => 1, enumerable: true });
    const hidden = Object.defineProperty({}, "a", { value: 1, enumerable: false });
    const list = Object.defineProperty([1], 0, { get: () => 1 });
    class Box {
      a = 1;
    }
    let deep: object = {};
    for (let i = 0; i < 100; i++) deep = { deep };
    for (const value of [
      { a: getter },
      { a: hidden },
      { a: list },
      { a: new Box() },
      { a: () => 1 },
      { a: Symbol("s") },
      { a: 1n },
      { a: new Map() },
      { a: { [Symbol("s")]: 1 } },
      { a: Object.create(null) },
      deep,
    ]) {
      expect(dataFingerprint(value)).toBeUndefined();
    }
  });

  it("leaves out the members named opaque", () => {
    expect(dataFingerprint({ r: new Map(), a: 1 }, ["r"])).toBe(
      dataFingerprint({ r: { other: true }, a: 1 }, ["r"]),
    );
  });
});
