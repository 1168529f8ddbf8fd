import compareVersions from "semver/functions/compare.js";
import satisfies from "semver/functions/satisfies.js";
import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { VendorgateError } from "../errors.js";
import type { IsoDate } from "../model/date.js";
import { parsePolicySpec } from "./policy-spec.js";

/** The policy version chosen for a request on a date, or why none is. */
export type Resolution =
  | { policy: CompiledPolicy; reason?: undefined }
  | { policy?: undefined; reason: string };

/** Every stored version, by policy id, oldest first. Never changed in place: replaced whole. */
export type Snapshot = ReadonlyMap<string, readonly CompiledPolicy[]>;

/** A new snapshot with one more version. */
export function withPolicy(snapshot: Snapshot, policy: CompiledPolicy): Snapshot {
  const versions = [...(snapshot.get(policy.id) ?? []), policy].sort((a, b) =>
    compareVersions(a.version, b.version),
  );
  return new Map(snapshot).set(policy.id, versions);
}

/** Whether a version is in force on a date. */
export function inForceOn(policy: CompiledPolicy, asOf: IsoDate): boolean {
  const { from, until } = policy.document.effective;
  return from <= asOf && (until === undefined || asOf <= until);
}

/**
 * The highest version of `id@range` in force on `asOf`, or why there is none. Throws for an
 * unknown id and for a range that no stored version satisfies.
 */
export function resolveIn(snapshot: Snapshot, spec: string, asOf: IsoDate): Resolution {
  const { id, range } = parsePolicySpec(spec);
  const versions = snapshot.get(id);
  if (!versions) {
    const known = [...snapshot.keys()].sort().join(", ") || "none";
    throw new VendorgateError("Unknown policy", [
      {
        code: "unknown_policy",
        path: [],
        message: `No policy "${id}" in the registry (known: ${known})`,
      },
    ]);
  }
  const matching = versions.filter((policy) => satisfies(policy.version, range));
  if (matching.length === 0) {
    // A range that names no version is a mistake in the request, not a policy out of force.
    throw new VendorgateError("Unknown policy version", [
      {
        code: "unknown_policy",
        path: [],
        message: `No version of ${id} satisfies "${range}" (versions: ${versions.map((p) => p.version).join(", ")})`,
      },
    ]);
  }
  for (let i = matching.length - 1; i >= 0; i--) {
    const policy = matching[i] as CompiledPolicy;
    if (inForceOn(policy, asOf)) return Object.freeze({ policy });
  }
  const periods = matching
    .map(
      (policy) =>
        `${policy.version} from ${policy.document.effective.from}${policy.document.effective.until ? ` until ${policy.document.effective.until}` : ""}`,
    )
    .join("; ");
  return Object.freeze({
    reason: `No version of ${id}${range === "*" ? "" : `@${range}`} is in force on ${asOf} (${periods})`,
  });
}
