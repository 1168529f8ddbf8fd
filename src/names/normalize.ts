/**
 * A name reduced for matching: Latin, Cyrillic and other word tokens, and the runs of CJK
 * characters (Han, kana, Hangul) it contains. Corporate suffixes are not removed here.
 */
export interface NormalizedName {
  tokens: readonly string[];
  cjk: readonly string[];
}

// Marks to drop after decomposition: every combining mark except the kana voicing marks, which
// compose back into the kana they follow (バ = ハ + U+3099).
const combiningMarks = /(?![\u3099\u309a])\p{M}/gu;
// Invisible format characters (soft hyphen, zero-width space and joiners, word joiner, BOM,
// direction marks): they must not split "Hua\u00ADwei" into two words.
const formatCharacters = /\p{Cf}/gu;
// NFKC turns a spacing voicing mark (゛, ﾞ) into a space and a combining mark; rejoin them.
const spacedVoicing = /\s+([\u3099\u309a])/g;
const cjkChar =
  /[\u3040-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u31f0-\u31ff]/u;
const wordChar = /[\p{L}\p{N}]/u;
const asciiWord = /^[a-z0-9 ]*$/;
// Text that NFKC, case folding and mark removal leave as plain lower-case ASCII.
const printableAscii = /^[\t\n\r\x20-\x7e]*$/;
const asciiToken = /[a-z0-9]+/g;

/**
 * Folds case and compatibility forms: NFKC, lower case, invisible format characters and
 * diacritics removed, kana voicing marks composed (so `ﾊﾞｲﾄﾀﾞﾝｽ` is `バイトダンス`).
 */
export function foldText(text: string): string {
  const folded = text.normalize("NFKC").toLowerCase();
  if (asciiWord.test(folded)) return folded;
  // Voicing marks are rejoined after the other marks go: a mark between a space and a voicing
  // mark would otherwise keep them apart until a second fold.
  return folded
    .replace(formatCharacters, "")
    .normalize("NFD")
    .replace(combiningMarks, "")
    .replace(spacedVoicing, "$1")
    .normalize("NFC");
}

/**
 * Splits a name into word tokens and CJK runs. Punctuation and spaces separate words; between
 * CJK characters they are dropped, so `ファーウェイ・ジャパン` is one run.
 */
export function normalizeName(text: string): NormalizedName {
  if (printableAscii.test(text))
    return { tokens: text.toLowerCase().match(asciiToken) ?? [], cjk: [] };
  const folded = foldText(text);
  const tokens: string[] = [];
  const cjk: string[] = [];
  let word = "";
  let run = "";
  for (const ch of folded) {
    if (cjkChar.test(ch)) {
      if (word) tokens.push(word);
      word = "";
      run += ch;
    } else if (wordChar.test(ch)) {
      if (run) cjk.push(run);
      run = "";
      // An apostrophe-free word: "o'neil" becomes "o", "neil"; that is fine for company names.
      word += ch;
    } else if (word) {
      tokens.push(word);
      word = "";
    }
  }
  if (word) tokens.push(word);
  if (run) cjk.push(run);
  return { tokens, cjk };
}
