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

interface Step {
  readonly value: unknown;
  readonly parent: Step | undefined;
  readonly key: string | number | undefined;
}

function pathOf(step: Step, last: string): (string | number)[] {
  const path: (string | number)[] = [last];
  for (let at: Step | undefined = step; at?.parent; at = at.parent) path.push(at.key as string);
  return path.reverse();
}

/**
 * The path to the first own key of a JSON-like value that would reach a prototype, or undefined;
 * `skip` names top-level members not to look into (such as an options object's registry).
 * Iterative, linear in the value's size however deep it is (each step knows only its parent);
 * each object is looked at once, so values that contain themselves are safe.
 */
export function forbiddenKeyPath(
  value: unknown,
  skip: readonly string[] = [],
): (string | number)[] | undefined {
  const stack: Step[] = [{ value, parent: undefined, key: undefined }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const item = step.value;
    if (item === null || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--)
        stack.push({ value: item[i], parent: step, key: i });
      continue;
    }
    for (const key of Object.getOwnPropertyNames(item)) {
      if (isForbiddenKey(key)) return pathOf(step, key);
      if (step.parent === undefined && skip.includes(key)) continue;
      stack.push({ value: (item as Record<string, unknown>)[key], parent: step, key });
    }
  }
  return undefined;
}
