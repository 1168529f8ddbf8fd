import type { IssuePath } from "../errors.js";
import {
  type CompileNested,
  type CompileState,
  isPlainObject,
  never,
  operationOf,
  type Scope,
} from "./condition-scope.js";
import type { Evaluator, Quantifier, Tri } from "./facts.js";
import { parseVar } from "./var-ref.js";
import { componentShape, readSegments, shapeAt } from "./view.js";

/** Compiles `some`, `all` and `none` over `ancestors` or a list of strings. */
export function compileQuantifier(
  op: "some" | "all" | "none",
  args: unknown[],
  scope: Scope,
  at: IssuePath,
  state: CompileState,
  compileCondition: CompileNested,
): Evaluator {
  const source = args[0];
  if (args.length !== 2 || !isPlainObject(source) || operationOf(source) !== "var") {
    state.issues.push({
      code: "invalid_operation",
      path: at,
      message: `"${op}" takes [{"var": list}, condition]`,
    });
    return never;
  }
  const ref = parseVar(source.var, scope, [...at, 0, "var"], state);
  if (!ref) return never;
  const shape = shapeAt(scope.shape, ref.path);
  if (shape.kind !== "leaf" || !shape.array) {
    state.issues.push({
      code: "invalid_var",
      path: [...at, 0],
      message: `"${ref.path}" is not a list`,
    });
    return never;
  }
  if (shape.array === "of-components") {
    return overAncestors(op, args[1], scope, [...at, 1], state, compileCondition);
  }
  const inner = compileCondition(
    args[1],
    {
      shape: { kind: "leaf" },
      label: `${scope.label}${ref.path}[].`,
      component: false,
      info: scope.info,
    },
    [...at, 1],
    state,
  );
  const missingName = scope.label + ref.path;
  const segments = ref.path === "" ? undefined : ref.path.split(".");
  return (env, data) => {
    const list = segments === undefined ? data : readSegments(data, segments);
    if (!Array.isArray(list)) {
      if (ref.hasDefault) return op === "none";
      env.missing.push(missingName);
      return null;
    }
    return quantify(
      op,
      list.map((item) => (e) => inner(e, item)),
      env,
    );
  };
}

/**
 * `some`, `all` or `none` of a condition over the ancestors of a component. When the condition
 * reads only the ancestor itself (no ancestors or descendants of its own), a walk may remember
 * each ancestor's value (`env.quantifyAncestors`), so a deep chain costs its depth once, not once
 * per level.
 */
export function overAncestors(
  op: Quantifier,
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
  compileCondition: CompileNested,
): Evaluator {
  const { info } = scope;
  const derivedBefore = state.derived.length;
  info.readsAncestors = false;
  const inner = compileCondition(
    raw,
    { shape: componentShape, label: "ancestors[].", component: true, info },
    at,
    state,
  );
  // Inside, ancestors and descendants are read from the component being decided, not the ancestor.
  const ownFactsOnly = !info.readsAncestors && state.derived.length === derivedBefore;
  info.readsAncestors = true;
  info.pathDependent = true;
  const evaluator: Evaluator = (env) =>
    ownFactsOnly && env.quantifyAncestors !== undefined
      ? env.quantifyAncestors(op, inner, evaluator, env.missing)
      : quantify(
          op,
          env.ancestors().map((node) => (e) => inner({ ...e, node }, node.view)),
          env,
        );
  return evaluator;
}

/** Three-valued `some`, `all` or `none` over evaluated items (JSON Logic: empty `all` is false). */
export function quantify(
  op: Quantifier,
  items: ((env: Parameters<Evaluator>[0]) => Tri)[],
  env: Parameters<Evaluator>[0],
): Tri {
  if (items.length === 0) return op === "none";
  let sawNull = false;
  for (const item of items) {
    const value = item(env);
    if (value === null) sawNull = true;
    else if (op === "all" ? !value : value) return op === "some";
  }
  if (sawNull) return null;
  return op !== "some";
}

/** A quantifier's state over the first ancestors of a path, for `quantifyAncestors`: settled, or still open. */
export interface AncestorPrefix {
  /** An ancestor gave the value that settles the quantifier (`true` for some and none, `false` for all). */
  readonly settled: boolean;
  readonly sawUnknown: boolean;
  /** What the ancestors read so far lacked, without repeats, in the order first noted. */
  readonly missing: readonly string[];
}

/** The state over no ancestors. */
export const emptyPrefix: AncestorPrefix = { settled: false, sawUnknown: false, missing: [] };

/** The state once one more ancestor gave `value`, lacking `lacked`. */
export function extendPrefix(
  prefix: AncestorPrefix,
  op: Quantifier,
  value: Tri,
  lacked: readonly string[],
): AncestorPrefix {
  if (prefix.settled) return prefix;
  // An ancestor that neither settles nor is unknown nor lacks anything changes nothing.
  const settles = op === "all" ? value === false : value === true;
  if (!settles && value !== null && lacked.length === 0) return prefix;
  let missing = prefix.missing;
  for (const name of lacked) if (!missing.includes(name)) missing = [...missing, name];
  return {
    settled: settles,
    sawUnknown: prefix.sawUnknown || value === null,
    missing,
  };
}

/** What `quantify` gives over the first `count` ancestors, from their remembered state. */
export function quantifyPrefix(
  op: Quantifier,
  prefix: AncestorPrefix,
  count: number,
  missing: string[],
): Tri {
  if (count === 0) return op === "none";
  for (const name of prefix.missing) missing.push(name);
  if (prefix.settled) return op === "some";
  if (prefix.sawUnknown) return null;
  return op !== "some";
}
