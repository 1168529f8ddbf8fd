import type { Issue, IssuePath } from "../errors.js";
import { ComponentTypeSchema } from "../model/component.js";
import type { Evaluator, PartyField, Tri } from "./facts.js";
import { applyStandard, isTruthy } from "./json-logic.js";
import { checkVarPath, componentShape, readPath, shapeAt, type ViewShape } from "./view.js";

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
}

interface Scope {
  shape: ViewShape;
  /** How missing data in this scope is named in reports: `""`, `"ancestors[]."`, `"descendants[]."`. */
  label: string;
  /** Whether domain operations read the current component's facts here. */
  component: boolean;
  info: ConditionInfo;
}

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
const defaultParties: readonly PartyField[] = ["manufacturer", "brand", "identifiers"];
const nameParties = new Set<PartyField>(["manufacturer", "brand", "supplier", "name"]);
const partyFields = new Set<string>(["manufacturer", "brand", "supplier", "identifiers", "name"]);
const componentTypes = new Set<string>(ComponentTypeSchema.options);

/** The scope at the root of a condition; `component` says whether domain operations may read a component. */
export function rootScope(shape: ViewShape, info: ConditionInfo, component: boolean): Scope {
  return { shape, label: "", component, info };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function operationOf(expr: Record<string, unknown>): string | undefined {
  const keys = Object.keys(expr);
  return keys.length === 1 ? keys[0] : undefined;
}

function argsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

const never: Evaluator = () => false;

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
  if (typeof expr === "boolean") return () => expr;
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
      return op === "and" ? all3(ordered) : any3(ordered);
    }
    case "!":
    case "!!": {
      if (args.length !== 1) return fail("invalid_operation", `"${op}" takes one condition`, at);
      const inner = compileCondition(args[0], scope, Array.isArray(raw) ? [...at, 0] : at, state);
      return op === "!" ? (env, data) => not3(inner(env, data)) : inner;
    }
    case "if":
      return compileIf(args, scope, at, state);
    case "some":
    case "all":
    case "none":
      return compileQuantifier(op, args, scope, at, state);
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
      if (domainOperations.has(op)) return compileDomain(op, raw, scope, at, state);
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

function all3(parts: Evaluator[]): Evaluator {
  if (parts.length === 1) return parts[0] as Evaluator;
  return (env, data) => {
    let result: Tri = true;
    for (const part of parts) {
      const value = part(env, data);
      if (value === false) return false;
      if (value === null) result = null;
    }
    return result;
  };
}

function any3(parts: Evaluator[]): Evaluator {
  if (parts.length === 1) return parts[0] as Evaluator;
  return (env, data) => {
    let result: Tri = false;
    for (const part of parts) {
      const value = part(env, data);
      if (value === true) return true;
      if (value === null) result = null;
    }
    return result;
  };
}

function not3(value: Tri): Tri {
  return value === null ? null : !value;
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

function agree(values: Tri[]): Tri {
  const first = values[0] ?? null;
  return values.every((value) => value === first) ? first : null;
}

interface VarRef {
  path: string;
  hasDefault: boolean;
}

function parseVar(
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
  if (path === "depth" || path === "ancestors" || path.startsWith("ancestors.")) {
    scope.info.pathDependent = true;
  }
  return { path, hasDefault: args.length === 2 };
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
  const expr = { var: raw };
  const missingName = scope.label + ref.path;
  return (env, data) => {
    const value = applyStandard(expr, data);
    if ((value === null || value === undefined) && !ref.hasDefault) {
      env.missing.push(missingName);
      return null;
    }
    return isTruthy(value);
  };
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
  return (env, data) => {
    let undecided = false;
    for (let i = 0; i < required.length; i++) {
      const value = readPath(data, required[i] as string);
      if (value === undefined || value === null) {
        env.missing.push(labels[i] as string);
        undecided = true;
      }
    }
    if (undecided) return null;
    return isTruthy(applyStandard(expr, data));
  };
}

function compileQuantifier(
  op: "some" | "all" | "none",
  args: unknown[],
  scope: Scope,
  at: IssuePath,
  state: CompileState,
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
    const inner = compileCondition(
      args[1],
      { shape: componentShape, label: "ancestors[].", component: true, info: scope.info },
      [...at, 1],
      state,
    );
    return (env) =>
      quantify(
        op,
        env.ancestors().map((node) => (e) => inner({ ...e, node }, node.view)),
        env,
      );
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
  return (env, data) => {
    const list = readPath(data, ref.path);
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

function quantify(
  op: "some" | "all" | "none",
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

function stringList(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.length > 0 && list.every((item) => typeof item === "string")
    ? (list as string[])
    : undefined;
}

function compileDomain(
  op: string,
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
): Evaluator {
  const fail = (message: string): Evaluator => {
    state.issues.push({ code: "invalid_operation", path: at, message });
    return never;
  };
  if (!scope.component) return fail(`"${op}" reads a component and cannot be used here`);
  const prefix = scope.label || "component.";
  switch (op) {
    case "made_by":
      return compileMadeBy(raw, scope, at, state) ?? never;
    case "in_category": {
      const wanted = stringList(raw);
      if (!wanted)
        return fail(
          '"in_category" takes a category or a list: {"in_category": ["video-surveillance"]}',
        );
      const missing = `${prefix}categories`;
      return (env) => {
        const categories = env.node.view.categories;
        if (!categories) {
          env.missing.push(missing);
          return null;
        }
        return wanted.some((category) => categories.includes(category));
      };
    }
    case "origin_in": {
      const wanted = stringList(raw);
      if (!wanted?.every((code) => /^[A-Z]{2}$/.test(code))) {
        return fail('"origin_in" takes ISO 3166-1 alpha-2 codes: {"origin_in": ["CN"]}');
      }
      const missing = `${prefix}countryOfOrigin`;
      return (env) => {
        const origin = env.node.view.countryOfOrigin;
        if (origin === undefined) {
          env.missing.push(missing);
          return null;
        }
        return wanted.includes(origin);
      };
    }
    case "type_is": {
      const wanted = stringList(raw);
      const unknown = wanted?.filter((type) => !componentTypes.has(type)) ?? [];
      if (!wanted || unknown.length > 0) {
        return fail(
          `"type_is" takes component types (${[...componentTypes].join(", ")})${unknown.length ? `; unknown: ${unknown.join(", ")}` : ""}`,
        );
      }
      const missing = `${prefix}type`;
      return (env) => {
        const type = env.node.view.type;
        if (type === undefined) {
          env.missing.push(missing);
          return null;
        }
        return wanted.includes(type);
      };
    }
    case "any_descendant": {
      const inner = compileCondition(
        raw,
        { shape: componentShape, label: "descendants[].", component: true, info: scope.info },
        at,
        state,
      );
      const id = state.derived.length;
      state.derived.push(inner);
      return (env) => env.derived(id);
    }
    default: {
      scope.info.pathDependent = true;
      const inner = compileCondition(
        raw,
        { shape: componentShape, label: "ancestors[].", component: true, info: scope.info },
        at,
        state,
      );
      return (env) =>
        quantify(
          "some",
          env.ancestors().map((node) => (e) => inner({ ...e, node }, node.view)),
          env,
        );
    }
  }
}

/** The arguments of a `made_by` operation, or a message saying what is wrong with them. */
export function parseMadeBy(raw: unknown): { ids: string[]; parties: PartyField[] } | string {
  let entitiesRaw: unknown = raw;
  let parties: PartyField[] = [...defaultParties];
  if (isPlainObject(raw)) {
    entitiesRaw = raw.entities;
    const partiesRaw = stringList(raw.parties ?? defaultParties);
    if (!partiesRaw?.every((party) => partyFields.has(party))) {
      return '"made_by" parties must be some of manufacturer, brand, supplier, identifiers, name';
    }
    const extra = Object.keys(raw).filter((key) => key !== "entities" && key !== "parties");
    if (extra.length) return `"made_by" does not take ${extra.join(", ")}`;
    parties = partiesRaw as PartyField[];
  }
  const ids = stringList(entitiesRaw);
  if (!ids) return '"made_by" takes an entity id, a list of ids, "*" or {entities, parties}';
  return { ids, parties };
}

/** The parties `made_by` reads by name (not identifiers), whose absence leaves it undecided. */
export function namedParties(parties: readonly PartyField[]): PartyField[] {
  return parties.filter((party) => nameParties.has(party));
}

function compileMadeBy(
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
): Evaluator | undefined {
  const parsed = parseMadeBy(raw);
  if (typeof parsed === "string") {
    state.issues.push({ code: "invalid_operation", path: at, message: parsed });
    return undefined;
  }
  const { ids, parties } = parsed;
  if (parties.includes("name")) state.readsComponentNames = true;
  const every = ids.includes("*");
  for (const id of ids) {
    if (id !== "*" && !state.entityIds.has(id)) {
      state.issues.push({
        code: "unknown_entity",
        path: at,
        message: `"made_by" names entity "${id}", which the policy's entities do not include`,
      });
    }
    if (id !== "*") scope.info.entities.add(id);
  }
  if (every) for (const id of state.entityIds) scope.info.entities.add(id);
  const wanted = new Set(every ? state.entityIds : ids);
  const partySet = new Set(parties);
  const named = namedParties(parties);
  const missing = `${scope.label || "component."}${named[0] ?? "identifiers"}`;
  return (env) => {
    const { hits, view } = env.node;
    for (const hit of hits) {
      if (wanted.has(hit.entityId) && partySet.has(hit.party)) return true;
    }
    for (const party of named) if (view[party as "manufacturer"] !== undefined) return false;
    if (named.length === 0) return false;
    env.missing.push(missing);
    return null;
  };
}
