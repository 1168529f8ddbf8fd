import type { Disguise } from "../model/report.js";
import { push } from "../util/multimap.js";
import { businessWords, compoundWords } from "./company-words.js";
import { legalFormWords } from "./corporate-suffixes.js";
import type { MatchTarget, NameMatch } from "./match.js";
import { buildNearMissTrie, type NearMissTrie, nearMisses } from "./near-miss.js";
import {
  asciiKeyedWords,
  invisiblesOf,
  isPrintableAscii,
  type KeyedWord,
  keyedWords,
  lookalikeWord,
  nearWord,
  visibleText,
} from "./skeleton.js";

/** A covered name or alias as the look-alike pass sees it: its words' keys, run together. */
export interface KeyedPattern {
  /** The keys of its words, joined: `huawel` for Huawei, `chlnarnobile` for China Mobile. */
  readonly compact: string;
  /** Its words plainly folded and joined, to tell which characters a disguise swapped. */
  readonly plain: string;
  /** Its words' near keys, joined (see `KeyedWord.near`): `chlnamobile` for China Mobile. */
  readonly near: string;
  readonly words: number;
  readonly exact: boolean;
  /** Whether a near miss of it counts (not for exact names, nor where the policy opts out). */
  readonly nearMiss: boolean;
  readonly target: MatchTarget;
}

/** Covered names by look-alike key, and in a trie for near misses. */
export interface LookalikeIndex {
  readonly byCompact: ReadonlyMap<string, readonly KeyedPattern[]>;
  /** Every beginning of a key in `byCompact`, so that runs of words stop where no name can. */
  readonly prefixes: ReadonlySet<string>;
  /** The near keys of the names that can have near misses. */
  readonly nearMisses: NearMissTrie<KeyedPattern>;
}

/** Names shorter than this (in letters) have no near misses: `ZTE`, `DJI`, `Imou`. */
export const nearMissMinLength = 5;
interface WordKeys {
  readonly compounds: ReadonlySet<string>;
  readonly longCompounds: readonly string[];
  readonly legalForms: ReadonlySet<string>;
  readonly businessWords: ReadonlySet<string>;
}

let wordKeys: WordKeys | undefined;

/** The look-alike keys of the word lists, made when first needed (not when the module loads). */
function keysOfWords(): WordKeys {
  if (wordKeys) return wordKeys;
  const compounds = compoundWords.map(lookalikeWord);
  const legalForms = legalFormWords.map(lookalikeWord);
  wordKeys = {
    compounds: new Set(compounds),
    longCompounds: compounds.filter((word) => word.length >= 4),
    legalForms: new Set(legalForms),
    businessWords: new Set([...compounds, ...legalForms, ...businessWords.map(lookalikeWord)]),
  };
  return wordKeys;
}

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
  const prefixes = new Set<string>();
  const nearMisses: { text: string; value: KeyedPattern }[] = [];
  for (const { words, exact, nearMiss, target } of names) {
    const compact = words.map(lookalikeWord).join("");
    if (compact.length === 0) continue;
    const near = words.map(nearWord).join("");
    const pattern: KeyedPattern = {
      compact,
      plain: words.join(""),
      near,
      words: words.length,
      exact,
      nearMiss: nearMiss && !exact && [...near].length >= nearMissMinLength,
      target,
    };
    push(byCompact, compact, pattern);
    for (let end = 1; end <= compact.length; end++) prefixes.add(compact.slice(0, end));
    if (pattern.nearMiss) nearMisses.push({ text: near, value: pattern });
  }
  return { byCompact, prefixes, nearMisses: buildNearMissTrie(nearMisses) };
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

/** Whether a run of keys is nothing but legal forms, however spaced: `corp`, `co ltd`, `l t d`. */
function onlyLegalForms(keys: string): boolean {
  // reachable[i]: keys.slice(0, i) is a sequence of legal forms.
  const reachable = [true];
  for (let end = 1; end <= keys.length; end++) {
    reachable[end] = false;
    for (let start = 0; start < end && !reachable[end]; start++) {
      reachable[end] =
        reachable[start] === true && keysOfWords().legalForms.has(keys.slice(start, end));
    }
  }
  return reachable[keys.length] === true;
}

/** Whether the words outside `from..to` are all legal forms (for names that must match whole). */
function wholeName(words: readonly KeyedWord[], from: number, to: number): boolean {
  const keys = (start: number, end: number) =>
    words
      .slice(start, end)
      .map((word) => word.key)
      .join("");
  return onlyLegalForms(keys(0, from)) && onlyLegalForms(keys(to + 1, words.length));
}

/** The look-alike key words of a text as seen, with what seeing it undid. */
export interface SeenText {
  readonly words: readonly KeyedWord[];
  readonly removed: readonly string[];
  readonly reordered: boolean;
}

const nothingRemoved: readonly string[] = [];

/** Reads a text for the look-alike and near-miss passes. */
export function seeText(text: string): SeenText {
  // Printable ASCII holds no invisible or reordering characters: it is seen as written.
  if (isPrintableAscii(text)) {
    return { words: asciiKeyedWords(text), removed: nothingRemoved, reordered: false };
  }
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
    for (let to = from; to < words.length; to++) {
      compact += (words[to] as KeyedWord).key;
      if (!index.prefixes.has(compact)) break;
      for (const pattern of index.byCompact.get(compact) ?? []) {
        if (pattern.exact && !wholeName(words, from, to)) continue;
        const disguise = disguiseOf(words, from, to, pattern, removed, reordered, false);
        found.push({ target: pattern.target, via: "look-alike", disguise });
      }
    }
    const word = (words[from] as KeyedWord).key;
    for (let length = nearMissMinLength; length < word.length; length++) {
      const head = word.slice(0, length);
      // No longer head can be a covered name's key either.
      if (!index.prefixes.has(head)) break;
      const patterns = index.byCompact.get(head);
      if (!patterns) continue;
      const rest = word.slice(length);
      const { compounds, longCompounds } = keysOfWords();
      if (!compounds.has(rest) && !longCompounds.some((part) => rest.startsWith(part))) continue;
      for (const pattern of patterns) {
        if (pattern.exact) continue;
        const disguise = disguiseOf(words, from, from, pattern, removed, reordered, true);
        found.push({ target: pattern.target, via: "look-alike", disguise });
      }
    }
  }
  return found;
}

// A near miss of a name shorter than this (`Lorex`, `Weixin`) counts only where the text's other
// words are words of company names: `Lorez Security` and `Huawen Cables` are reviews, but
// `Loren West` and `Weilin Shi` (authors of npm packages) are people.
const shortNearMiss = 7;

function onlyBusinessWords(words: readonly KeyedWord[], from: number, to: number): boolean {
  const { businessWords } = keysOfWords();
  for (let i = 0; i < words.length; i++) {
    if (i < from || i > to) if (!businessWords.has((words[i] as KeyedWord).key)) return false;
  }
  return true;
}

/** Covered names one edit (insertion, deletion, substitution or swap) from runs of words of a text. */
export function findNearMisses(index: LookalikeIndex, seen: SeenText): NameMatch[] {
  const { words } = seen;
  const near = words.map((word) => word.near);
  const found: NameMatch[] = [];
  for (const { value, edits, length, from, to } of nearMisses(index.nearMisses, near)) {
    if (value.near.length < shortNearMiss && !onlyBusinessWords(words, from, to)) continue;
    found.push({
      target: value.target,
      via: "near-miss",
      similarity: Math.round((1 - edits / length) * 1000) / 1000,
    });
  }
  return found;
}
