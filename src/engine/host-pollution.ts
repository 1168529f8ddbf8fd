import { VendorgateError } from "../errors.js";

// The own properties of Object.prototype in every engine vendorgate supports (ES2022 and Annex B).
const standardKeys: ReadonlySet<PropertyKey> = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

const isIndex = (key: PropertyKey): boolean => typeof key === "string" && /^\d+$/.test(key);

// Checked before every product, so a clean host costs one short key list. Array.prototype is an
// array itself: an element added to it (the only keys an array read can pick up) shows in its length.
function isClean(): boolean {
  for (const key of Reflect.ownKeys(Object.prototype)) if (!standardKeys.has(key)) return false;
  return Array.prototype.length === 0;
}

/**
 * Refuses to evaluate in a process whose `Object.prototype` (or `Array.prototype`, by index) the
 * host has given properties: every plain object would then seem to have them, so an absent
 * option, waiver scope or rule date would read as the host's value, in vendorgate's code and in
 * its schema library's alike. Failing closed here is the only answer that holds for every key.
 */
export function refusePollutedHost(): void {
  if (isClean()) return;
  const added = [
    ...Reflect.ownKeys(Object.prototype).filter((key) => !standardKeys.has(key)),
    ...Reflect.ownKeys(Array.prototype).filter(isIndex),
  ];
  if (added.length === 0) return;
  const names = added.slice(0, 10).map((key) => String(key));
  throw new VendorgateError("The host process has polluted Object.prototype", [
    {
      code: "invalid_input",
      path: [],
      message: `Object.prototype (or Array.prototype) has properties the host added: ${names.join(", ")}${added.length > names.length ? ", …" : ""}. Every object would seem to have them, so vendorgate refuses to evaluate until they are removed`,
    },
  ]);
}
