import { type IssuePath, VendorgateError } from "../errors.js";
import { forbiddenKeyPath } from "../util/forbidden-keys.js";

/**
 * Throws when a JSON-like input has `__proto__`, `constructor` or `prototype` as a key anywhere
 * (the schemas would drop some of them silently, so what is checked would differ from what was
 * given). `at` prefixes the issue's path; `skip` names top-level members not to look into.
 */
export function refuseForbiddenKeys(
  input: unknown,
  at: IssuePath,
  skip: readonly string[] = [],
): void {
  const path = forbiddenKeyPath(input, skip);
  if (path === undefined) return;
  throw new VendorgateError("The input has a key that would reach a prototype", [
    {
      code: "invalid_input",
      path: [...at, ...path],
      message: `"${String(path[path.length - 1])}" is not allowed as a key`,
    },
  ]);
}
