import type { Issue, IssuePath } from "../errors.js";
import {
  argsOf,
  type CompileState,
  isPlainObject,
  never,
  operationOf,
  type Scope,
} from "./condition-scope.js";
import { isContextOnly, markContextOnly, markJunction } from "./context-fold.js";
import { compileDomain } from "./domain-operations.js";
import type { Evaluator, Tri } from "./facts.js";
import { applyStandard, isTruthy, readVar } from "./json-logic.js";
import { compileQuantifier } from "./quantifiers.js";
import { compileComparison } from "./standard-leaf.js";
import { agree, all3, any3, not3 } from "./three-valued.js";
import { parseVar, type VarRef } from "./var-ref.js";
import { readSegments, shapeAt } from "./view.js";

export type { CompileState, ConditionInfo } from "./condition-scope.js";
export { rootScope } from "./condition-scope.js";
export { namedParties, parseMadeBy } from "./domain-operations.js";

const domainOperations = new Set([
  "made_by",
  "in_category",
  "origin_in",
  "type_is",
  "any_descendant",
  "any_ancestor",
]);
const allowedOperations = [
  "var",
  "===",
  "!==",
  "<",
  "<=",
  ">",
  ">=",
  "!",
  "!!",
  "and",
  "or",
  "if",
  "in",
  "some",
  "all",
  "none",
  ...domainOperations,
];
/**
 * Compiles a JSON Logic condition into a three-valued evaluator, checking every operation
 * against the allow-list and every `var` path against the view. Problems go to `state.issues`.
 */
export function compileCondition(
  expr: unknown,
  scope: Scope,
  path: IssuePath,
  state: CompileState,
): Evaluator {
  const fail = (code: Issue["code"], message: string, at: IssuePath = path): Evaluator => {
    state.issues.push({ code, path: at, message });
    return never;
  };
  if (typeof expr === "boolean") return markContextOnly(() => expr);
  if (!isPlainObject(expr)) {
    return fail("invalid_operation", "Expected a condition (an operation object, true or false)");
  }
  const op = operationOf(expr);
  if (op === undefined) {
    return fail(
      "invalid_operation",
      "An operation object must have exactly one key, the operation",
    );
  }
  const raw = expr[op];
  const args = argsOf(raw);
  const at = [...path, op];
  switch (op) {
    case "and":
    case "or": {
      if (args.length === 0)
        return fail("invalid_operation", `"${op}" needs at least one condition`, at);
      const parts = args.map((arg, i) => compileCondition(arg, scope, [...at, i], state));
      // Cheapest first: Kleene and/or do not depend on the order, and a cheap false (or true)
      // often decides before a JSON Logic leaf has to run.
      const order = args.map((arg, i) => [costOf(arg), i] as const).sort((a, b) => a[0] - b[0]);
      const ordered = order.map(([, i]) => parts[i] as Evaluator);
      return markJunction(op === "and" ? all3(ordered) : any3(ordered), op, ordered);
    }
    case "!":
    case "!!": {
      if (args.length !== 1) return fail("invalid_operation", `"${op}" takes one condition`, at);
      const inner = compileCondition(args[0], scope, Array.isArray(raw) ? [...at, 0] : at, state);
      if (op === "!!") return inner;
      const negated: Evaluator = (env, data) => not3(inner(env, data));
      return isContextOnly(inner) ? markContextOnly(negated) : negated;
    }
    case "if":
      return compileIf(args, scope, at, state);
    case "some":
    case "all":
    case "none":
      return compileQuantifier(op, args, scope, at, state, compileCondition);
    case "var":
      return compileVarCondition(raw, scope, at, state);
    case "in":
    case "===":
    case "!==":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return compileStandardLeaf(op, expr, args, scope, at, state);
    case "==":
    case "!=":
      return fail(
        "unknown_operation",
        `"${op}" compares loosely (1 == "1"); use "${op}=" instead`,
        at,
      );
    default:
      if (domainOperations.has(op))
        return compileDomain(op, raw, scope, at, state, compileCondition);
      return fail(
        "unknown_operation",
        `Unknown or disallowed operation "${op}" (allowed: ${allowedOperations.join(", ")})`,
        at,
      );
  }
}

/** A rough cost of evaluating a condition: native domain operations are cheap, JSON Logic leaves dear. */
function costOf(expr: unknown, depth = 0): number {
  if (typeof expr === "boolean") return 0;
  if (!isPlainObject(expr) || depth > 32) return 10;
  const op = operationOf(expr);
  if (op === undefined) return 10;
  if (op === "made_by" || op === "in_category" || op === "origin_in" || op === "type_is") return 1;
  if (op === "any_descendant") return 2;
  if (op === "and" || op === "or" || op === "!" || op === "!!" || op === "if") {
    return argsOf(expr[op]).reduce<number>((sum, arg) => sum + costOf(arg, depth + 1), 0);
  }
  return 5;
}

function compileIf(args: unknown[], scope: Scope, at: IssuePath, state: CompileState): Evaluator {
  if (args.length < 3 || args.length % 2 === 0) {
    state.issues.push({
      code: "invalid_operation",
      path: at,
      message: '"if" takes [condition, then, else] or [c1, v1, c2, v2, ..., else] with an else',
    });
    return never;
  }
  const parts = args.map((arg, i) => compileCondition(arg, scope, [...at, i], state));
  return (env, data) => {
    // Three-valued: an undecided condition gives a decided answer only if every branch still open agrees.
    const open: Tri[] = [];
    let i = 0;
    for (; i + 1 < parts.length; i += 2) {
      const test = (parts[i] as Evaluator)(env, data);
      if (test === true) {
        open.push((parts[i + 1] as Evaluator)(env, data));
        return agree(open);
      }
      if (test === null) open.push((parts[i + 1] as Evaluator)(env, data));
    }
    open.push((parts[i] as Evaluator)(env, data));
    return agree(open);
  };
}

function compileVarCondition(
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
): Evaluator {
  const ref = parseVar(raw, scope, at, state);
  if (!ref) return never;
  const shape = shapeAt(scope.shape, ref.path);
  if (shape.kind !== "leaf" || shape.array) {
    state.issues.push({
      code: "invalid_var",
      path: at,
      message: `"${ref.path}" is not a single value; test it with an operation`,
    });
    return never;
  }
  const args = argsOf(raw);
  const fallback = args.length === 2 ? args[1] : undefined;
  // A list default goes through json-logic-js, which copies it.
  const segments = ref.path === "" ? undefined : ref.path.split(".");
  const read = Array.isArray(fallback)
    ? (data: unknown) => applyStandard({ var: raw }, data)
    : (data: unknown) => readVar(data, segments, fallback ?? null);
  const missingName = scope.label + ref.path;
  const evaluator: Evaluator = (env, data) => {
    const value = read(data);
    if ((value === null || value === undefined) && !ref.hasDefault) {
      env.missing.push(missingName);
      return null;
    }
    return isTruthy(value);
  };
  return readsOnlyContext(scope, [ref]) ? markContextOnly(evaluator) : evaluator;
}

/** Whether `var`s at the root of a condition read only the context (so the value is the same on every component). */
function readsOnlyContext(scope: Scope, vars: readonly VarRef[]): boolean {
  return (
    scope.label === "" &&
    vars.every((ref) => ref.path === "context" || ref.path.startsWith("context."))
  );
}

function collectVars(
  value: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
  vars: VarRef[],
): boolean {
  if (value === null || typeof value !== "object") return true;
  if (Array.isArray(value)) {
    return value.every((item, i) => collectVars(item, scope, [...at, i], state, vars));
  }
  const op = operationOf(value as Record<string, unknown>);
  if (op !== "var") {
    state.issues.push({
      code: "invalid_operation",
      path: at,
      message: 'Values compared here must be literals or {"var": ...}',
    });
    return false;
  }
  const ref = parseVar((value as Record<string, unknown>).var, scope, [...at, "var"], state);
  if (!ref) return false;
  vars.push(ref);
  return true;
}

function compileStandardLeaf(
  op: string,
  expr: Record<string, unknown>,
  args: unknown[],
  scope: Scope,
  at: IssuePath,
  state: CompileState,
): Evaluator {
  const arity = op === "<" || op === "<=" ? [2, 3] : [2];
  if (!arity.includes(args.length)) {
    state.issues.push({
      code: "invalid_operation",
      path: at,
      message: `"${op}" takes ${arity.join(" or ")} values`,
    });
    return never;
  }
  const vars: VarRef[] = [];
  const ok = args.every((arg, i) => collectVars(arg, scope, [...at, i], state, vars));
  if (!ok) return never;
  for (const ref of vars) {
    const shape = shapeAt(scope.shape, ref.path);
    const isArray = shape.kind === "leaf" && shape.array !== undefined;
    const asHaystack =
      op === "in" && isPlainObject(args[1]) && (args[1] as { var?: unknown }).var !== undefined;
    if (shape.kind !== "leaf" || (isArray && !(asHaystack && shape.array === "of-strings"))) {
      state.issues.push({
        code: "invalid_var",
        path: at,
        message: `"${ref.path}" is not a single value and cannot be compared with "${op}"`,
      });
      return never;
    }
  }
  if (op === "in") {
    const haystack = args[1];
    const isStringVar =
      isPlainObject(haystack) &&
      vars.some((ref) => {
        const shape = shapeAt(scope.shape, ref.path);
        return shape.kind === "leaf" && !shape.array;
      }) &&
      (haystack as { var?: unknown }).var !== undefined;
    if (typeof haystack === "string" || isStringVar) {
      state.issues.push({
        code: "invalid_operation",
        path: at,
        message:
          '"in" on a string is a substring test ("Aztec" contains "zte"); use made_by for names, or a list of values',
      });
      return never;
    }
  }
  const required = vars.filter((ref) => !ref.hasDefault).map((ref) => ref.path);
  const labels = required.map((path) => scope.label + path);
  const segments = required.map((path) => (path === "" ? undefined : path.split(".")));
  const compare = compileComparison(op, args);
  const decide = compare ?? ((data: unknown) => isTruthy(applyStandard(expr, data)));
  const evaluator: Evaluator = (env, data) => {
    let undecided = false;
    for (let i = 0; i < segments.length; i++) {
      const path = segments[i];
      const value = path === undefined ? data : readSegments(data, path);
      if (value === undefined || value === null) {
        env.missing.push(labels[i] as string);
        undecided = true;
      }
    }
    if (undecided) return null;
    return decide(data);
  };
  return readsOnlyContext(scope, vars) ? markContextOnly(evaluator) : evaluator;
}
