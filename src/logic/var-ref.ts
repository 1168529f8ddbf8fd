import type { IssuePath } from "../errors.js";
import type { CompileState, Scope } from "./condition-scope.js";
import { argsOf } from "./condition-scope.js";
import { checkVarPath } from "./view.js";

/** A checked `var` path and whether it has a default. */
export interface VarRef {
  path: string;
  hasDefault: boolean;
}

/** Whether a value is a JSON primitive: a string, number, boolean or null. */
export function isPrimitive(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

// json-logic-js evaluates a default as logic: only literals may stand there.
function isLiteral(value: unknown): boolean {
  return isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
}

/** Checks a `var` operation's path against the scope; problems go to `state.issues`. */
export function parseVar(
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
): VarRef | undefined {
  const args = argsOf(raw);
  const name = args[0];
  if (args.length > 2 || (typeof name !== "string" && typeof name !== "number")) {
    state.issues.push({
      code: "invalid_var",
      path: at,
      message: '"var" takes a literal path, optionally with a default: {"var": "component.name"}',
    });
    return undefined;
  }
  const path = String(name);
  const problem = checkVarPath(scope.shape, path);
  if (problem) {
    state.issues.push({
      code: "invalid_var",
      path: at,
      message: `Cannot read "${path}": ${problem}`,
    });
    return undefined;
  }
  if (args.length === 2 && !isLiteral(args[1])) {
    state.issues.push({
      code: "invalid_var",
      path: [...at, 1],
      message: `The default of "${path}" must be a literal (a string, number, boolean, null or a list of them)`,
    });
    return undefined;
  }
  if (path === "depth") scope.info.pathDependent = true;
  if (path === "ancestors" || path.startsWith("ancestors.")) {
    scope.info.pathDependent = true;
    scope.info.readsAncestors = true;
  }
  return { path, hasDefault: args.length === 2 };
}
