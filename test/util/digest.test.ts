import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../src/util/canonical-json.js";
import { digestText, sha256Hex } from "../../src/util/sha256.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex(bytes(""))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(sha256Hex(bytes("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(sha256Hex(bytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(sha256Hex(bytes("a".repeat(1000)))).toBe(
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3",
    );
  });

  it("digests UTF-8 text with a prefix", () => {
    expect(digestText("华为")).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("handles nesting far deeper than the call stack allows", () => {
    let value: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) value = { a: [value] };
    const text = canonicalJson(value);
    expect(text.startsWith('{"a":[{"a":[')).toBe(true);
    expect(text.length).toBe(200_000 * 8 + 6);
  });

  it("gives the same text for the iterative and recursive paths", () => {
    let value: unknown = { k: [1, "x", null, true], j: { é: 2 } };
    for (let i = 0; i < 300; i++) value = { n: i, v: value };
    expect(() => JSON.parse(canonicalJson(value))).not.toThrow();
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe("canonicalJson and __proto__", () => {
  it("keeps an own __proto__ key as data", () => {
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}, "a": 2}'))).toBe(
      '{"__proto__":{"x":1},"a":2}',
    );
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});

describe("digestCanonical", () => {
  it("equals the digest of canonicalJson's text, for any value", async () => {
    const { digestCanonical } = await import("../../src/util/canonical-json.js");
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(digestCanonical(value)).toBe(digestText(canonicalJson(value)));
      }),
      { numRuns: 300, seed: 7 },
    );
    const big = {
      parts: Array.from({ length: 20_000 }, (_, i) => ({ name: `Part ${i} 华为 ✓`, n: i })),
    };
    expect(digestCanonical(big)).toBe(digestText(canonicalJson(big)));
    let deep: unknown = "leaf";
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(digestCanonical(deep)).toBe(digestText(canonicalJson(deep)));
  });
});
