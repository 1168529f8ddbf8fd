import type { Evaluator, Tri } from "./facts.js";

/** Kleene "and": false if any part is false, undecided if any is undecided, else true. */
export function all3(parts: Evaluator[]): Evaluator {
  if (parts.length === 1) return parts[0] as Evaluator;
  return (env, data) => {
    let result: Tri = true;
    for (let i = 0; i < parts.length; i++) {
      const value = (parts[i] as Evaluator)(env, data);
      if (value === false) return false;
      if (value === null) result = null;
    }
    return result;
  };
}

/** Kleene "or": true if any part is true, undecided if any is undecided, else false. */
export function any3(parts: Evaluator[]): Evaluator {
  if (parts.length === 1) return parts[0] as Evaluator;
  return (env, data) => {
    let result: Tri = false;
    for (let i = 0; i < parts.length; i++) {
      const value = (parts[i] as Evaluator)(env, data);
      if (value === true) return true;
      if (value === null) result = null;
    }
    return result;
  };
}

/** Kleene "not": undecided stays undecided. */
export function not3(value: Tri): Tri {
  return value === null ? null : !value;
}

/** The common value of branches still open, or undecided when they differ. */
export function agree(values: Tri[]): Tri {
  const first = values[0] ?? null;
  return values.every((value) => value === first) ? first : null;
}
