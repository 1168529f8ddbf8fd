// Comparison leaves whose values are all literals or `var`s, compiled to plain closures that return
// what json-logic-js would: the operations below are copied from it, `var` paths are split once.
import { isPlainObject } from "./condition-scope.js";
import { readVar } from "./json-logic.js";

/** Reads one value of a comparison from the view. */
type Operand = (data: unknown) => unknown;

type Primitive = string | number | boolean | null;

function isPrimitive(value: unknown): value is Primitive {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  );
}

function operandOf(arg: unknown): Operand | undefined {
  if (isPrimitive(arg)) return () => arg;
  if (Array.isArray(arg)) {
    if (!arg.every(isPrimitive)) return undefined;
    const list = [...arg];
    return () => list;
  }
  if (!isPlainObject(arg)) return undefined;
  const raw = (arg as { var?: unknown }).var;
  const parts = Array.isArray(raw) ? raw : [raw];
  const [name, fallback] = parts;
  if (parts.length > 2 || (typeof name !== "string" && typeof name !== "number")) return undefined;
  if (fallback !== undefined && !isPrimitive(fallback)) return undefined;
  const path = String(name);
  const segments = path === "" ? undefined : path.split(".");
  const notFound = fallback === undefined ? null : fallback;
  return (data) => readVar(data, segments, notFound);
}

/**
 * The closure of a comparison (`===`, `!==`, `<`, `<=`, `>`, `>=`, `in`) whose arguments are
 * literals, lists of literals or `var`s with a literal default, or undefined for any other leaf
 * (which json-logic-js then applies). The arguments must have passed the compile checks.
 */
export function compileComparison(
  op: string,
  args: readonly unknown[],
): ((data: unknown) => boolean) | undefined {
  const operands: Operand[] = [];
  for (const arg of args) {
    const operand = operandOf(arg);
    if (!operand) return undefined;
    operands.push(operand);
  }
  const [a, b, c] = operands as [Operand, Operand, Operand | undefined];
  switch (op) {
    case "===":
      return (data) => a(data) === b(data);
    case "!==":
      return (data) => a(data) !== b(data);
    // json-logic-js compares with JavaScript's operators, coercions included.
    case ">":
      return (data) => (a(data) as number) > (b(data) as number);
    case ">=":
      return (data) => (a(data) as number) >= (b(data) as number);
    case "<":
    case "<=":
      return compileBetween(op, a, b, c);
    case "in":
      return (data) => {
        const needle = a(data);
        const haystack = b(data) as { indexOf?: (x: unknown) => number } | null | undefined;
        if (!haystack || typeof haystack.indexOf === "undefined") return false;
        return haystack.indexOf(needle) !== -1;
      };
    default:
      return undefined;
  }
}

function compileBetween(
  op: "<" | "<=",
  a: Operand,
  b: Operand,
  c: Operand | undefined,
): (data: unknown) => boolean {
  const less =
    op === "<"
      ? (x: unknown, y: unknown) => (x as number) < (y as number)
      : (x: unknown, y: unknown) => (x as number) <= (y as number);
  if (c === undefined) return (data) => less(a(data), b(data));
  return (data) => {
    // json-logic-js reads every value before comparing (a getter could notice the order).
    const x = a(data);
    const y = b(data);
    const z = c(data);
    return z === undefined ? less(x, y) : less(x, y) && less(y, z);
  };
}
