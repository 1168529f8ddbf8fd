// The native SHA-256 stream (Node's hash, found at run time) and the JavaScript one must agree on
// every text, however it is cut into pieces.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonBytes } from "../../src/util/json-bytes.js";
import {
  createSha256,
  digestBytes,
  JsSha256Stream,
  type Sha256Stream,
  sha256Hex,
} from "../../src/util/sha256.js";
import { runs } from "../properties/arbitraries.js";

const encoder = new TextEncoder();

function digestOf(stream: Sha256Stream, pieces: readonly string[]): string {
  for (const piece of pieces) stream.write(piece);
  return stream.digest();
}

/** The digest of the pieces' UTF-8 bytes, each piece encoded on its own (as both streams do). */
function reference(pieces: readonly string[]): string {
  const parts = pieces.map((piece) => encoder.encode(piece));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return `sha256:${sha256Hex(bytes)}`;
}

function expectAgreement(pieces: readonly string[]): void {
  const native = digestOf(createSha256(), pieces);
  expect(digestOf(new JsSha256Stream(), pieces)).toBe(native);
  expect(native).toBe(reference(pieces));
}

const unitArb = fc.oneof(
  fc.constantFrom("a", "é", "华", "😀", "\ud800", "\udfff", "\u0000", "\uffff"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
/** A text of up to ~24 KB: a short random text repeated, so some cross the 4096-byte buffer. */
const textArb = fc
  .tuple(fc.string({ unit: unitArb, maxLength: 24 }), fc.integer({ min: 1, max: 1_000 }))
  .map(([text, times]) => text.repeat(times));

/** The text cut at random places, which may split a surrogate pair between pieces. */
const piecesArb = fc.tuple(textArb, fc.array(fc.nat(), { maxLength: 8 })).map(([text, cuts]) => {
  const places = cuts.map((cut) => cut % (text.length + 1)).sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const place of places) {
    pieces.push(text.slice(from, place)); // empty when two cuts coincide
    from = place;
  }
  pieces.push(text.slice(from));
  return pieces;
});

describe("createSha256 and JsSha256Stream", () => {
  it("uses the runtime's own hash on Node, so the comparison is between two implementations", () => {
    expect(typeof process.getBuiltinModule).toBe("function");
    expect(createSha256()).not.toBeInstanceOf(JsSha256Stream);
  });

  it("give the FIPS 180-4 digest of abc, written whole or in pieces", () => {
    const abc = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    for (const pieces of [["abc"], ["a", "", "bc"], ["", "a", "b", "c", ""]]) {
      expect(digestOf(createSha256(), pieces)).toBe(abc);
      expect(digestOf(new JsSha256Stream(), pieces)).toBe(abc);
    }
  });

  it("agree on random texts written in random pieces", () => {
    let long = 0;
    fc.assert(
      fc.property(piecesArb, (pieces) => {
        if (encoder.encode(pieces.join("")).length > 4_096) long++;
        expectAgreement(pieces);
      }),
      { numRuns: runs(300) },
    );
    expect(long).toBeGreaterThan(runs(300) / 10);
  });

  it("agree on many small pieces, empty ones included", () => {
    const pieceArb = fc.oneof(fc.constant(""), fc.string({ unit: unitArb, maxLength: 40 }));
    fc.assert(fc.property(fc.array(pieceArb, { maxLength: 400 }), expectAgreement), {
      numRuns: runs(200),
    });
  });

  it("agree on multi-byte characters straddling the 4096-byte buffer boundary", () => {
    for (let fill = 4_080; fill <= 4_100; fill++) {
      for (const wide of ["é", "华", "😀", "\ud800", "\udc00"]) {
        expectAgreement(["a".repeat(fill) + wide.repeat(5)]);
        expectAgreement(["a".repeat(fill), wide, "b"]);
      }
    }
    expectAgreement(["华".repeat(10_000), "😀".repeat(3_000)]);
  });

  it("encode a lone surrogate as U+FFFD, also when a pair is split between pieces", () => {
    const replacement = digestOf(createSha256(), ["x\ufffdy"]);
    for (const make of [createSha256, () => new JsSha256Stream()]) {
      expect(digestOf(make(), ["x\ud800y"])).toBe(replacement);
      expect(digestOf(make(), ["x\udfffy"])).toBe(replacement);
      expect(digestOf(make(), ["\ud83d", "\ude00"])).toBe(digestOf(make(), ["\ufffd\ufffd"]));
      expect(digestOf(make(), ["\ud83d\ude00"])).toBe(digestOf(make(), ["😀"]));
      expect(digestOf(make(), ["\ud83d\ude00"])).not.toBe(digestOf(make(), ["\ufffd\ufffd"]));
    }
  });
});

describe("JsonBytes", () => {
  const viaBytes = (pieces: readonly string[], stream: Sha256Stream) => {
    const out = new JsonBytes(stream);
    for (const piece of pieces) out.string(piece);
    out.close();
    return stream.digest();
  };
  const viaText = (pieces: readonly string[]) => {
    const stream = new JsSha256Stream();
    for (const piece of pieces) stream.write(JSON.stringify(piece));
    return stream.digest();
  };

  it("writes strings as the bytes of JSON.stringify, into either stream", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 30 }),
        (pieces) => {
          expect(viaBytes(pieces, new JsSha256Stream())).toBe(viaText(pieces));
          expect(viaBytes(pieces, createSha256())).toBe(viaText(pieces));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("spills past its buffer: a string longer than it, and many strings filling it", () => {
    const pieces = ["x".repeat(40_000), ...Array.from({ length: 3_000 }, (_, i) => `part ${i} é`)];
    expect(viaBytes(pieces, new JsSha256Stream())).toBe(viaText(pieces));
  });

  it("digests by itself, in one call when the text fits its buffer and as a stream when not", () => {
    const own = (pieces: readonly string[]) => {
      const out = new JsonBytes();
      for (const piece of pieces) out.string(piece);
      return out.digest();
    };
    const short = ["Router", "华为", 'a "quoted" \\ text', "\u0000"];
    const long = [
      ...short,
      "x".repeat(20_000),
      ...Array.from({ length: 2_000 }, (_, i) => `p${i}`),
    ];
    for (const pieces of [[], short, long]) expect(own(pieces)).toBe(viaText(pieces));
    // A writer given back after a failure leaves nothing behind for the next one.
    const failed = new JsonBytes();
    failed.string("left over");
    failed.discard();
    expect(own(short)).toBe(viaText(short));
  });
});

describe("digestBytes", () => {
  it("gives the same digest as the JavaScript SHA-256, at any length", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5_000 }), (bytes) => {
        expect(digestBytes(bytes)).toBe(`sha256:${sha256Hex(bytes)}`);
      }),
      { numRuns: runs(200) },
    );
  });
});
