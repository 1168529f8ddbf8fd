// A small seeded random source (mulberry32), so every fuzz input is reproducible from its seed
// and index alone.

/** The seed of input `index` in a run seeded with `seed`: independent of every other input. */
export function caseSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded random source with the helpers the generators use. */
export interface Rng {
  next(): number;
  float(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** Picks from `[weight, value]` pairs. */
  weighted<T>(pairs: readonly (readonly [number, T])[]): T;
}

/** A seeded random source with the helpers the generators use. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const float = () => next() / 4294967296;
  const int = (n: number) => Math.floor(float() * n);
  return {
    next,
    float,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => float() < p,
    pick: (list) => list[int(list.length)] as (typeof list)[number],
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [weight]) => sum + weight, 0);
      let roll = float() * total;
      for (const [weight, value] of pairs) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (pairs[pairs.length - 1] as (typeof pairs)[number])[1];
    },
  };
}
