import type { CompiledPolicy } from "../engine/compiled-policy.js";
import type { PreparedEvaluation } from "../engine/evaluate.js";
import type { Entity } from "../model/entity.js";
import { buildEntityIndex, type EntityIndex } from "../names/entity-index.js";
import { canonicalJson } from "../util/canonical-json.js";

/**
 * What an update can change for products evaluated with the same options: everything (a rule,
 * scope, date or resolved version changed), or only products whose parts name a changed entity
 * (under its old or its new data).
 */
export type UpdateScope =
  | { readonly all: true; readonly reason: string }
  | {
      readonly all: false;
      /** Ids of the entities whose data changed. */
      readonly entities: readonly string[];
      /** @internal The changed entities' names, aliases, affiliates and identifiers, old and new. */
      readonly index: EntityIndex;
      /** The digests of the versions the previous run used, in resolution order. */
      readonly previousDigests: readonly string[];
    };

/** A compiled document with each entity written as its id: what is left when entities are set apart. */
function structure(policy: CompiledPolicy): string {
  return canonicalJson({
    ...policy.document,
    entities: policy.document.entities.map((entity) => entity.id),
  });
}

function byId(policy: CompiledPolicy): Map<string, Entity> {
  return new Map(policy.document.entities.map((entity) => [entity.id, entity]));
}

/** Adds to `changed` the entities that differ between two versions, both sides. */
function entityChanges(a: CompiledPolicy, b: CompiledPolicy, changed: Map<string, Entity[]>): void {
  const before = byId(a);
  const after = byId(b);
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const next = after.get(id);
    if (old && next && canonicalJson(old) === canonicalJson(next)) continue;
    const list = changed.get(id) ?? [];
    for (const entity of [old, next]) if (entity) list.push(entity);
    changed.set(id, list);
  }
}

/**
 * Compares the policies two prepared evaluations (same options; the previous registry and the
 * updated one) resolved, and says which products the update can affect.
 */
export function updateScope(previous: PreparedEvaluation, next: PreparedEvaluation): UpdateScope {
  if (previous.inputBasis !== next.inputBasis)
    return { all: true, reason: "the policies, context or waivers differ" };
  if (previous.resolutions.length !== next.resolutions.length)
    return { all: true, reason: "the policies resolve differently" };
  const changed = new Map<string, Entity[]>();
  const previousDigests: string[] = [];
  for (const [i, old] of previous.resolutions.entries()) {
    const now = next.resolutions[i] as (typeof next.resolutions)[number];
    const a = old.setting?.policy;
    const b = now.setting?.policy;
    if (!a || !b) {
      if (a || b || old.reason !== now.reason)
        return { all: true, reason: `${old.spec} resolves differently` };
      continue;
    }
    previousDigests.push(a.digest);
    if (a.digest === b.digest) continue;
    if (a.version !== b.version || structure(a) !== structure(b))
      return { all: true, reason: `${a.id} changed beyond its entities` };
    entityChanges(a, b, changed);
  }
  return {
    all: false,
    entities: [...changed.keys()].sort(),
    index: buildEntityIndex([...changed.values()].flat()),
    previousDigests,
  };
}
