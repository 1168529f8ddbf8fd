/** Which way a relationship points: from container to part (`forward`) or the other way. */
export type Direction = "forward" | "inverse";

/**
 * The SPDX relationships that make one element a part of another, and which way: `forward`
 * when `spdxElementId` holds `relatedSpdxElement` (A CONTAINS B), `inverse` when it is the
 * other way round (A CONTAINED_BY B). Other types (build, test, dev and optional dependencies,
 * generation, variants, amendments, ...) are not read: a package related to the product only
 * by them is still in it, as a direct part of the product.
 */
export const partOfRelationships: ReadonlyMap<string, Direction> = new Map([
  ["CONTAINS", "forward"],
  ["CONTAINED_BY", "inverse"],
  ["DEPENDS_ON", "forward"],
  ["DEPENDENCY_OF", "inverse"],
  ["RUNTIME_DEPENDENCY_OF", "inverse"],
  ["STATIC_LINK", "forward"],
  ["DYNAMIC_LINK", "forward"],
]);

/** The relationships that name what the document is about: `DESCRIBES` and `DESCRIBED_BY`. */
export const describeRelationships: ReadonlyMap<string, Direction> = new Map([
  ["DESCRIBES", "forward"],
  ["DESCRIBED_BY", "inverse"],
]);

/** Values of `relatedSpdxElement` that name no element. */
export const noElement: ReadonlySet<string> = new Set(["NONE", "NOASSERTION"]);
