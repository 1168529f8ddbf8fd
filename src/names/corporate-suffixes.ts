import { foldText } from "./normalize.js";

// Legal-form words that say nothing about who a company is. Matched as whole trailing tokens.
const latinSuffixes = [
  "co",
  "company",
  "corp",
  "corporation",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "llc",
  "plc",
  "gmbh",
  "ag",
  "sa",
  "bv",
  "nv",
  "kk",
  "oy",
  "ab",
  "pte",
  "pty",
  "srl",
  "spa",
  "lp",
  "llp",
];
// Russian legal forms, written before the name: АО «Лаборатория Касперского».
const cyrillicPrefixes = ["ао", "оао", "зао", "пао", "ооо"];
// CJK legal forms, longest first, removed where they start or end a CJK run.
const cjkForms = [
  "股份有限公司",
  "有限责任公司",
  "有限責任公司",
  "有限公司",
  "株式会社",
  "有限会社",
  "合同会社",
].map((form) => foldText(form));

/** Legal-form words, Latin and Cyrillic, as folded tokens. */
export const legalFormWords: readonly string[] = [...latinSuffixes, ...cyrillicPrefixes];

const latinSet = new Set(latinSuffixes);
const cyrillicSet = new Set(cyrillicPrefixes);

/** Drops legal-form words from the ends of a token list: `huawei technologies co ltd` → `huawei technologies`. */
export function stripLegalForms(tokens: readonly string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (end - start > 1 && latinSet.has(tokens[end - 1] as string)) end--;
  while (end - start > 1 && cyrillicSet.has(tokens[start] as string)) start++;
  return tokens.slice(start, end);
}

/** Drops CJK legal forms from the start and end of a run: `华为技术有限公司` → `华为技术`. */
export function stripCjkLegalForms(run: string): string {
  let out = run;
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of cjkForms) {
      if (out.length > form.length && out.endsWith(form)) {
        out = out.slice(0, -form.length);
        changed = true;
      } else if (out.length > form.length && out.startsWith(form)) {
        out = out.slice(form.length);
        changed = true;
      }
    }
  }
  return out;
}
