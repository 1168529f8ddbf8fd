import { type Issue, prefixIssues, VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { type Profile, ProfileSchema } from "../model/profile.js";
import { deepFreeze } from "../util/deep-freeze.js";
import { forbiddenKeyPath } from "../util/forbidden-keys.js";
import { parsePolicySpec } from "./policy-spec.js";
import type { Snapshot } from "./snapshot.js";

/** Validates profiles; each must name policies the snapshot holds. Throws listing every problem. */
export function parseProfiles(
  raw: readonly unknown[],
  snapshot: Snapshot,
): ReadonlyMap<string, Profile> {
  const profiles = new Map<string, Profile>();
  const issues: Issue[] = [];
  for (const [i, item] of raw.entries()) {
    const forbidden = forbiddenKeyPath(item);
    if (forbidden) {
      issues.push({
        code: "invalid_input",
        path: ["profiles", i, ...forbidden],
        message: `"${String(forbidden[forbidden.length - 1])}" is not allowed as a key`,
      });
      continue;
    }
    const parsed = safeParse(ProfileSchema, item);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error.issues, ["profiles", i]));
      continue;
    }
    const profile = parsed.data;
    if (profiles.has(profile.id)) {
      issues.push({
        code: "duplicate_id",
        path: ["profiles", i, "id"],
        message: `Profile "${profile.id}" is defined twice`,
      });
    }
    for (const [j, spec] of profile.policies.entries()) {
      try {
        const { id } = parsePolicySpec(spec);
        if (!snapshot.has(id)) {
          issues.push({
            code: "unknown_policy",
            path: ["profiles", i, "policies", j],
            message: `Profile "${profile.id}" names policy "${id}", which the registry does not hold`,
          });
        }
      } catch (error) {
        if (!(error instanceof VendorgateError)) throw error;
        issues.push(...prefixIssues(["profiles", i, "policies", j], error.issues));
      }
    }
    profiles.set(profile.id, deepFreeze(profile));
  }
  if (issues.length > 0) throw new VendorgateError("Some profiles are not valid", issues);
  return profiles;
}
