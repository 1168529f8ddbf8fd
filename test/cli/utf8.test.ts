// The CLI's UTF-8 decoding: it finds the same invalid sequences the WHATWG decoder replaces,
// names the first one's line and byte offset, and tells each line with replacements.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, invalidSequences, type Replaced } from "../../src/cli/input/utf8.js";

const at = { label: "in", line: 1, offset: 0 };
const replacing = new TextDecoder("utf-8", { ignoreBOM: true });

/** Random bytes, leaning towards the ranges where UTF-8 goes wrong. */
const bytes = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x0a, 0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5),
    ),
    { maxLength: 40 },
  )
  .map((list) => Uint8Array.from(list));

describe("decodeUtf8", () => {
  it("counts one invalid sequence for each U+FFFD the WHATWG decoder writes", () => {
    fc.assert(
      fc.property(bytes, (input) => {
        // U+FFFD written as valid UTF-8 (EF BF BD) in the input is no replacement.
        fc.pre(!Buffer.from(input).includes(Buffer.from([0xef, 0xbf, 0xbd])));
        const text = replacing.decode(input);
        const replaced = [...text].filter((c) => c === "\uFFFD").length;
        expect([...invalidSequences(input)]).toHaveLength(replaced);
      }),
      { numRuns: 2_000 },
    );
  });

  it("returns what the decoder returns: the text when valid, with U+FFFD when lenient", () => {
    fc.assert(
      fc.property(bytes, (input) => {
        const lenient = decodeUtf8(input, at, { lenient: true });
        expect(lenient).toBe(replacing.decode(input));
        if ([...invalidSequences(input)].length === 0) expect(decodeUtf8(input, at)).toBe(lenient);
        else expect(() => decodeUtf8(input, at)).toThrow(/invalid UTF-8/);
      }),
      { numRuns: 2_000 },
    );
  });

  it("names the line and offset of the first invalid byte, counting from where the bytes start", () => {
    const input = Buffer.concat([Buffer.from("é\nab\n"), Buffer.from([0xc0, 0x41])]);
    expect(() => decodeUtf8(input, { label: "f", line: 10, offset: 100 })).toThrow(
      /^f line 12: invalid UTF-8 \(byte 0xC0 at byte offset 106\); save it as UTF-8$/,
    );
  });

  it("tells each line with replacements once, with its first offset and its count", () => {
    const input = Buffer.concat([
      Buffer.from([0xff, 0x41, 0xfe]),
      Buffer.from("\nok\n"),
      Buffer.from([0xe2, 0x82]),
    ]);
    const told: Replaced[] = [];
    const text = decodeUtf8(input, at, { lenient: true, onReplaced: (r) => told.push(r) });
    expect(text).toBe("\uFFFDA\uFFFD\nok\n\uFFFD");
    expect(told).toEqual([
      { label: "in", line: 1, offset: 0, count: 2 },
      { label: "in", line: 3, offset: 7, count: 1 },
    ]);
  });

  it("keeps a byte-order mark (the callers drop it at the start of an input only)", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFx"), at)).toBe("\uFEFFx");
  });
});
