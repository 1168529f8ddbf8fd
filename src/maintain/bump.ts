import semver from "semver";

/** How much of a version number a change needs, from none to major. */
export type Bump = "none" | "patch" | "minor" | "major";

const rank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return rank[a] >= rank[b] ? a : b;
}

/** Whether bump `a` is smaller than bump `b`. */
export function isSmaller(a: Bump, b: Bump): boolean {
  return rank[a] < rank[b];
}

/**
 * The bump a version number states, from `from` to `to`: `none` when equal, and `undefined`
 * when `to` is not greater than `from` (a new version must be greater).
 */
export function statedBump(from: string, to: string): Bump | undefined {
  if (semver.eq(from, to)) return "none";
  if (!semver.gt(to, from)) return undefined;
  const diff = semver.diff(from, to);
  if (diff === "major" || diff === "premajor") return "major";
  if (diff === "minor" || diff === "preminor") return "minor";
  return "patch";
}
