// The near-miss trie skips a start of a text when no name's first or last letters (with its
// length) can be there. A wrong skip would be a missed review, so the filtered walk must find
// exactly what the unfiltered walk and a full edit-distance table find, on random texts built to
// land near the names, on the bundled names' near keys, and on the labelled set of disguises.
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/names/edit-distance.js";
import { sightName } from "../../src/names/entity-index.js";
import {
  buildLookalikeIndex,
  findNearMisses,
  type LookalikeIndex,
  seeText,
} from "../../src/names/lookalike-index.js";
import { buildNearMissTrie, type NearMissTrie, nearMisses } from "../../src/names/near-miss.js";
import { createRng, type Rng } from "../fuzz/rng.js";
import { bundledIndex } from "./bundled-index.js";
import { labelledNames } from "./labelled-names.js";

/** The same trie with its entries dropped: every start is walked. */
function unfiltered<T>(trie: NearMissTrie<T>): NearMissTrie<T> {
  return { ...trie, entries: undefined };
}

/** Every run of whole words within one edit of a name, by a full table per run and name. */
function byTable(names: readonly string[], words: readonly string[]): string[] {
  const found: string[] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from; to < words.length; to++) {
      const run = words.slice(from, to + 1).join("");
      for (const name of names) {
        const edits = editDistance(run, name, 1);
        if (edits <= 1) found.push(`${name}@${from}-${to}:${edits}`);
      }
    }
  }
  return [...new Set(found)].sort();
}

function walked(trie: NearMissTrie<string>, words: readonly string[]): string[] {
  const hits = nearMisses(trie, words).map(
    (hit) => `${hit.value}@${hit.from}-${hit.to}:${hit.edits}`,
  );
  return [...new Set(hits)].sort();
}

/** One random edit (insertion, deletion, substitution or swap of neighbours) of a text. */
function oneEdit(rng: Rng, text: string, alphabet: string): string {
  const at = rng.int(text.length);
  const letter = alphabet[rng.int(alphabet.length)] as string;
  switch (rng.int(4)) {
    case 0:
      return text.slice(0, at) + letter + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + letter + text.slice(at + 1);
    default:
      return at + 1 < text.length
        ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2)
        : text;
  }
}

/** Splits a text into words at random points (words are never empty). */
function split(rng: Rng, text: string): string[] {
  const words: string[] = [];
  let word = "";
  for (const ch of text) {
    word += ch;
    if (rng.float() < 0.25) {
      words.push(word);
      word = "";
    }
  }
  if (word) words.push(word);
  return words;
}

describe("the near-miss trie's entries (which starts can hold a name)", () => {
  it("skip no run a full table finds, on texts made near names of five letters or more", () => {
    const rng = createRng(20261206);
    const alphabet = "abcd";
    const word = (length: number) =>
      Array.from({ length }, () => alphabet[rng.int(alphabet.length)]).join("");
    let compared = 0;
    for (let round = 0; round < 40; round++) {
      const names = Array.from({ length: 1 + rng.int(12) }, () => word(5 + rng.int(6)));
      const trie = buildNearMissTrie(names.map((text) => ({ text, value: text })));
      expect(trie.entries).toBeDefined();
      for (let n = 0; n < 100; n++) {
        // Random text, or names and their one-edit variants among random words.
        const parts = Array.from({ length: 1 + rng.int(3) }, () =>
          rng.chance(0.6)
            ? oneEdit(rng, names[rng.int(names.length)] as string, alphabet)
            : word(1 + rng.int(6)),
        );
        const words = parts.flatMap((part) => (part ? split(rng, part) : []));
        const expected = byTable(names, words);
        expect(walked(trie, words), words.join(" ")).toEqual(expected);
        expect(walked(unfiltered(trie), words)).toEqual(expected);
        compared += expected.length;
      }
    }
    // The texts land on names often enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(1000);
  });

  it("are left out when a name is shorter than five letters (one edit can touch both ends)", () => {
    const trie = buildNearMissTrie(["abcd", "abcde"].map((text) => ({ text, value: text })));
    expect(trie.entries).toBeUndefined();
    // `acbd` is one swap from `abcd`: neither its first two nor its last two letters are kept.
    expect(walked(trie, ["acbd"])).toEqual(["abcd@0-0:1"]);
  });
});

describe("near misses of the bundled names, filtered and not", () => {
  const index = bundledIndex();
  const lookalike: LookalikeIndex = buildLookalikeIndex(index.keyed);
  const whole: LookalikeIndex = { ...lookalike, nearMisses: unfiltered(lookalike.nearMisses) };
  const nearKeys = [...lookalike.byCompact.values()]
    .flat()
    .filter((pattern) => pattern.nearMiss)
    .map((pattern) => pattern.near);
  const written = index.keyed.map((name) => name.words.join(" "));

  const same = (text: string) => {
    const seen = seeText(text);
    expect(findNearMisses(lookalike, seen), text).toEqual(findNearMisses(whole, seen));
  };

  it("has entries to filter with", () => {
    expect(lookalike.nearMisses.entries).toBeDefined();
    expect(nearKeys.length).toBeGreaterThan(50);
  });

  it("finds the same for thousands of seeded random names and edits of real names", () => {
    const rng = createRng(17);
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const syllables = ["hua", "wei", "zte", "kas", "per", "sky", "tek", "lin", "dor", "kai", "ra"];
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let text: string;
      const kind = rng.int(4);
      if (kind === 0) {
        text = Array.from({ length: 1 + rng.int(4) }, () =>
          Array.from({ length: 1 + rng.int(4) }, () => rng.pick(syllables)).join(""),
        ).join(" ");
      } else if (kind === 1) {
        text = oneEdit(rng, rng.pick(nearKeys), letters);
      } else if (kind === 2) {
        text = `${rng.pick(["Acme ", "", "Shenzhen "])}${oneEdit(rng, rng.pick(written), letters)}${rng.pick(["", " Co., Ltd.", " Inc"])}`;
      } else {
        text = split(rng, oneEdit(rng, rng.pick(nearKeys), letters)).join(rng.pick([" ", "-", ""]));
      }
      const seen = seeText(text);
      const filtered = findNearMisses(lookalike, seen);
      expect(filtered, text).toEqual(findNearMisses(whole, seen));
      if (filtered.length > 0) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("finds the same for every labelled name (disguises, typos, real companies)", () => {
    for (const { text } of labelledNames()) same(text);
  });

  it("leaves sightName's answers to typos as they were", () => {
    expect(sightName(index, "Huawai Technologies")[0]?.via).toBe("near-miss");
    expect(sightName(index, "Kaspersmy Lab")[0]?.target.entityId).toBe("kaspersky");
  });
});
