import type { IssuePath } from "../errors.js";
import { ComponentTypeSchema } from "../model/component.js";
import {
  type CompileNested,
  type CompileState,
  isPlainObject,
  never,
  type Scope,
} from "./condition-scope.js";
import type { EntityHit, Evaluator, PartyField } from "./facts.js";
import { overAncestors } from "./quantifiers.js";
import { componentShape } from "./view.js";

/** Where `made_by` looks by default: who made it, its brand, and its identifiers. */
export const defaultParties: readonly PartyField[] = ["manufacturer", "brand", "identifiers"];

/** Parties read by name, whose absence leaves `made_by` undecided. */
export const nameParties = new Set<PartyField>(["manufacturer", "brand", "supplier", "name"]);

/** Every party `made_by` may name. */
export const partyFields = new Set<string>([
  "manufacturer",
  "brand",
  "supplier",
  "identifiers",
  "name",
]);

/** The component types `type_is` accepts. */
export const componentTypes = new Set<string>(ComponentTypeSchema.options);

/** A string or a non-empty list of strings, as a list; otherwise undefined. */
export function stringList(raw: unknown): string[] | undefined {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.length > 0 && list.every((item) => typeof item === "string")
    ? (list as string[])
    : undefined;
}

/** Compiles a domain operation: made_by, in_category, origin_in, type_is, any_descendant, any_ancestor. */
export function compileDomain(
  op: string,
  raw: unknown,
  scope: Scope,
  at: IssuePath,
  state: CompileState,
  compileCondition: CompileNested,
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
        if (wanted.some((category) => categories.includes(category))) return true;
        const slips = env.node.view.categorySlips;
        if (slips && wanted.some((category) => slips.includes(category))) {
          env.missing.push(missing);
          return null;
        }
        return false;
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
    default:
      return overAncestors("some", raw, scope, at, state, compileCondition);
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

/** Compiles `made_by`: true on a match, undecided when no named party is known, else false. */
export function compileMadeBy(
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
    // Indexed loops: this runs for every component, and `for…of` allocates where it is not inlined.
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i] as EntityHit;
      if (wanted.has(hit.entityId) && partySet.has(hit.party)) return true;
    }
    for (let i = 0; i < named.length; i++)
      if (view[named[i] as "manufacturer"] !== undefined) return false;
    if (named.length === 0) return false;
    env.missing.push(missing);
    return null;
  };
}
