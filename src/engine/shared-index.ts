import {
  type EntityIndex,
  type MatchTarget,
  mergeEntityIndexes,
  targetsOf,
} from "../names/entity-index.js";
import type { CompiledPolicy } from "./compiled-policy.js";

/** One entity index for all the policies of an evaluation: each name is looked up once. */
export interface SharedIndex {
  readonly index: EntityIndex;
  /** Whether some policy looks for entities in component names. */
  readonly readsNames: boolean;
  /** Per policy, the targets that are its own; `undefined` when the index is the policy's own. */
  readonly members: readonly (ReadonlySet<MatchTarget> | undefined)[];
}

const serials = new WeakMap<CompiledPolicy, number>();
let nextSerial = 0;
const cache = new Map<string, SharedIndex>();
const cacheLimit = 64;

function serialOf(policy: CompiledPolicy): number {
  let serial = serials.get(policy);
  if (serial === undefined) {
    serial = nextSerial++;
    serials.set(policy, serial);
  }
  return serial;
}

function build(policies: readonly CompiledPolicy[]): SharedIndex {
  const readsNames = policies.some((policy) => policy.readsComponentNames);
  if (policies.length === 1) {
    return { index: (policies[0] as CompiledPolicy).index, readsNames, members: [undefined] };
  }
  return {
    index: mergeEntityIndexes(policies.map((policy) => policy.index)),
    readsNames,
    members: policies.map((policy) => targetsOf(policy.index)),
  };
}

/**
 * The shared index of a list of policies, reused across evaluations (with its name cache) while
 * the same compiled policies are evaluated together.
 */
export function sharedIndexOf(policies: readonly CompiledPolicy[]): SharedIndex {
  const key = policies.map(serialOf).join(",");
  let shared = cache.get(key);
  if (shared === undefined) {
    shared = build(policies);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, shared);
  }
  return shared;
}
