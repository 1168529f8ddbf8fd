const sharedUpTo = 1 << 16;

/**
 * A list of at least `n` numbers, `first` and then `rest`, to read and never write: one list
 * shared by every product of up to 65,536 parts (a `Float64Array`, made per product, lives
 * outside the heap and costs more than deciding a rule on dozens of parts).
 */
function sharedList(first: number, rest: number): (n: number) => ArrayLike<number> {
  let shared: number[] = [];
  const make = (length: number) => {
    const list = new Array<number>(length).fill(rest);
    list[0] = first;
    return list;
  };
  return (n) => {
    if (n > sharedUpTo) return make(n);
    if (shared.length < n) shared = make(Math.min(Math.max(n, 2 * shared.length, 64), sharedUpTo));
    return shared;
  };
}

/** At least `n` ones (shared, read only). */
export const ones = sharedList(1, 1);

/** A one and then at least `n - 1` zeros (shared, read only). */
export const oneThenZeros = sharedList(1, 0);
