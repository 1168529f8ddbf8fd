/** The values without repeats; `values` itself when it has none to drop (callers pass fresh lists). */
export function unique(values: string[]): string[] {
  const n = values.length;
  if (n < 2) return values;
  // A few values (the common case) are checked pairwise, without building a set.
  if (n <= 8) {
    let repeated = false;
    for (let i = 1; i < n && !repeated; i++)
      for (let j = 0; j < i; j++)
        if (values[i] === values[j]) {
          repeated = true;
          break;
        }
    if (!repeated) return values;
  }
  const set = new Set(values);
  return set.size === n ? values : [...set];
}
