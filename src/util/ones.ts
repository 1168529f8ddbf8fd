const sharedUpTo = 1 << 16;
let shared: number[] = [];

/**
 * At least `n` ones, to read and never write: one list shared by every product of up to 65,536
 * parts (a `Float64Array` of them, made per product, lives outside the heap and costs more than
 * deciding a rule on dozens of parts).
 */
export function ones(n: number): ArrayLike<number> {
  if (n > sharedUpTo) return new Array<number>(n).fill(1);
  if (shared.length < n) {
    shared = new Array<number>(Math.min(Math.max(n, 2 * shared.length, 64), sharedUpTo)).fill(1);
  }
  return shared;
}

let firstOnly: number[] = [];

/**
 * A one and then at least `n - 1` zeros, to read and never write: shared, like `ones`, by every
 * product of up to 65,536 parts.
 */
export function oneThenZeros(n: number): ArrayLike<number> {
  if (n > sharedUpTo) {
    const list = new Array<number>(n).fill(0);
    list[0] = 1;
    return list;
  }
  if (firstOnly.length < n) {
    firstOnly = new Array<number>(Math.min(Math.max(n, 2 * firstOnly.length, 64), sharedUpTo)).fill(
      0,
    );
    firstOnly[0] = 1;
  }
  return firstOnly;
}
