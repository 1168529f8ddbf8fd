// Near misses: covered names one edit (an insertion, deletion, substitution or swap of
// neighbours) from a run of whole words of a text, found by walking a trie of the covered names
// with the edit-distance table of the text, one band of three cells per letter (only cells
// within one edit of the diagonal can stay within one edit). A text is read from each word on;
// the walk leaves a branch as soon as no cell of its band is within one edit, so it visits a few
// nodes per word whatever the number of covered names. Before walking from a word, the trie's
// entries (each name's first and last letters, with its length) tell whether any name can start
// there at all: most words of names that match nothing are skipped without a walk.

import { push } from "../util/multimap.js";

/** A node of the trie: the next letters (in parallel arrays), and the values of the names ending here. */
interface TrieNode<T> {
  readonly letters: string[];
  readonly children: TrieNode<T>[];
  ends: T[] | undefined;
}

/** Covered names' near keys in a trie, for `nearMisses`. */
export interface NearMissTrie<T> {
  readonly root: TrieNode<T>;
  /**
   * The root's children (their indexes) by the code point of their own letter and of each letter
   * that follows it: a name of two or more letters one edit from a text has the text's first or
   * second letter as its first or second.
   */
  readonly byLeadingLetter: ReadonlyMap<number, readonly number[]>;
  /** The length of the longest name, in characters. */
  readonly longest: number;
  /** Where a walk can find a name at all (see `mayStartAt`); `undefined` if some name is short. */
  readonly entries: Entries | undefined;
}

/**
 * The first letters and the last letters of every name, two of each for names of five or six
 * letters and three for longer ones, each with the name's length (hashed, so distinct entries may
 * share a hash: that only lets more texts through). A name within one edit of a run of words
 * keeps its first letters at the run's start or its last letters at the run's end: an edit
 * changes one letter, two neighbours (a swap) or the gap between two, and at least one letter
 * lies between the two ends, so no edit reaches both. The run is one letter longer or shorter
 * than the name at most.
 */
interface Entries {
  readonly leading: ReadonlySet<number>;
  readonly trailing: ReadonlySet<number>;
}

// Names shorter than this can have one edit at both ends (a swap of the middle two of four).
const entryLength = 5;
// Names of this length or longer are entered by three letters at each end.
const longEntryLength = 7;

/** The hash of a name's length and its letters from `at` on (two, or three for long names). */
function entryOf(codes: readonly number[], at: number, length: number): number {
  let mixed = Math.imul(length, 0x9e3779b1) ^ (codes[at] as number);
  mixed = Math.imul(mixed, 0x85ebca6b) ^ (codes[at + 1] as number);
  if (length >= longEntryLength) mixed = Math.imul(mixed, 0x85ebca6b) ^ (codes[at + 2] as number);
  mixed = Math.imul(mixed ^ (mixed >>> 15), 0xc2b2ae35);
  // A small integer, for a cheap set.
  return (mixed ^ (mixed >>> 13)) & 0x3fffffff;
}

/** The entries of names given by their letters' code points; `undefined` if some name is short. */
function entriesOf(names: readonly (readonly number[])[]): Entries | undefined {
  const leading = new Set<number>();
  const trailing = new Set<number>();
  for (const codes of names) {
    const length = codes.length;
    if (length < entryLength) return undefined;
    const ends = length >= longEntryLength ? 3 : 2;
    leading.add(entryOf(codes, 0, length));
    trailing.add(entryOf(codes, length - ends, length));
  }
  return { leading, trailing };
}

/**
 * Whether a name of the trie can be within one edit of a run of words from letter `at` on, the
 * text given by its letters' code points and `lastWord` (where words end, as in `nearMisses`): a
 * start failing this is skipped without a walk.
 */
function mayStartAt(
  entries: Entries,
  codes: readonly number[],
  lastWord: readonly number[],
  at: number,
  longest: number,
): boolean {
  for (let end = at + 1; end <= codes.length && end - at <= longest + 1; end++) {
    if ((lastWord[end] as number) < 0) continue;
    const run = end - at;
    for (let length = Math.max(run - 1, entryLength); length <= run + 1; length++) {
      const ends = length >= longEntryLength ? 3 : 2;
      // The run holds length - 1 letters at least, so both ends' letters are within it.
      if (run < ends) continue;
      if (entries.leading.has(entryOf(codes, at, length))) return true;
      if (entries.trailing.has(entryOf(codes, end - ends, length))) return true;
    }
  }
  return false;
}

/** A value whose name is within one edit of a run of whole words of a text. */
export interface NearMissHit<T> {
  readonly value: T;
  /** 0 or 1. */
  readonly edits: number;
  /** The length of the name and of the words it was compared with, whichever is longer. */
  readonly length: number;
  /** The indexes of the first and last words it was compared with. */
  readonly from: number;
  readonly to: number;
}

/** Builds the trie of `names` (each name a string of near keys, mapped to a value). */
export function buildNearMissTrie<T>(
  names: Iterable<{ readonly text: string; readonly value: T }>,
): NearMissTrie<T> {
  const root: TrieNode<T> = { letters: [], children: [], ends: undefined };
  let longest = 0;
  const codes: number[][] = [];
  for (const { text, value } of names) {
    codes.push([...text].map((ch) => ch.codePointAt(0) as number));
    let node = root;
    for (const ch of text) {
      const at = node.letters.indexOf(ch);
      if (at >= 0) node = node.children[at] as TrieNode<T>;
      else {
        const child: TrieNode<T> = { letters: [], children: [], ends: undefined };
        node.letters.push(ch);
        node.children.push(child);
        node = child;
      }
    }
    if (node.ends) node.ends.push(value);
    else node.ends = [value];
    longest = Math.max(longest, [...text].length);
  }
  const byLeadingLetter = new Map<number, number[]>();
  root.children.forEach((child, i) => {
    for (const letter of new Set([root.letters[i] as string, ...child.letters])) {
      push(byLeadingLetter, letter.codePointAt(0) as number, i);
    }
  });
  return { root, byLeadingLetter, longest, entries: entriesOf(codes) };
}

// A cell more than one edit away.
const far = 2;

/**
 * Whether `nearMisses` would walk from word `i` at all: whether the trie has a name beginning
 * with the word's first letter or with the letter after it (in the word or the next one), or
 * having either second. Words are never empty.
 */
function startsSomeWalk<T>(trie: NearMissTrie<T>, words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  const first = word.codePointAt(0) as number;
  if (trie.byLeadingLetter.has(first)) return true;
  const width = first > 0xffff ? 2 : 1;
  const second = word.length > width ? word.codePointAt(width) : words[i + 1]?.codePointAt(0);
  return second !== undefined && trie.byLeadingLetter.has(second);
}

/**
 * Every name of the trie within one edit of a run of whole words `words[from..to]` joined (each
 * word given by its near key), once per such run: a name never matches part of a word.
 */
export function nearMisses<T>(trie: NearMissTrie<T>, words: readonly string[]): NearMissHit<T>[] {
  // Most texts have no word a walk would start from: settled before any table is made.
  let walks = false;
  for (let i = 0; i < words.length && !walks; i++) walks = startsSomeWalk(trie, words, i);
  if (!walks) return [];
  // The text's characters (code points), as numbers and, once a walk needs them, as strings.
  const codes: number[] = [];
  let text: string[] = [];
  const starts: number[] = [];
  // lastWord[i]: the index of the word ending after i characters, or -1.
  const lastWord: number[] = [-1];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    starts.push(codes.length);
    for (let k = 0; k < word.length; k++) {
      const code = word.codePointAt(k) as number;
      if (code > 0xffff) k++;
      codes.push(code);
      lastWord.push(-1);
    }
    lastWord[codes.length] = i;
  }
  const { entries } = trie;
  const hits: NearMissHit<T>[] = [];
  let from = 0;
  let at = 0;
  let size = 0;
  const cost = (letter: string, j: number) => (letter === text[at + j - 1] ? 0 : 1);
  const swapped = (letter: string, before: string, j: number) =>
    j >= 2 && letter === text[at + j - 2] && before === text[at + j - 1];
  const hit = (values: readonly T[], edits: number, j: number, depth: number) => {
    const to = lastWord[at + j] as number;
    if (to < 0) return;
    const length = Math.max(depth, j);
    for (const value of values) hits.push({ value, edits, length, from, to });
  };
  // The band of a depth is three cells of the edit-distance table, for j = depth - 1, depth and
  // depth + 1 letters of the text; `p*` is the band of the depth above, `o*` the one above that.
  const walk = (
    node: TrieNode<T>,
    depth: number,
    letter: string,
    before: string,
    p0: number,
    p1: number,
    p2: number,
    o0: number,
    o1: number,
    o2: number,
  ): void => {
    let j = depth - 1;
    let c0 = far;
    if (j <= size) {
      c0 = Math.min(j === 0 ? depth : far, p1 + 1);
      if (j >= 1) c0 = Math.min(c0, p0 + cost(letter, j));
      if (depth >= 2 && swapped(letter, before, j)) c0 = Math.min(c0, o0 + 1);
      if (c0 > far) c0 = far;
    }
    j = depth;
    let c1 = far;
    if (j <= size) {
      c1 = Math.min(p2 + 1, c0 + 1, p1 + cost(letter, j));
      if (depth >= 2 && swapped(letter, before, j)) c1 = Math.min(c1, o1 + 1);
      if (c1 > far) c1 = far;
    }
    j = depth + 1;
    let c2 = far;
    if (j <= size) {
      c2 = Math.min(c1 + 1, p2 + cost(letter, j));
      if (depth >= 2 && swapped(letter, before, j)) c2 = Math.min(c2, o2 + 1);
      if (c2 > far) c2 = far;
    }
    if (node.ends) {
      if (c0 < far) hit(node.ends, c0, depth - 1, depth);
      if (c1 < far) hit(node.ends, c1, depth, depth);
      if (c2 < far) hit(node.ends, c2, depth + 1, depth);
    }
    if (c0 >= far && c1 >= far && c2 >= far) return;
    const { letters, children } = node;
    for (let i = 0; i < letters.length; i++) {
      const child = children[i] as TrieNode<T>;
      walk(child, depth + 1, letters[i] as string, letter, c0, c1, c2, p0, p1, p2);
    }
  };
  const { letters, children } = trie.root;
  for (from = 0; from < words.length; from++) {
    at = starts[from] as number;
    size = Math.min(codes.length - at, trie.longest + 1);
    const first = trie.byLeadingLetter.get(codes[at] as number) ?? [];
    const second = size >= 2 ? (trie.byLeadingLetter.get(codes[at + 1] as number) ?? []) : [];
    if (first.length === 0 && second.length === 0) continue;
    if (entries && !mayStartAt(entries, codes, lastWord, at, trie.longest)) continue;
    if (text.length === 0) text = codes.map((code) => String.fromCodePoint(code));
    // Words are never empty, so the band of depth 0 is cells j = -1 (none), 0 and 1 of the
    // table's first row: 0 and 1 edits.
    const start = (i: number) =>
      walk(children[i] as TrieNode<T>, 1, letters[i] as string, "", far, 0, 1, far, far, far);
    for (const i of first) start(i);
    for (const i of second) if (!first.includes(i)) start(i);
  }
  return hits;
}
