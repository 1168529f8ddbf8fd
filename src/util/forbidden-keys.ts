/** Keys that would reach an object's prototype: refused in every record read from input. */
export const forbiddenKeys: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** Whether a key read from input would reach an object's prototype. */
export function isForbiddenKey(key: string): boolean {
  return forbiddenKeys.has(key);
}
