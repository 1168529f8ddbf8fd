/**
 * JSON with object keys sorted and no whitespace, so equal values always give equal text
 * (the basis of digests and signatures). Iterative, so deep inputs do not overflow the stack.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value, 0)) ?? "null";
  } catch (error) {
    if (error !== tooDeep) throw error;
    return iterative(value);
  }
}

const tooDeep = Symbol("too deep");

// The common case: a copy with keys inserted in sorted order, which JSON.stringify keeps.
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object") return value === undefined ? null : value;
  if (depth > 2000) throw tooDeep;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortedCopy(value[i], depth + 1);
    return out;
  }
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    // An own "__proto__" key (JSON.parse makes them) must stay data, not become a prototype.
    if (key === "__proto__") {
      Object.defineProperty(out, key, { value: sortedCopy(item, depth + 1), enumerable: true, writable: true });
    } else out[key] = sortedCopy(item, depth + 1);
  }
  return out;
}

function iterative(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Token) {
      out.push(item.text);
      continue;
    }
    if (item === null || typeof item !== "object") {
      out.push(item === undefined ? "null" : JSON.stringify(item));
      continue;
    }
    if (Array.isArray(item)) {
      stack.push(new Token("]"));
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(new Token(","));
      }
      stack.push(new Token("["));
      continue;
    }
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    stack.push(new Token("}"));
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push(record[key]);
      stack.push(new Token(`${JSON.stringify(key)}:`));
      if (i > 0) stack.push(new Token(","));
    }
    stack.push(new Token("{"));
  }
  return out.join("");
}

class Token {
  constructor(readonly text: string) {}
}
