import { execFileSync } from "node:child_process";
import confusables from "unhomoglyph/data.json";
import { describe, expect, it } from "vitest";
import { confusablePrototype } from "../../src/names/confusables.js";
import { keyUnder } from "../../src/names/skeleton.js";

const whole = confusables as Readonly<Record<string, string>>;
const nameLetters = /[\p{scx=Latin}\p{scx=Cyrillic}\p{scx=Greek}\p{Nd}]/u;
const notLetter = /[^\p{L}\p{N}]/gu;
const otherLetters = /[^\p{scx=Latin}\p{scx=Cyrillic}\p{scx=Greek}\p{Nd}\p{P}\p{S}\p{Z}\p{M}]/u;

describe("the bundled part of the confusables table", () => {
  it("is what scripts/write-confusables.mjs writes from the installed unhomoglyph", () => {
    expect(() =>
      execFileSync(process.execPath, ["scripts/write-confusables.mjs", "--check"], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });

  it("keeps every entry whose character or prototype is a Latin, Cyrillic or Greek letter or digit", () => {
    const missing = Object.entries(whole).filter(
      ([ch, prototype]) =>
        (nameLetters.test(ch) || nameLetters.test(prototype)) &&
        confusablePrototype(ch) !== prototype,
    );
    expect(missing).toEqual([]);
    expect(confusablePrototype("Н")).toBe("H");
    expect(confusablePrototype("x")).toBeUndefined();
  });

  it("gives every character of the first two planes the key the whole table gives, for keys a Latin, Cyrillic or Greek name can have", () => {
    const differ: string[] = [];
    let compared = 0;
    for (let point = 0; point <= 0x1ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const ch = String.fromCodePoint(point);
      const full = keyUnder(ch, (c) => whole[c]);
      // A key that also holds a letter of another script (Arabic ligatures) cannot be a
      // covered Latin, Cyrillic or Greek name's, whichever table made it.
      if (!nameLetters.test(full) || otherLetters.test(full)) continue;
      compared++;
      // Words are split at punctuation before they are keyed: `5/8` and `5⁄8` are the same words.
      const bundled = keyUnder(ch, confusablePrototype);
      if (bundled.replace(notLetter, "") !== full.replace(notLetter, ""))
        differ.push(`U+${point.toString(16)}`);
    }
    expect(compared).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  });
});
