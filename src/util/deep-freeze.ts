// Objects already frozen all the way down by `deepFreeze`: catalogue entities are shared by many
// policies, and walking them again for each would cost as much as hashing them again.
const frozenDeeply = new WeakSet<object>();

/**
 * Freezes a JSON-like value and everything reachable from it through own properties, in place,
 * and returns it. Iterative, so any depth is safe; objects that refer to themselves are fine.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const stack: object[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop() as object;
    if (frozenDeeply.has(item) || seen.has(item)) continue;
    seen.add(item);
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item)) {
      const child = (item as Record<string | symbol, unknown>)[key];
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  for (const item of seen) frozenDeeply.add(item);
  return value;
}
