import validRange from "semver/ranges/valid.js";
import { VendorgateError } from "../errors.js";

/** A request for a policy: its id and the versions acceptable (`*` when none is given). */
export interface PolicySpec {
  id: string;
  range: string;
}

/** Reads `id` or `id@range` (a semver range such as `^1`, `1.1.0` or `>=1.0.0 <2`). */
export function parsePolicySpec(spec: string): PolicySpec {
  const at = spec.indexOf("@");
  const id = at < 0 ? spec : spec.slice(0, at);
  const range = at < 0 ? "*" : spec.slice(at + 1).trim();
  if (at >= 0 && range === "") {
    throw new VendorgateError("Invalid policy spec", [
      {
        code: "invalid_range",
        path: [],
        message: `"${spec}" has an "@" but no version range after it`,
      },
    ]);
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new VendorgateError("Invalid policy spec", [
      {
        code: "unknown_policy",
        path: [],
        message: `"${spec}" is not "id" or "id@range" (ids are kebab-case)`,
      },
    ]);
  }
  if (validRange(range) === null) {
    throw new VendorgateError("Invalid policy spec", [
      { code: "invalid_range", path: [], message: `"${range}" in "${spec}" is not a semver range` },
    ]);
  }
  return { id, range };
}
