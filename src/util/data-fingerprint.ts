const maxDepth = 64;

const unfit = Symbol("unfit");

function write(value: unknown, out: string[], depth: number): void {
  switch (typeof value) {
    case "string":
      out.push(JSON.stringify(value));
      return;
    case "number":
      out.push(Object.is(value, -0) ? "n-0" : `n${value}`);
      return;
    case "boolean":
      out.push(value ? "t" : "f");
      return;
    case "undefined":
      out.push("u");
      return;
    case "object":
      break;
    default:
      throw unfit;
  }
  if (value === null) {
    out.push("z");
    return;
  }
  if (depth >= maxDepth) throw unfit;
  const proto = Object.getPrototypeOf(value);
  if (proto === Date.prototype) {
    if (Reflect.ownKeys(value).length > 0) throw unfit;
    out.push(`D${(value as Date).getTime()}`);
    return;
  }
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) throw unfit;
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      const slot = Object.getOwnPropertyDescriptor(value, i);
      if (slot === undefined) out.push("h");
      else if (!("value" in slot)) throw unfit;
      else write(slot.value, out, depth + 1);
      out.push(",");
    }
    out.push("]");
    return;
  }
  if (proto !== Object.prototype && proto !== null) throw unfit;
  out.push(proto === null ? "{0" : "{");
  for (const key of Object.getOwnPropertyNames(value)) {
    const slot = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if (!slot.enumerable || !("value" in slot)) throw unfit;
    out.push(JSON.stringify(key), ":");
    write(slot.value, out, depth + 1);
    out.push(",");
  }
  out.push("}");
}

/**
 * A text equal for two values exactly when they hold the same plain data: objects with prototype
 * `Object.prototype` or `null` (own keys in order, data properties only), arrays (holes told
 * apart from `undefined`), `Date`s, strings, numbers, booleans, `null` and `undefined`; each
 * value's type is part of the text. `undefined` when the value holds anything else (getters,
 * hidden properties, other prototypes, functions, symbols, big integers, more than 64 levels):
 * what a reader could see differently from one read to the next, so nothing may be cached on it.
 * Members of the top-level object named in `opaque` are left out (the caller compares them).
 */
export function dataFingerprint(value: object, opaque: readonly string[] = []): string | undefined {
  try {
    if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    const out: string[] = ["{"];
    for (const key of Object.getOwnPropertyNames(value)) {
      const slot = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if (!slot.enumerable || !("value" in slot)) return undefined;
      out.push(JSON.stringify(key), ":");
      if (opaque.includes(key)) out.push("*");
      else write(slot.value, out, 1);
      out.push(",");
    }
    out.push("}");
    return out.join("");
  } catch (error) {
    if (error === unfit) return undefined;
    throw error;
  }
}
