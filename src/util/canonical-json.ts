/**
 * JSON with object keys sorted and no whitespace, so equal values always give equal text
 * (the basis of digests and signatures). Iterative, so deep inputs do not overflow the stack.
 */
export function canonicalJson(value: unknown): string {
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
