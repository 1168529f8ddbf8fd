/** Appends a value to the list a map holds for a key, making the list on first use. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One map of lists holding every list of several, in order. */
export function mergeLists<K, V>(maps: readonly ReadonlyMap<K, readonly V[]>[]): Map<K, V[]> {
  const merged = new Map<K, V[]>();
  for (const map of maps)
    for (const [key, list] of map) for (const item of list) push(merged, key, item);
  return merged;
}
