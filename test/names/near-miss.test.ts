import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/names/edit-distance.js";
import { sightName } from "../../src/names/entity-index.js";
import { buildNearMissTrie, nearMisses } from "../../src/names/near-miss.js";
import { bundledIndex } from "./bundled-index.js";
import { random } from "./labelled-names.js";

const index = bundledIndex();

describe("nearMisses (trie walk)", () => {
  it("finds exactly the runs of whole words within one edit of a name, as a full table would", () => {
    const next = random(11);
    const word = (length: number) =>
      Array.from({ length }, () => "abc"[Math.floor(next() * 3)]).join("");
    const names = Array.from({ length: 40 }, () => word(2 + Math.floor(next() * 7)));
    const trie = buildNearMissTrie(names.map((text) => ({ text, value: text })));
    for (let n = 0; n < 400; n++) {
      const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        word(1 + Math.floor(next() * 4)),
      );
      const expected = new Set<string>();
      for (let from = 0; from < words.length; from++) {
        for (let to = from; to < words.length; to++) {
          const run = words.slice(from, to + 1).join("");
          for (const name of names) {
            const edits = editDistance(run, name, 1);
            if (edits <= 1) expected.add(`${name}@${from}-${to}:${edits}`);
          }
        }
      }
      const found = new Set(
        nearMisses(trie, words).map((hit) => `${hit.value}@${hit.from}-${hit.to}:${hit.edits}`),
      );
      expect([...found].sort(), words.join(" ")).toEqual([...expected].sort());
    }
  });
});

describe("sightName: a typo anywhere in a covered name is a review", () => {
  // Misses of the labelled set before near misses spanned every word of a name and counted `m`
  // as one letter (its look-alike key is `rn`).
  for (const [text, entity] of [
    ["Kaspersmy Lab", "kaspersky"],
    ["China Unicoz", "china-unicom"],
    ["Hangzhou Hikvisimon Digital Technology Company", "hikvision"],
    ["Лаборатория Касперскогы", "kaspersky"],
    ["Shenzhen Da-Jiang Innoations Sciences and Technologies Company Limited", "dji"],
    ["China United Netwok Communications Group Company Limited", "china-unicom"],
    ["hina United Network Communications Group Company Limited", "china-unicom"],
    ["Capmut", "bytedance"],
    ["PowerTrmunk", "hytera"],
    ["EZVIvZ", "hikvision"],
    ["Huawai Technologies", "huawei"],
  ]) {
    it(`${text} resembles ${entity}`, () => {
      const matches = sightName(index, text as string);
      expect(new Set(matches.map((match) => match.target.entityId))).toEqual(new Set([entity]));
      expect(matches[0]?.via).toBe("near-miss");
      expect(matches[0]?.reviewOnly).toBe(true);
    });
  }

  it("needs a short name's typo to stand alone or with words a company name is made of", () => {
    expect(sightName(index, "Weixn")[0]?.target.entityId).toBe("tencent");
    expect(sightName(index, "Lorez Security")[0]?.target.entityId).toBe("dahua");
    expect(sightName(index, "Huawen Cables")[0]?.target.entityId).toBe("huawei");
    // Authors of real npm packages (juice-shop, redis-commander SBOMs): people, not typos.
    for (const text of ["Loren West", "Weilin Shi", "Loren West <open_source@lorenwest.com>"]) {
      expect(sightName(index, text), text).toEqual([]);
    }
  });

  it("does not take a typo of a generic word for a covered name", () => {
    for (const text of [
      "Mobile Technology Park",
      "China Mobility Group",
      "Technologie Digital Group",
      "Internationl Holdings",
      "Communication Group Company Limited",
      "China Construction Bank",
    ]) {
      expect(sightName(index, text), text).toEqual([]);
    }
  });
});
