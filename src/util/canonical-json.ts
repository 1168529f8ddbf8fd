import { createSha256 } from "./sha256.js";

class Token {
  constructor(readonly text: string) {}
}

const openArray = new Token("[");
const closeArray = new Token("]");
const openObject = new Token("{");
const closeObject = new Token("}");
const comma = new Token(",");

/**
 * Writes a value's canonical JSON in pieces: object keys sorted by code unit (integer-like keys
 * too, unlike `JSON.stringify`'s own order), no whitespace, `undefined` properties left out.
 * Iterative, so deep inputs do not overflow the stack.
 */
function writeCanonical(value: unknown, emit: (text: string) => void): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Token) {
      emit(item.text);
      continue;
    }
    if (item === null || typeof item !== "object") {
      emit(item === undefined ? "null" : (JSON.stringify(item) ?? "null"));
      continue;
    }
    if (Array.isArray(item)) {
      stack.push(closeArray);
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) stack.push(comma);
      }
      stack.push(openArray);
      continue;
    }
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    stack.push(closeObject);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push(record[key]);
      stack.push(new Token(`${i > 0 ? "," : ""}${JSON.stringify(key)}:`));
    }
    stack.push(openObject);
  }
}

const tooDeep = Symbol("too deep");

/** A key as JSON text: keys repeat endlessly ("name", "manufacturer", ...), so each is quoted once. */
const quotedKeys = new Map<string, string>();
export function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** The same text as `writeCanonical`, by recursion: faster, for values less than 500 levels deep. */
function writeShallow(value: unknown, emit: (text: string) => void, depth: number): void {
  if (value === null || typeof value !== "object") {
    emit(value === undefined ? "null" : (JSON.stringify(value) ?? "null"));
    return;
  }
  if (depth > 500) throw tooDeep;
  if (Array.isArray(value)) {
    emit("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) emit(",");
      writeShallow(value[i], emit, depth + 1);
    }
    emit("]");
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    emit(first ? `{${quoteKey(key)}:` : `,${quoteKey(key)}:`);
    first = false;
    writeShallow(item, emit, depth + 1);
  }
  emit(first ? "{}" : "}");
}

/** Writes canonical JSON, recursively when it can and iteratively when the value is deep. */
function write(value: unknown, start: () => (text: string) => void): void {
  try {
    writeShallow(value, start(), 0);
  } catch (error) {
    if (error !== tooDeep) throw error;
    writeCanonical(value, start());
  }
}

/** JSON with object keys sorted and no whitespace, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  let pieces: string[] = [];
  write(value, () => {
    pieces = [];
    return (text) => pieces.push(text);
  });
  return pieces.join("");
}

/**
 * The `sha256:` digest of a value's canonical JSON, hashed piece by piece so the whole text is
 * never held in memory (the basis of product, policy and option digests).
 */
export function digestCanonical(value: unknown): string {
  let hash = createSha256();
  let pending = "";
  write(value, () => {
    hash = createSha256();
    pending = "";
    return (text) => {
      pending += text;
      if (pending.length > 16_384) {
        hash.write(pending);
        pending = "";
      }
    };
  });
  hash.write(pending);
  return hash.digest();
}
