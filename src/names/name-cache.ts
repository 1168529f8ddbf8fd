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

// A class, not closures per cache: every cache shares one `get`, so a call site that reads many
// caches (one per compiled policy) stays monomorphic and inlines it.
class TwoGenerationCache<V> implements NameCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/** A two-generation cache of at most `2 * limit` entries. */
export function createNameCache<V>(limit: number): NameCache<V> {
  return new TwoGenerationCache(limit);
}
