import type { IssuePath } from "../errors.js";
import { describeValue } from "../formats/describe-value.js";
import { type ImportLog, tolerate } from "../formats/import-log.js";
import { isVocabularyCategory, readCategory } from "./categories.js";
import { termKey } from "./term-key.js";

function isCanonical(categories: readonly string[]): boolean {
  for (const category of categories) if (!isVocabularyCategory(category)) return false;
  return new Set(categories).size === categories.length;
}

function sameTerm(value: string, categories: readonly string[]): boolean {
  return categories.length === 1 && termKey(value) === termKey(categories[0] as string);
}

/** A component's categories as rules see them, and the categories its misspelt values may mean. */
export interface ReadCategories {
  readonly categories: readonly string[];
  readonly slips?: readonly string[];
}

/**
 * A component's categories as rules see them: each read through the category vocabulary
 * (synonyms and spellings as their category, duplicates once, unknown values as written), with
 * a warning in `log` for each value read as something else and each unknown one. `at` gives the
 * component's path, asked for only when there is something to say.
 */
export function readCategories(
  categories: readonly string[],
  at: () => IssuePath,
  log: ImportLog,
): ReadCategories {
  if (isCanonical(categories)) return { categories };
  const read: string[] = [];
  const slips: string[] = [];
  categories.forEach((value, i) => {
    const reading = readCategory(value);
    for (const category of reading.categories.length > 0 ? reading.categories : [value]) {
      if (!read.includes(category)) read.push(category);
    }
    const path = () => [...at(), "categories", i];
    if (reading.categories.length > 0) {
      if (reading.categories.length === 1 && reading.categories[0] === value) return;
      const as = reading.categories.map((category) => `"${category}"`).join(" and ");
      tolerate(log, {
        code: "category_synonym",
        issue: "invalid_input",
        path: path(),
        message: `Category ${describeValue(value)} is ${sameTerm(value, reading.categories) ? "another spelling" : "a synonym"} of ${as} in the category vocabulary`,
        action: "read as the vocabulary's category",
      });
      return;
    }
    for (const category of reading.slipOf ?? [])
      if (!slips.includes(category)) slips.push(category);
    const closest = reading.closest
      ? `; the closest known category is "${reading.closest.category}"${reading.closest.term === reading.closest.category ? "" : ` (by "${reading.closest.term}")`}`
      : "";
    tolerate(log, {
      code: "unknown_category",
      issue: "invalid_input",
      path: path(),
      message: `Category ${describeValue(value)} is not in the category vocabulary${closest}`,
      action: reading.slipOf
        ? `kept as written; a rule asking for ${reading.slipOf.map((category) => `"${category}"`).join(" or ")} cannot tell whether this part is one, and says so`
        : "kept as written, and no bundled rule reads it",
    });
  });
  return slips.length > 0 ? { categories: read, slips } : { categories: read };
}
