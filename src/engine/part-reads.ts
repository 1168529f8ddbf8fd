import { operationEntry } from "../logic/condition-scope.js";
import { isPrimitive } from "../logic/var-ref.js";

/** Component fields whose absence a rule's condition can be false for. */
export type AbsentField = "attributes" | "categories";

/** A set of absent fields as bits, as the engine reads them. */
export function fieldMask(fields: readonly AbsentField[]): number {
  let mask = 0;
  for (const field of fields) mask |= field === "attributes" ? 1 : 2;
  return mask;
}

// Operations of plain JSON Logic that read nothing but their arguments.
const plainOperations = new Set("=== !== == != < <= > >= ! !! and or in if".split(" "));

function fieldOfPath(path: unknown): AbsentField | "none" | undefined {
  if (typeof path !== "string") return undefined;
  if (/^(product|context)\./.test(path)) return "none";
  if (path === "component.categories") return "categories";
  if (path === "component.attributes" || path.startsWith("component.attributes."))
    return "attributes";
  return undefined;
}

function collect(expr: unknown, inItem: boolean, depth: number, into: Set<AbsentField>): boolean {
  if (depth > 64) return false;
  if (Array.isArray(expr)) return expr.every((item) => collect(item, inItem, depth + 1, into));
  const entry = operationEntry(expr);
  if (!entry) return isPrimitive(expr);
  const [op, args] = entry;
  if (op === "var") {
    // Inside a quantifier, a `var` reads the item of the list.
    if (inItem) return true;
    const field = fieldOfPath(Array.isArray(args) ? args[0] : args);
    if (field === undefined) return false;
    if (field !== "none") into.add(field);
    return true;
  }
  const list = Array.isArray(args) ? args : [args];
  if (op === "in_category" && !inItem) {
    into.add("categories");
    return list.every(isPrimitive);
  }
  if (op === "some" || op === "all" || op === "none") {
    return (
      list.length === 2 &&
      collect(list[0], inItem, depth + 1, into) &&
      collect(list[1], true, depth + 1, into)
    );
  }
  return plainOperations.has(op) && collect(list, inItem, depth + 1, into);
}

/**
 * The fields of a part that conditions read, when those are only its categories and attributes
 * (besides the product and the context): every part that lacks them all gets the same outcome.
 * `undefined` when they read anything else of a part (its name, makers, type, origin, depth,
 * ancestors or descendants).
 */
export function partFieldsRead(conditions: readonly unknown[]): AbsentField[] | undefined {
  const fields = new Set<AbsentField>();
  return conditions.every((condition) => collect(condition, false, 0, fields))
    ? [...fields]
    : undefined;
}
