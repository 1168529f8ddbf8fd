// Folding away what a condition reads only from the context, once the context is known. The
// compiler marks evaluators that read nothing but the context (at the root of a condition) and
// the parts of each and/or; `foldForContext` evaluates the marked ones once and rebuilds the
// junctions around the results, so the folded evaluator returns what the original returns on
// every component and leaves the same entries in `env.missing`, in the same order.
import { type Evaluator, loneEnv, type Tri } from "./facts.js";
import { all3, any3 } from "./three-valued.js";

type Marks = { kind: "context" } | { kind: "and" | "or"; parts: readonly Evaluator[] };

const marks = new WeakMap<Evaluator, Marks>();

/** Marks an evaluator as reading nothing but `context` (or nothing at all). */
export function markContextOnly(evaluator: Evaluator): Evaluator {
  marks.set(evaluator, { kind: "context" });
  return evaluator;
}

/** Whether an evaluator was marked as reading nothing but the context. */
export function isContextOnly(evaluator: Evaluator): boolean {
  return marks.get(evaluator)?.kind === "context";
}

/**
 * Marks a Kleene and/or over `parts` (in the order it runs them), or, when every part reads only
 * the context, marks it so.
 */
export function markJunction(
  evaluator: Evaluator,
  kind: "and" | "or",
  parts: readonly Evaluator[],
): Evaluator {
  if (parts.length < 2) return evaluator;
  marks.set(evaluator, parts.every(isContextOnly) ? { kind: "context" } : { kind, parts });
  return evaluator;
}

/** A folded evaluator: its constant value when it has one, and whether it is false everywhere. */
interface Folded {
  readonly evaluator: Evaluator;
  readonly constant?: { value: Tri; missing: readonly string[] };
  readonly alwaysFalse: boolean;
}

function constantOf(value: Tri, missing: readonly string[]): Folded {
  const evaluator: Evaluator =
    missing.length === 0
      ? () => value
      : (env) => {
          for (const name of missing) env.missing.push(name);
          return value;
        };
  return { evaluator, constant: { value, missing }, alwaysFalse: value === false };
}

function fold(evaluator: Evaluator, context: object): Folded {
  const mark = marks.get(evaluator);
  if (mark === undefined) return { evaluator, alwaysFalse: false };
  if (mark.kind === "context") {
    const missing: string[] = [];
    const data = { context };
    return constantOf(evaluator(loneEnv({ name: "" }, data, missing), data), missing);
  }
  const isAnd = mark.kind === "and";
  // The value that decides a junction at once (false for "and", true for "or").
  const decisive = !isAnd;
  const kept: Folded[] = [];
  let changed = false;
  // Kleene: "and" is false everywhere when one part is; "or" when every part is.
  let alwaysFalse = !isAnd;
  for (let i = 0; i < mark.parts.length; i++) {
    const part = mark.parts[i] as Evaluator;
    const folded = fold(part, context);
    if (folded.evaluator !== part) changed = true;
    if (isAnd ? folded.alwaysFalse : !folded.alwaysFalse) alwaysFalse = isAnd;
    const constant = folded.constant;
    // A part that can only give the value the junction ignores, noting nothing missing, changes nothing.
    if (constant && constant.value === !decisive && constant.missing.length === 0) {
      changed = true;
      continue;
    }
    kept.push(folded);
    // The parts after one that always decides are never run.
    if (constant && constant.value === decisive) {
      if (i < mark.parts.length - 1) changed = true;
      break;
    }
  }
  if (!changed) return { evaluator, alwaysFalse };
  if (kept.length === 0) return constantOf(!decisive, []);
  if (kept.length === 1) return { ...(kept[0] as Folded), alwaysFalse };
  const evaluators = kept.map((folded) => folded.evaluator);
  return { evaluator: isAnd ? all3(evaluators) : any3(evaluators), alwaysFalse };
}

/**
 * A condition with what it reads only from `context` folded away: the evaluator to run instead
 * (the same one when nothing folds), and whether it is false on every component whatever they
 * hold (so a rule with it never fires nor stays undecided).
 */
export function foldForContext(
  evaluator: Evaluator,
  context: object,
): { evaluator: Evaluator; alwaysFalse: boolean } {
  const folded = fold(evaluator, context);
  return { evaluator: folded.evaluator, alwaysFalse: folded.alwaysFalse };
}
