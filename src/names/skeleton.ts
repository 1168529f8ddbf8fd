import { confusableCharacters, confusablePrototype } from "./confusables.js";

// Characters that show nothing or can be hidden in a name: default-ignorable code points (Hangul
// fillers U+115F, U+1160, U+3164, U+FFA0, zero-width characters, bidi controls, variation
// selectors), control characters (NUL), lone surrogates and the Braille blank.
const invisible = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}\u2800]/gu;
const rightToLeftOverride = "\u202e";
const popDirectionalFormatting = "\u202c";
const marks = /\p{M}/gu;

/** The invisible characters of a text, as `U+XXXX` labels (in order, repeated as they occur). */
export function invisiblesOf(text: string): string[] {
  return [...text.matchAll(invisible)].map(
    (match) =>
      `U+${(match[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * A text as a reader sees it: right-to-left overrides applied (U+202E reverses what follows it
 * up to U+202C), then every invisible character removed.
 */
export function visibleText(text: string): string {
  let shown = text;
  if (text.includes(rightToLeftOverride)) {
    const [head, ...overridden] = text.split(rightToLeftOverride);
    shown = head as string;
    for (const segment of overridden) {
      const end = segment.indexOf(popDirectionalFormatting);
      const reversed = end < 0 ? segment : segment.slice(0, end);
      shown += [...reversed].reverse().join("") + (end < 0 ? "" : segment.slice(end));
    }
  }
  return shown.replace(invisible, "");
}

type PrototypeOf = (ch: string) => string | undefined;

function prototypeOf(text: string, prototype: PrototypeOf): string {
  let out = "";
  for (const ch of text) out += prototype(ch) ?? ch;
  return out;
}

/**
 * The look-alike key of one character under a confusables table (the bundled part of it unless
 * a test passes the whole).
 * @internal
 */
export function keyUnder(ch: string, prototype: PrototypeOf): string {
  const bare = ch.normalize("NFKC").normalize("NFD").replace(marks, "");
  const once = prototypeOf(prototypeOf(bare, prototype).toLowerCase(), prototype);
  return prototypeOf(once.toUpperCase(), prototype)
    .toLowerCase()
    .normalize("NFD")
    .replace(marks, "");
}

const keyCache = new Map<string, string>();

/**
 * The look-alike key of one character: its confusables prototype, lower-cased and mapped
 * again, then the prototype of that in upper case, lower-cased, so that `I`, `l`, `1` and `i` share a key as they share a look in
 * one case or the other; `Н` (Cyrillic) and `Η` (Greek) are `h`; `0` is `o`; `m` is `rn`.
 * Where a letter's two cases reach different keys (`К` → `k` but `к` → `ĸ`), see `caseMerges`.
 */
export function lookalikeKey(ch: string): string {
  let key = keyCache.get(ch);
  if (key === undefined) {
    key = "";
    for (const part of keyUnder(ch, confusablePrototype)) key += caseMerges().get(part) ?? part;
    keyCache.set(ch, key);
  }
  return key;
}

let merges: Map<string, string> | undefined;

/**
 * Keys a letter's two cases would otherwise not share: a lower-case letter whose prototype is a
 * small capital or another non-Latin shape (`к` → `ĸ`, `н` → `ʜ`, `т` → `ᴛ`) while its capital
 * is a Latin letter (`К` → `k`). That shape then keys as the Latin letter, so `Касперский` and
 * `касперский` share a key, and so do `ĸ` and `к`. Built once, from the confusables data.
 */
function caseMerges(): ReadonlyMap<string, string> {
  if (merges) return merges;
  merges = new Map();
  for (const ch of confusableCharacters()) {
    const capital = ch.toUpperCase();
    if (capital === ch || [...capital].length !== 1) continue;
    const small = keyUnder(ch, confusablePrototype);
    if ([...small].length !== 1 || /^[a-z0-9]$/.test(small) || merges.has(small)) continue;
    const latin = keyUnder(capital, confusablePrototype);
    if (/^[a-z0-9]$/.test(latin)) merges.set(small, latin);
  }
  return merges;
}

/** The look-alike key of a word: each character's key, in order. */
export function lookalikeWord(word: string): string {
  let out = "";
  for (const ch of word) out += lookalikeKey(ch);
  return out;
}

/** The near key of a word (see `KeyedWord.near`). */
export function nearWord(word: string): string {
  let out = "";
  for (const ch of word) {
    const key = lookalikeKey(ch);
    out += [...key].length === 1 ? key : ch.toLowerCase();
  }
  return out;
}

/** A word of a name in the look-alike pass: its key and its plainly folded spelling. */
export interface KeyedWord {
  readonly key: string;
  readonly plain: string;
  /**
   * Its key with one character per character written (a character whose key is longer, as
   * `m` → `rn`, stays as written), for counting typos: `Kaspersmy` is one edit from `Kaspersky`.
   */
  readonly near: string;
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const latinKey = /^[a-z0-9]+$/;
const upper = /\p{Lu}/u;
const lower = /\p{Ll}/u;
const cjk = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/**
 * Whether a character is read as part of a word: a letter or digit that is not CJK (matched
 * elsewhere), or any other character that imitates Latin letters or digits (`₭`, `℮`, `〇`, `|`).
 */
function readAsLetter(ch: string): boolean {
  if (letterOrDigit.test(ch) && !cjk.test(ch)) return true;
  return latinKey.test(lookalikeKey(ch));
}

/**
 * Splits a visible text into words for the look-alike pass: at punctuation, spaces, CJK
 * characters and case changes inside a word (`HuaweiCloud` → `Huawei`, `Cloud`), each word
 * keyed by `lookalikeKey`.
 */
export function keyedWords(visible: string): KeyedWord[] {
  if (isAscii(visible)) return asciiKeyedWords(visible);
  const words: KeyedWord[] = [];
  let key = "";
  let plain = "";
  let near = "";
  let lastLower = false;
  const flush = () => {
    if (key) words.push({ key, plain, near });
    key = "";
    plain = "";
    near = "";
  };
  for (const ch of visible.normalize("NFKC").normalize("NFD").replace(marks, "")) {
    if (!readAsLetter(ch)) {
      flush();
      lastLower = false;
      continue;
    }
    if (lastLower && upper.test(ch)) flush();
    lastLower = lower.test(ch);
    key += lookalikeKey(ch);
    plain += ch.toLowerCase();
    near += nearWord(ch);
  }
  flush();
  return words;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether a text is all printable ASCII (U+0020 to U+007E): no invisible, control or
 * reordering characters, so it reads as written.
 */
export function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** What `keyedWords` reads of one ASCII character (NFKC, NFD and mark removal leave ASCII as it is). */
interface AsciiReading {
  readonly letter: boolean;
  readonly upper: boolean;
  readonly lower: boolean;
  readonly key: string;
  readonly plain: string;
  readonly near: string;
}

let asciiReadings: readonly AsciiReading[] | undefined;

function readingsOfAscii(): readonly AsciiReading[] {
  asciiReadings ??= Array.from({ length: 128 }, (_, code) => {
    const ch = String.fromCharCode(code);
    return {
      letter: readAsLetter(ch),
      upper: upper.test(ch),
      lower: lower.test(ch),
      key: lookalikeKey(ch),
      plain: ch.toLowerCase(),
      near: nearWord(ch),
    };
  });
  return asciiReadings;
}

/**
 * `keyedWords` of an ASCII text, each character read from a table made by the general rules. A
 * word's plain spelling is its slice lower-cased; its key and near key copy that spelling except
 * at the few characters whose reading differs (`m` → `rn`, `1` → `l`), so a word costs a few
 * strings, not three per character.
 */
export function asciiKeyedWords(visible: string): KeyedWord[] {
  const readings = readingsOfAscii();
  const words: KeyedWord[] = [];
  let start = -1;
  let lastLower = false;
  for (let i = 0; i < visible.length; i++) {
    const reading = readings[visible.charCodeAt(i)] as AsciiReading;
    if (start >= 0 && (!reading.letter || (lastLower && reading.upper))) {
      words.push(asciiWord(visible, start, i, readings));
      start = -1;
    }
    if (!reading.letter) {
      lastLower = false;
      continue;
    }
    if (start < 0) start = i;
    lastLower = reading.lower;
  }
  if (start >= 0) words.push(asciiWord(visible, start, visible.length, readings));
  return words;
}

function asciiWord(
  visible: string,
  start: number,
  end: number,
  readings: readonly AsciiReading[],
): KeyedWord {
  const plain = visible.slice(start, end).toLowerCase();
  let key = "";
  let keyFrom = 0;
  let near = "";
  let nearFrom = 0;
  for (let i = 0; i < plain.length; i++) {
    const reading = readings[visible.charCodeAt(start + i)] as AsciiReading;
    if (reading.key !== reading.plain) {
      key += plain.slice(keyFrom, i) + reading.key;
      keyFrom = i + 1;
    }
    if (reading.near !== reading.plain) {
      near += plain.slice(nearFrom, i) + reading.near;
      nearFrom = i + 1;
    }
  }
  return {
    key: keyFrom === 0 ? plain : key + plain.slice(keyFrom),
    plain,
    near: nearFrom === 0 ? plain : near + plain.slice(nearFrom),
  };
}
