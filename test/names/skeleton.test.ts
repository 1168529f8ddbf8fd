// The look-alike pass reads plain ASCII names from a table made by its general rules: both must
// split and key every ASCII text alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seeText } from "../../src/names/lookalike-index.js";
import { invisiblesOf, keyedWords, visibleText } from "../../src/names/skeleton.js";

describe("keyedWords on ASCII", () => {
  // A no-break space is folded to a space by NFKC and ends a word: appending one sends the same
  // text through the general path.
  const general = (text: string) => keyedWords(`${text}\u00a0`);

  it("gives what the general path gives, for any ASCII text", () => {
    const all = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...all, ..."HuaweiCloudZTE"), maxLength: 40 }),
        (text) => {
          expect(keyedWords(text)).toEqual(general(text));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("splits at case changes and reads look-alike punctuation as letters", () => {
    for (const text of [
      "HuaweiCloud",
      "HUAWEI",
      "Hua|wei",
      "Kaspersmy Lab",
      "Z.T.E.",
      "rn1crosoft",
      "",
    ]) {
      expect(keyedWords(text)).toEqual(general(text));
    }
    expect(keyedWords("HuaweiCloud").map((word) => word.plain)).toEqual(["huawei", "cloud"]);
  });
});

describe("seeText on printable ASCII", () => {
  it("sees what the general reading sees (nothing removed, nothing reordered)", () => {
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...printable, ..."HuaweiCloud"), maxLength: 40 }),
        (text) => {
          expect(seeText(text)).toEqual({
            words: keyedWords(visibleText(text)),
            removed: invisiblesOf(text),
            reordered: false,
          });
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
