import { editDistance } from "../names/edit-distance.js";

/**
 * How a vocabulary term is looked up: compatibility-folded, lower case, every run of characters
 * other than letters and digits as one hyphen (`Video Surveillance`, `video_surveillance` and
 * `VIDEO-SURVEILLANCE` are all `video-surveillance`).
 */
export function termKey(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Values longer than this get no "did you mean" (no term is nearly that long). */
const longestCompared = 80;

/**
 * The term closest to `key` by edit distance (the first of equals), for a "did you mean";
 * none for a key longer than any term could be close to.
 */
export function closestTerm(
  key: string,
  terms: Iterable<string>,
): { term: string; distance: number } | undefined {
  if (key.length > longestCompared) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const term of terms) {
    const distance = editDistance(key, term, Math.max(key.length, term.length));
    if (distance < bestDistance) {
      best = term;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : { term: best, distance: bestDistance };
}
