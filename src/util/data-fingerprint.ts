const unfit = Symbol();

// Texts are written with their length first (`5:hello`), so no text can run into the next.
function write(value: unknown, out: string, depth: number, opaque?: readonly string[]): string {
  const type = typeof value;
  if (type === "function" || type === "symbol" || type === "bigint" || depth > 64) throw unfit;
  if (type === "string") return `${out}s${(value as string).length}:${value as string},`;
  if (type !== "object" || value === null)
    return `${out}${type[0]}${Object.is(value, -0) ? "-0" : value},`;
  const object = value as object;
  const proto = Object.getPrototypeOf(object);
  const list = Array.isArray(object);
  let text = out;
  if (proto === Date.prototype) text += `D${(object as Date).getTime()}`;
  else if (proto !== (list ? Array.prototype : Object.prototype)) throw unfit;
  text += list ? "[" : "{";
  // Every own key (a Date has none): an array's holes and hidden keys are seen, and a value is
  // read once, as data; a getter or a hidden key outside an array's length is refused.
  for (const key of Reflect.ownKeys(object)) {
    const slot = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
    if (
      typeof key !== "string" ||
      !("value" in slot) ||
      (!slot.enumerable && !(list && key === "length"))
    )
      throw unfit;
    text += `${key.length}:${key}:`;
    if (opaque?.includes(key)) text += "*,";
    else text = write(slot.value, text, depth + 1);
  }
  return `${text}},`;
}

/**
 * A text equal for two values exactly when they hold the same plain data: objects with prototype
 * `Object.prototype` (own keys in order, data properties only), arrays (holes told
 * apart from `undefined`), `Date`s, strings, numbers, booleans, `null` and `undefined`; each
 * value's type is part of the text. `undefined` when the value holds anything else (getters,
 * hidden or symbol keys, other prototypes (`null` too), functions, symbols, big integers, more than 64
 * levels): what a reader could see differently from one read to the next, so nothing may be
 * cached on it. Members of the top-level object named in `opaque` are left out (the caller
 * compares them).
 */
export function dataFingerprint(value: object, opaque: readonly string[] = []): string | undefined {
  try {
    return write(value, "", 0, opaque);
  } catch (error) {
    if (error === unfit) return undefined;
    throw error;
  }
}
