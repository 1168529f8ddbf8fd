import type { Disguise } from "../model/report.js";
import { push } from "../util/multimap.js";
import { legalFormWords } from "./corporate-suffixes.js";
import { editDistance } from "./edit-distance.js";
import type { MatchTarget, NameMatch } from "./match.js";
import {
  invisiblesOf,
  type KeyedWord,
  keyedWords,
  lookalikeWord,
  visibleText,
} from "./skeleton.js";

/** A covered name or alias as the look-alike pass sees it: its words' keys, run together. */
export interface KeyedPattern {
  /** The keys of its words, joined: `huawel` for Huawei, `chlnarnobile` for China Mobile. */
  readonly compact: string;
  /** Its words plainly folded and joined, to tell which characters a disguise swapped. */
  readonly plain: string;
  readonly words: number;
  readonly exact: boolean;
  /** Whether a near miss of it counts (not for exact names, nor where the policy opts out). */
  readonly nearMiss: boolean;
  readonly target: MatchTarget;
}

/** Covered names by look-alike key, and by halves for near misses. */
export interface LookalikeIndex {
  readonly byCompact: ReadonlyMap<string, readonly KeyedPattern[]>;
  /** Near-miss candidates by length and an exact half (see `halfKeys`). */
  readonly byHalf: ReadonlyMap<string, readonly KeyedPattern[]>;
  readonly longest: number;
}

// One edit (an insertion, deletion, substitution or swap of neighbours) leaves one half of a name
// untouched: the first half when the edit is in the second, the last half when it is in the
// first; a swap across the middle leaves both halves but the two swapped letters. So a name one
// edit from a covered name shares one of these keys with it, for the covered name's length.
function halfKeys(length: number, text: string, sameLength: boolean): string[] {
  const half = length >> 1;
  const keys = [
    `${length}<${text.slice(0, half)}`,
    `${length}>${text.slice(text.length - (length - half))}`,
  ];
  if (sameLength) keys.push(`${length}=${text.slice(0, half - 1)}|${text.slice(half + 1)}`);
  return keys;
}

/** Names shorter than this (in key characters) have no near misses: `ZTE`, `DJI`, `Imou`. */
export const nearMissMinLength = 5;
// Run-together words never joined with more than this many neighbours (`H u a w e i` has 6).
const windowWords = 12;
// Words a covered name is commonly run together with, as in `huaweicloud-sdk-go`.
const compoundWords = [
  "cloud",
  "sdk",
  "api",
  "app",
  "apps",
  "tech",
  "technology",
  "technologies",
  "device",
  "devices",
  "mobile",
  "lab",
  "labs",
  "security",
  "global",
  "group",
  "net",
  "network",
  "networks",
  "digital",
  "japan",
  "usa",
  "china",
  "intl",
  "international",
  "software",
  "soft",
  "iot",
  "dev",
  "go",
  "js",
  "java",
  "python",
  "kit",
  "core",
  "service",
  "services",
  "systems",
  "robotics",
  "os",
  "ai",
  "consumer",
  "enterprise",
  "open",
].map(lookalikeWord);
const compoundSet = new Set(compoundWords);
const longCompounds = compoundWords.filter((word) => word.length >= 4);
const legalForms = new Set(legalFormWords.map(lookalikeWord));

/** Indexes keyed patterns made from the plainly folded words of covered names. */
export function buildLookalikeIndex(
  names: readonly {
    words: readonly string[];
    exact: boolean;
    nearMiss: boolean;
    target: MatchTarget;
  }[],
): LookalikeIndex {
  const byCompact = new Map<string, KeyedPattern[]>();
  const byHalf = new Map<string, KeyedPattern[]>();
  let longest = 0;
  for (const { words, exact, nearMiss, target } of names) {
    const compact = words.map(lookalikeWord).join("");
    if (compact.length === 0) continue;
    const pattern: KeyedPattern = {
      compact,
      plain: words.join(""),
      words: words.length,
      exact,
      nearMiss: nearMiss && !exact && compact.length >= nearMissMinLength,
      target,
    };
    push(byCompact, compact, pattern);
    longest = Math.max(longest, compact.length);
    if (pattern.nearMiss) {
      for (const key of halfKeys(compact.length, compact, true)) push(byHalf, key, pattern);
    }
  }
  return { byCompact, byHalf, longest };
}

function swappedLetters(written: string, pattern: KeyedPattern): string[] {
  const a = [...written];
  const b = [...pattern.plain];
  if (a.length !== b.length) return [...new Set(a.filter((ch) => !/[a-z0-9]/.test(ch)))];
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(`${a[i]}→${b[i]}`);
  return [...new Set(out)];
}

function disguiseOf(
  words: readonly KeyedWord[],
  from: number,
  to: number,
  pattern: KeyedPattern,
  removed: readonly string[],
  reordered: boolean,
  compound: boolean,
): Disguise {
  const written = words
    .slice(from, to + 1)
    .map((word) => word.plain)
    .join("");
  const swapped = swappedLetters(
    compound ? written.slice(0, pattern.plain.length) : written,
    pattern,
  );
  const kinds: Disguise["kinds"] = [];
  if (swapped.length > 0) kinds.push("confusable");
  if (removed.length > 0) kinds.push("invisible");
  if (reordered) kinds.push("reordered");
  if (to > from && to - from + 1 !== pattern.words) kinds.push("spacing");
  // Nothing swapped, hidden or spaced: the plain pass missed it for a case change inside a word.
  if (compound || kinds.length === 0) kinds.push("compound");
  return {
    kinds,
    ...(swapped.length > 0 ? { swapped } : {}),
    ...(removed.length > 0 ? { removed: [...removed] } : {}),
  };
}

/** Whether the words outside `from..to` are all legal forms (for names that must match whole). */
function wholeName(words: readonly KeyedWord[], from: number, to: number): boolean {
  for (let i = 0; i < from; i++) if (!legalForms.has((words[i] as KeyedWord).key)) return false;
  for (let i = to + 1; i < words.length; i++)
    if (!legalForms.has((words[i] as KeyedWord).key)) return false;
  return true;
}

/** The look-alike key words of a text as seen, with what seeing it undid. */
export interface SeenText {
  readonly words: readonly KeyedWord[];
  readonly removed: readonly string[];
  readonly reordered: boolean;
}

/** Reads a text for the look-alike and near-miss passes. */
export function seeText(text: string): SeenText {
  return {
    words: keyedWords(visibleText(text)),
    removed: invisiblesOf(text),
    reordered: text.includes("\u202e"),
  };
}

/** Covered names found in a text once its look-alikes, invisibles and spacing are undone. */
export function findLookalikes(index: LookalikeIndex, seen: SeenText): NameMatch[] {
  const { words, removed, reordered } = seen;
  const found: NameMatch[] = [];
  for (let from = 0; from < words.length; from++) {
    let compact = "";
    for (let to = from; to < words.length && to < from + windowWords; to++) {
      compact += (words[to] as KeyedWord).key;
      if (compact.length > index.longest) break;
      for (const pattern of index.byCompact.get(compact) ?? []) {
        if (pattern.exact && !wholeName(words, from, to)) continue;
        const disguise = disguiseOf(words, from, to, pattern, removed, reordered, false);
        found.push({ target: pattern.target, via: "look-alike", disguise });
      }
    }
    const word = (words[from] as KeyedWord).key;
    for (let length = nearMissMinLength; length < word.length; length++) {
      const rest = word.slice(length);
      if (!compoundSet.has(rest) && !longCompounds.some((part) => rest.startsWith(part))) continue;
      for (const pattern of index.byCompact.get(word.slice(0, length)) ?? []) {
        if (pattern.exact) continue;
        const disguise = disguiseOf(words, from, from, pattern, removed, reordered, true);
        found.push({ target: pattern.target, via: "look-alike", disguise });
      }
    }
  }
  return found;
}

/** Covered names one edit (insertion, deletion, substitution or swap) away from words of a text. */
export function findNearMisses(index: LookalikeIndex, seen: SeenText): NameMatch[] {
  const { words } = seen;
  const found: NameMatch[] = [];
  for (let from = 0; from < words.length; from++) {
    let compact = "";
    for (let to = from; to < words.length && to < from + 3; to++) {
      compact += (words[to] as KeyedWord).key;
      if (compact.length > index.longest + 1) break;
      if (compact.length < nearMissMinLength - 1) continue;
      for (let length = compact.length - 1; length <= compact.length + 1; length++) {
        if (length < nearMissMinLength) continue;
        for (const key of halfKeys(length, compact, length === compact.length)) {
          for (const pattern of index.byHalf.get(key) ?? []) {
            if (editDistance(compact, pattern.compact, 1) !== 1) continue;
            const similarity = 1 - 1 / Math.max(compact.length, pattern.compact.length);
            found.push({
              target: pattern.target,
              via: "near-miss",
              similarity: Math.round(similarity * 1000) / 1000,
            });
          }
        }
      }
    }
  }
  return found;
}
