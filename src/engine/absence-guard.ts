import { operationEntry } from "../logic/condition-scope.js";
import { isPrimitive } from "../logic/var-ref.js";
/** Component fields whose absence a rule's condition can be false for. */
export type AbsentField = "attributes" | "categories";

/** What a `var` operation is given; `undefined` for anything else. */
function varOf(expr: unknown): unknown {
  const entry = operationEntry(expr);
  return entry?.[0] === "var" ? entry[1] : undefined;
}

/** The field a `var` with a default reads below `component.`, and the default. */
function defaulted(expr: unknown): { field: AbsentField; fallback: unknown } | undefined {
  const raw = varOf(expr);
  if (!Array.isArray(raw) || raw.length !== 2) return undefined;
  const [path, fallback] = raw as [unknown, unknown];
  if (path === "component.categories") return { field: "categories", fallback };
  if (typeof path === "string" && /^component\.attributes\.[^.]+$/.test(path))
    return { field: "attributes", fallback };
  return undefined;
}

function isDepthZero(args: unknown): boolean {
  if (!Array.isArray(args) || args.length !== 2) return false;
  const [a, b] = args;
  return (varOf(a) === "depth" && b === 0) || (varOf(b) === "depth" && a === 0);
}

function fieldsFor(expr: unknown, depth: number): AbsentField[] | undefined {
  const entry = operationEntry(expr);
  if (!entry || depth > 64) return undefined;
  const [op, args] = entry;
  if (op === "===" && isDepthZero(args)) return [];
  if ((op === "===" || op === "in") && Array.isArray(args) && args.length === 2) {
    const read = defaulted(args[0]);
    if (read === undefined || !isPrimitive(read.fallback)) return undefined;
    // The default stands where the field is absent, and it is not what is asked for.
    if (op === "===" && isPrimitive(args[1]) && args[1] !== read.fallback) return [read.field];
    if (op === "in" && Array.isArray(args[1]) && !args[1].includes(read.fallback))
      return [read.field];
    return undefined;
  }
  if (op === "some" && Array.isArray(args) && args.length === 2) {
    const read = defaulted(args[0]);
    // `some` of an empty list is false.
    return read && Array.isArray(read.fallback) && read.fallback.length === 0
      ? [read.field]
      : undefined;
  }
  if ((op !== "and" && op !== "or") || !Array.isArray(args) || args.length === 0) return;
  const parts = args.map((part) => fieldsFor(part, depth + 1));
  if (op === "and") {
    // One false conjunct is enough: take the one that needs the fewest fields absent.
    let best: AbsentField[] | undefined;
    for (const part of parts) if (part && (!best || part.length < best.length)) best = part;
    return best;
  }
  // Every disjunct must be false: every field any of them needs absent.
  if (parts.some((part) => part === undefined)) return undefined;
  return [...new Set(parts.flat() as AbsentField[])];
}

/**
 * The component fields whose absence makes a rule's condition false on every part below the
 * product (a `depth` of 0 asked for, or a field read with a default that is not what is compared
 * with): a part that lacks all of them is ruled out without running the rule, as an entity guard
 * rules out a part whose makers match none of a rule's entities. An empty list: false on every
 * part below the product. `undefined` when no such fields are found.
 */
export function absenceGuardOf(when: unknown): readonly AbsentField[] | undefined {
  return fieldsFor(when, 0);
}
