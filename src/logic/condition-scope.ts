import type { Issue, IssuePath } from "../errors.js";
import type { Evaluator } from "./facts.js";
import type { ViewShape } from "./view.js";

/** What compiling the conditions of one policy collects. */
export interface CompileState {
  /** Entity ids the policy covers. */
  readonly entityIds: ReadonlySet<string>;
  readonly issues: Issue[];
  /** `any_descendant` conditions, numbered in order; the engine evaluates them bottom-up. */
  readonly derived: Evaluator[];
  /** Set when some `made_by` reads component names, so the engine matches them too. */
  readsComponentNames: boolean;
}

/** What one condition reads, learnt while compiling it. */
export interface ConditionInfo {
  /** Entities its `made_by` operations name. */
  readonly entities: Set<string>;
  /** Whether it reads `depth`, `ancestors` or `any_ancestor`, so its value depends on the path. */
  pathDependent: boolean;
  /**
   * Whether it reads `ancestors` or `any_ancestor`: its value depends on the components above,
   * not only on the depth, so every path to a shared component must be walked.
   */
  readsAncestors: boolean;
}

/** Where a condition is compiled: what it may read, how missing data is named, whether it sees a component. */
export interface Scope {
  shape: ViewShape;
  /** How missing data in this scope is named in reports: `""`, `"ancestors[]."`, `"descendants[]."`. */
  label: string;
  /** Whether domain operations read the current component's facts here. */
  component: boolean;
  info: ConditionInfo;
}

/** The scope at the root of a condition; `component` says whether domain operations may read a component. */
export function rootScope(shape: ViewShape, info: ConditionInfo, component: boolean): Scope {
  return { shape, label: "", component, info };
}

/** Whether a value is a JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The operation of a JSON Logic object: its single key. */
export function operationOf(expr: Record<string, unknown>): string | undefined {
  const keys = Object.keys(expr);
  return keys.length === 1 ? keys[0] : undefined;
}

/** A JSON Logic operation as its name and its raw arguments; `undefined` for anything else. */
export function operationEntry(expr: unknown): [string, unknown] | undefined {
  if (!isPlainObject(expr)) return undefined;
  const op = operationOf(expr);
  return op === undefined ? undefined : [op, expr[op]];
}

/** An operation's arguments as a list (JSON Logic allows a single argument bare). */
export function argsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The evaluator of a condition that failed to compile: never true. */
export const never: Evaluator = () => false;

/**
 * Compiles a nested condition. Operations that hold conditions receive it as an argument, so
 * they need not import the compiler that imports them.
 */
export type CompileNested = (
  expr: unknown,
  scope: Scope,
  path: IssuePath,
  state: CompileState,
) => Evaluator;
