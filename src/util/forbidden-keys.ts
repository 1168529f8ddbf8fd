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

/**
 * The path to the first own key of a JSON-like value that would reach a prototype, or undefined;
 * `skip` names top-level members not to look into (such as an options object's registry).
 * Iterative; each object is looked at once, so values that contain themselves are safe.
 */
export function forbiddenKeyPath(
  value: unknown,
  skip: readonly string[] = [],
): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value: item, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push({ value: item[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.getOwnPropertyNames(item)) {
      if (isForbiddenKey(key)) return [...path, key];
      if (path.length === 0 && skip.includes(key)) continue;
      stack.push({ value: (item as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
