/**
 * A bounded memo of name lookups without a cliff: two generations of up to `limit` names each.
 * When the young one fills, it becomes the old one (the previous old one is dropped); a name found
 * in the old generation moves back to the young one. Names in use stay cached however many other
 * names pass through, and memory stays under two generations.
 */
export interface NameCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/** A two-generation cache of at most `2 * limit` entries. */
export function createNameCache<V>(limit: number): NameCache<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  const set = (key: string, value: V): void => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(key, value);
  };
  return {
    get(key) {
      const hit = young.get(key);
      if (hit !== undefined) return hit;
      const aged = old.get(key);
      if (aged !== undefined) set(key, aged);
      return aged;
    },
    set,
  };
}
