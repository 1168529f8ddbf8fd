// A labelled set of names, generated with a fixed seed: disguises and one-edit typos of every
// covered name and alias of the bundled catalogue, in every script it is written in, and real
// companies that are not covered.
import confusables from "unhomoglyph/data.json";
import type { Entity } from "../../src/model/entity.js";
import { lookalikeKey } from "../../src/names/skeleton.js";
import { bundledEntities } from "../../src/registry/bundled-data.js";
import { parseCatalogue } from "../../src/registry/catalogue.js";
import { realCompanyNames } from "./real-company-names.js";

/** How a labelled name was made. */
export type NameKind =
  | "confusable"
  | "invisible"
  | "reordered"
  | "spacing"
  | "compound"
  | "typo"
  | "not-covered";

/** A name and what it should be found as: its entity, or `undefined` for a company not covered. */
export interface LabelledName {
  readonly text: string;
  readonly kind: NameKind;
  readonly entity: string | undefined;
}

/** mulberry32: a small seeded generator, so the set is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CoveredName {
  text: string;
  entity: string;
  nearMiss: boolean;
}

function coveredNames(entities: readonly Entity[]): CoveredName[] {
  const out: CoveredName[] = [];
  for (const entity of entities) {
    const off = entity.nearMiss === false;
    for (const name of [...entity.names, ...(entity.aliases ?? [])]) {
      out.push({
        text: name.text,
        entity: entity.id,
        nearMiss: !off && name.match !== "exact" && name.nearMiss !== false,
      });
    }
    for (const affiliate of entity.affiliates ?? []) {
      const affiliateOff = off || affiliate.nearMiss === false;
      out.push({
        text: affiliate.name,
        entity: entity.id,
        nearMiss: !affiliateOff && affiliate.match !== "exact",
      });
      for (const alias of affiliate.aliases ?? []) {
        out.push({
          text: alias.text,
          entity: entity.id,
          nearMiss: !affiliateOff && alias.match !== "exact",
        });
      }
    }
  }
  return out;
}

// Characters that look like each letter, from the same confusables data, grouped by key.
const lookalikes = new Map<string, string[]>();
for (const ch of Object.keys(confusables as Record<string, string>)) {
  if ([...ch].length !== 1 || /[\p{M}\p{C}\s]/u.test(ch)) continue;
  const key = lookalikeKey(ch);
  if ([...key].length !== 1) continue;
  const list = lookalikes.get(key) ?? [];
  list.push(ch);
  lookalikes.set(key, list);
}

const invisibles = ["\u3164", "\uFFA0", "\u115F", "\u2800", "\u0000", "\u200B", "\u00AD", "\uD800"];
const letter = /[\p{L}\p{N}]/u;
const cjk = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const latinLetters = "abcdefghijklmnopqrstuvwxyz";
const cyrillicLetters = "абвгдежзийклмнопрстуфхцчшщыэюя";

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

/** Positions of the letters of a name that are not CJK (the ones a look-alike or typo changes). */
function letterPositions(chars: readonly string[]): number[] {
  return chars.flatMap((ch, i) => (letter.test(ch) && !cjk.test(ch) ? [i] : []));
}

function confusable(next: () => number, text: string): string | undefined {
  const chars = [...text];
  const positions = letterPositions(chars).filter((i) =>
    (lookalikes.get(lookalikeKey(chars[i] as string)) ?? []).some((c) => c !== chars[i]),
  );
  if (positions.length === 0) return undefined;
  const swaps = 1 + Math.floor(next() * Math.min(2, positions.length));
  for (let n = 0; n < swaps; n++) {
    const i = pick(next, positions);
    const options = (lookalikes.get(lookalikeKey(chars[i] as string)) ?? []).filter(
      (c) => c !== chars[i],
    );
    chars[i] = pick(next, options);
  }
  return chars.join("");
}

function insertAt(text: string, at: number, piece: string): string {
  const chars = [...text];
  chars.splice(at, 0, piece);
  return chars.join("");
}

function spaced(next: () => number, text: string): string | undefined {
  const chars = [...text];
  if (chars.length < 2) return undefined;
  const words = text.split(/\s+/);
  // Inside one word: a separator between two of its letters, or between all of them.
  const word = words.find((w) => [...w].length >= 3 && [...w].every((c) => letter.test(c)));
  if (!word) return undefined;
  const separator = pick(next, [" ", ".", "-", " . ", "_", "·"]);
  const letters = [...word];
  const spacedWord =
    next() < 0.3
      ? letters.join(separator) + (separator === "." ? "." : "")
      : insertAt(word, 1 + Math.floor(next() * (letters.length - 1)), separator);
  return text.replace(word, spacedWord);
}

function typo(next: () => number, text: string): string | undefined {
  const chars = [...text];
  const positions = letterPositions(chars);
  if (positions.length < 5) return undefined;
  const i = pick(next, positions);
  const alphabet = /[а-яё]/iu.test(chars[i] as string) ? cyrillicLetters : latinLetters;
  const other = () => {
    let c = pick(next, [...alphabet]);
    while (c === (chars[i] as string).toLowerCase()) c = pick(next, [...alphabet]);
    return c;
  };
  switch (Math.floor(next() * 4)) {
    case 0:
      chars.splice(i, 1);
      break;
    case 1:
      chars.splice(i, 0, other());
      break;
    case 2:
      chars[i] = other();
      break;
    default: {
      const j = positions[positions.indexOf(i) + 1];
      if (j === undefined || j !== i + 1 || chars[j] === chars[i]) return undefined;
      [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
    }
  }
  return chars.join("");
}

/** The labelled names: at least 2,000, the same on every run. */
export function labelledNames(seed = 20261206): LabelledName[] {
  const next = random(seed);
  const entities = [...parseCatalogue(bundledEntities, true).values()];
  const out: LabelledName[] = [];
  const seen = new Set<string>();
  const add = (text: string | undefined, kind: NameKind, entity: string | undefined) => {
    if (text === undefined || seen.has(text)) return;
    seen.add(text);
    out.push({ text, kind, entity });
  };
  for (const { text, entity, nearMiss } of coveredNames(entities)) {
    const hasLetters = letterPositions([...text]).length > 0;
    for (let n = 0; n < 4 && hasLetters; n++) add(confusable(next, text), "confusable", entity);
    const chars = [...text];
    for (let n = 0; n < 3 && chars.length > 1; n++) {
      const at = 1 + Math.floor(next() * (chars.length - 1));
      add(insertAt(text, at, pick(next, invisibles)), "invisible", entity);
    }
    add(`\u202E${chars.reverse().join("")}`, "reordered", entity);
    for (let n = 0; n < 3; n++) add(spaced(next, text), "spacing", entity);
    const single = /^[\p{L}\p{N}]{5,}$/u.test(text) && !cjk.test(text);
    if (single && nearMiss) {
      add(`${text}Cloud`, "compound", entity);
      add(`${text.toLowerCase()}cloud-sdk-go`, "compound", entity);
    }
    for (let n = 0; n < 8 && nearMiss; n++) add(typo(next, text), "typo", entity);
  }
  for (const name of realCompanyNames) add(name, "not-covered", undefined);
  return out;
}
