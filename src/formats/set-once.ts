import type { Issue } from "../errors.js";
import { isForbiddenKey } from "../util/forbidden-keys.js";
import { type DocPath, pathOf } from "./doc-path.js";
import { addIssue } from "./issue-list.js";

/**
 * Sets `record[key]` unless it already holds a different value, which is reported at `path`
 * (a part has one value per identifier scheme or attribute). Refuses keys that would reach an
 * object's prototype.
 */
export function setOnce<T extends string | boolean>(
  record: Record<string, T>,
  key: string,
  value: T,
  path: DocPath,
  issues: Issue[],
  label: string,
): void {
  if (key === "" || isForbiddenKey(key)) {
    addIssue(issues, {
      code: "invalid_input",
      path: pathOf(path),
      message: `"${key}" is not allowed as a key`,
    });
    return;
  }
  const current = Object.hasOwn(record, key) ? record[key] : undefined;
  if (current === undefined) record[key] = value;
  else if (current !== value) {
    addIssue(issues, {
      code: "invalid_input",
      path: pathOf(path),
      message: `${label} is given twice with different values (${JSON.stringify(current)} and ${JSON.stringify(value)}); a part has one`,
    });
  }
}
