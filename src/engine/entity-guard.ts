import { namedParties, parseMadeBy } from "../logic/compile-condition.js";
import { operationEntry } from "../logic/condition-scope.js";
import type { PartyField } from "../logic/facts.js";
import type { EntityGuard } from "./compiled-policy.js";

function union<T>(sets: readonly ReadonlySet<T>[]): Set<T> {
  const out = new Set<T>();
  for (const set of sets) for (const item of set) out.add(item);
  return out;
}

function requirement(
  expr: unknown,
  entityIds: ReadonlySet<string>,
  depth: number,
): EntityGuard | undefined {
  const entry = operationEntry(expr);
  if (!entry || depth > 64) return undefined;
  const [op, raw] = entry;
  if (op === "made_by") {
    const parsed = parseMadeBy(raw);
    if (typeof parsed === "string") return undefined;
    const named = namedParties(parsed.parties);
    return {
      entities: new Set(parsed.ids.includes("*") ? entityIds : parsed.ids),
      parties: new Set(parsed.parties),
      // A component always has a name: with "name" among the parties, no match is always decided.
      named: named.includes("name") ? [] : named,
    };
  }
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const parts = raw.map((part) => requirement(part, entityIds, depth + 1));
  if (op === "and") {
    // One failing conjunct makes the whole false: take the most selective requirement.
    let best: EntityGuard | undefined;
    for (const part of parts)
      if (part && (!best || part.entities.size < best.entities.size)) best = part;
    return best;
  }
  if (op === "or" || op === "if") {
    // Every disjunct (every branch an "if" can take) must be false; each is false only when its
    // own named parties are present.
    const branches =
      op === "if" ? parts.filter((_, i) => i % 2 === 1 || i === parts.length - 1) : parts;
    if (op === "if" && parts.length % 2 === 0) return undefined;
    if (branches.some((part) => part === undefined)) return undefined;
    const guards = branches as EntityGuard[];
    const withNames = guards.filter((guard) => guard.named.length > 0);
    let named: PartyField[] = [];
    if (withNames.length > 0) {
      named = (withNames[0] as EntityGuard).named.filter((party) =>
        withNames.every((guard) => guard.named.includes(party)),
      );
      if (named.length === 0) return undefined;
    }
    return {
      entities: union(guards.map((g) => g.entities)),
      parties: union(guards.map((g) => g.parties)),
      named,
    };
  }
  return undefined;
}

/**
 * The entities a rule condition needs to find on a component: when a component with a known
 * maker matches none of them, the condition is false and need not run. `undefined` when the
 * condition can hold without any entity.
 */
export function guardOf(when: unknown, entityIds: ReadonlySet<string>): EntityGuard | undefined {
  return requirement(when, entityIds, 0);
}
