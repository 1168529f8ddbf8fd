interface Frame {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Frame | undefined;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * The path to the first place a JSON-like value nests deeper than `max` levels, or undefined.
 * Iterative, so it is safe on any input, including objects that refer to themselves.
 */
export function pathTooDeep(value: unknown, max: number): (string | number)[] | undefined {
  const stack: Frame[] = [{ value, depth: 0, key: "", parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const item = frame.value;
    if (item === null || typeof item !== "object") continue;
    if (frame.depth >= max) return pathOf(frame);
    const depth = frame.depth + 1;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--)
        stack.push({ value: item[i], depth, key: i, parent: frame });
    } else {
      for (const key of Object.keys(item)) {
        stack.push({ value: (item as Record<string, unknown>)[key], depth, key, parent: frame });
      }
    }
  }
  return undefined;
}
