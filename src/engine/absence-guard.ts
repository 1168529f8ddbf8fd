import { operationEntry } from "../logic/condition-scope.js";
import { isPrimitive } from "../logic/var-ref.js";
import { type AbsentField, partFieldsRead } from "./part-reads.js";
/**
 * When a rule's condition is false on every part below the product that lacks some fields: a
 * part that lacks all of `fields` is ruled out, on a product where each of `given` is false.
 */
export interface AbsenceGuard {
  /** The fields; none: false on every part below the product. */
  readonly fields: readonly AbsentField[];
  /** Parts of the condition that read nothing but the product and the context. */
  readonly given: readonly unknown[];
}

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

const unconditional = (fields: AbsentField[]): AbsenceGuard => ({ fields, given: [] });

/** The fewest conditions, then the fewest fields. */
function better(a: AbsenceGuard, b: AbsenceGuard): boolean {
  if (a.given.length !== b.given.length) return a.given.length < b.given.length;
  return a.fields.length < b.fields.length;
}

function guardFor(expr: unknown, depth: number): AbsenceGuard | undefined {
  const entry = operationEntry(expr);
  if (!entry || depth > 64) return undefined;
  const [op, args] = entry;
  if (op === "===" && isDepthZero(args)) return unconditional([]);
  if (partFieldsRead([expr])?.length === 0) return { fields: [], given: [expr] };
  if ((op === "===" || op === "in") && Array.isArray(args) && args.length === 2) {
    const read = defaulted(args[0]);
    if (read === undefined || !isPrimitive(read.fallback)) return undefined;
    // The default stands where the field is absent, and it is not what is asked for.
    if (op === "===" && isPrimitive(args[1]) && args[1] !== read.fallback)
      return unconditional([read.field]);
    if (op === "in" && Array.isArray(args[1]) && !args[1].includes(read.fallback))
      return unconditional([read.field]);
    return undefined;
  }
  if (op === "some" && Array.isArray(args) && args.length === 2) {
    const read = defaulted(args[0]);
    // `some` of an empty list is false.
    return read && Array.isArray(read.fallback) && read.fallback.length === 0
      ? unconditional([read.field])
      : undefined;
  }
  if ((op !== "and" && op !== "or") || !Array.isArray(args) || args.length === 0) return;
  const parts = args.map((part) => guardFor(part, depth + 1));
  if (op === "and") {
    // One false conjunct is enough: take the one that asks least.
    let best: AbsenceGuard | undefined;
    for (const part of parts) if (part && (!best || better(part, best))) best = part;
    return best;
  }
  // Every disjunct must be false: every field any of them needs absent, every condition false.
  if (parts.some((part) => part === undefined)) return undefined;
  const guards = parts as AbsenceGuard[];
  return {
    fields: [...new Set(guards.flatMap((guard) => guard.fields))],
    given: guards.flatMap((guard) => guard.given),
  };
}

/**
 * When a rule's condition is false on every part below the product that lacks some fields (a
 * `depth` of 0 asked for, a field read with a default that is not what is compared with, or a
 * part that reads only the product and is false on it): a part that lacks all of them is ruled
 * out without running the rule, as an entity guard rules out a part whose makers match none of
 * a rule's entities. `undefined` when no such fields are found.
 */
export function absenceGuardOf(when: unknown): AbsenceGuard | undefined {
  return guardFor(when, 0);
}
