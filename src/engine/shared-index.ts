import {
  type EntityIndex,
  type MatchTarget,
  mergeEntityIndexes,
  targetsOf,
} from "../names/entity-index.js";
import { type CompiledPolicy, internalsOf } from "./compiled-policy.js";

/** One entity index for all the policies of an evaluation: each name is looked up once. */
export interface SharedIndex {
  readonly index: EntityIndex;
  /** Whether some policy looks for entities in component names. */
  readonly readsNames: boolean;
  /** Per policy, the targets that are its own; `undefined` when the index is the policy's own. */
  readonly members: readonly (ReadonlySet<MatchTarget> | undefined)[];
  /** Whether no policy covers an entity: nothing can be sighted, no name need be looked up. */
  readonly empty: boolean;
}

function isEmpty(index: EntityIndex): boolean {
  return (
    index.byToken.size === 0 &&
    index.byCjk.size === 0 &&
    index.byIdentifier.size === 0 &&
    index.keyed.length === 0
  );
}

// Shared indexes (and the name caches inside them) live as long as the first policy they were
// made for: a registry dropped takes its indexes with it. A few combinations per policy at most.
const byFirstPolicy = new WeakMap<CompiledPolicy, Map<string, SharedIndex>>();
const combinationsPerPolicy = 16;
const serials = new WeakMap<CompiledPolicy, number>();
let nextSerial = 0;

function serialOf(policy: CompiledPolicy): number {
  let serial = serials.get(policy);
  if (serial === undefined) {
    serial = nextSerial++;
    serials.set(policy, serial);
  }
  return serial;
}

/** A shared index over `index`; `members` by policy (`undefined` where the index is the policy's own). */
export function sharedIndexOver(
  index: EntityIndex,
  readsNames: boolean,
  members: readonly (ReadonlySet<MatchTarget> | undefined)[],
): SharedIndex {
  return { index, readsNames, members, empty: isEmpty(index) };
}

function build(policies: readonly CompiledPolicy[]): SharedIndex {
  const compiled = policies.map(internalsOf);
  const readsNames = compiled.some((policy) => policy.readsComponentNames);
  const indexes = [...new Set(compiled.map((policy) => policy.index))];
  if (indexes.length === 1) {
    return sharedIndexOver(
      indexes[0] as EntityIndex,
      readsNames,
      policies.map(() => undefined),
    );
  }
  const targets = new Map(indexes.map((index) => [index, targetsOf(index)]));
  return sharedIndexOver(
    mergeEntityIndexes(indexes),
    readsNames,
    compiled.map((policy) => targets.get(policy.index)),
  );
}

/**
 * The shared index of a list of policies, reused across evaluations (with its name cache) while
 * the same compiled policies are evaluated together.
 */
export function sharedIndexOf(policies: readonly CompiledPolicy[]): SharedIndex {
  const first = policies[0];
  if (first === undefined) return build(policies);
  let combinations = byFirstPolicy.get(first);
  if (combinations === undefined) {
    combinations = new Map();
    byFirstPolicy.set(first, combinations);
  }
  const key = policies.map(serialOf).join(",");
  let shared = combinations.get(key);
  if (shared === undefined) {
    shared = build(policies);
    if (combinations.size >= combinationsPerPolicy) combinations.clear();
    combinations.set(key, shared);
  }
  return shared;
}
