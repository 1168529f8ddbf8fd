import type { IssuePath } from "../errors.js";

/**
 * A path into a document, kept as a link to its parent's path plus the keys below it, so that
 * a part 100,000 levels deep does not carry a 200,000-key array. `pathOf` spells it out.
 */
export interface DocPath {
  readonly parent: DocPath | undefined;
  readonly keys: readonly (string | number)[];
}

/** The path `keys` below `parent` (or below the document's root). */
export function docPath(parent: DocPath | undefined, ...keys: (string | number)[]): DocPath {
  return { parent, keys };
}

/** The keys of a path from the document's root, for an issue. */
export function pathOf(path: DocPath | undefined): IssuePath {
  const segments: (readonly (string | number)[])[] = [];
  for (let at = path; at !== undefined; at = at.parent) segments.push(at.keys);
  return segments.reverse().flat();
}
