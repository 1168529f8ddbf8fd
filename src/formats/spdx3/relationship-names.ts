import { describeRelationships, partOfRelationships } from "../spdx/relationship-types.js";

/**
 * SPDX 3 relationship types (camelCase) as the SPDX 2 names that `readRelationships` reads.
 * `hasStaticLink` and `hasDynamicLink` are SPDX 2's STATIC_LINK and DYNAMIC_LINK. A
 * `dependsOn` scoped to build, test or development (a `LifecycleScopedRelationship`) is not a
 * part of what ships, as SPDX 2's BUILD_/TEST_/DEV_DEPENDENCY_OF are not.
 */
const spdx3Names: ReadonlyMap<string, string> = new Map([
  ["contains", "CONTAINS"],
  ["dependsOn", "DEPENDS_ON"],
  ["hasStaticLink", "STATIC_LINK"],
  ["hasDynamicLink", "DYNAMIC_LINK"],
  ["describes", "DESCRIBES"],
]);

const notShipped = new Set(["build", "test", "development"]);

/** An SPDX 2 spelling (`DEPENDS_ON`), which some tools write in SPDX 3 documents. */
export const spdx2Spelling = /^[A-Z][A-Z_]*$/;

/**
 * The SPDX 2 name of an SPDX 3 relationship type, or undefined when it does not make a part of
 * another (licenses, generation, documentation, ...). `scope` is a lifecycle scope.
 */
export function spdx2Relationship(type: string, scope: string | undefined): string | undefined {
  const spdx2 = partOfRelationships.has(type) || describeRelationships.has(type);
  const name = spdx3Names.get(type) ?? (spdx2 ? type : undefined);
  if (name === "DEPENDS_ON" && scope !== undefined && notShipped.has(scope)) return undefined;
  return name;
}
