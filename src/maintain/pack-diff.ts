import type { CompiledPolicy } from "../engine/compiled-policy.js";
import type { Registry } from "../registry/registry.js";
import { canonicalJson } from "../util/canonical-json.js";
import { diffPolicies, type PolicyDiff } from "./policy-diff.js";
import { type ImpactCase, type ImpactRow, policyImpact } from "./policy-impact.js";

/** Ids added, removed and changed between two packs. */
export interface IdChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

/** What changed between two packs: entities, policy versions (each diffed) and profiles. */
export interface PackDiff {
  entities: IdChanges;
  /** Versions (`id@version`) only in the new pack, and only in the old one. */
  versions: { added: string[]; removed: string[] };
  /** Per policy in both, its newest version in the old pack against its newest in the new. */
  policies: PolicyDiff[];
  profiles: IdChanges;
}

/** One product whose outcome under one policy changes between two packs. */
export interface PackImpactRow extends ImpactRow {
  policy: string;
}

function idChanges<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): IdChanges {
  const ids = [...new Set([...a.keys(), ...b.keys()])].sort();
  return {
    added: ids.filter((id) => !a.has(id)),
    removed: ids.filter((id) => !b.has(id)),
    changed: ids.filter(
      (id) => a.has(id) && b.has(id) && canonicalJson(a.get(id)) !== canonicalJson(b.get(id)),
    ),
  };
}

/** Each policy's newest version, by id. */
function newest(registry: Registry): Map<string, CompiledPolicy> {
  const latest = new Map<string, CompiledPolicy>();
  for (const { id, version } of registry.list()) {
    const policy = registry.get(id, version);
    if (policy) latest.set(id, policy);
  }
  return latest;
}

function versionsOf(registry: Registry): Set<string> {
  return new Set(registry.list().map(({ id, version }) => `${id}@${version}`));
}

/** The pairs of newest versions whose content differs, by policy id. */
function changedPairs(a: Registry, b: Registry): [CompiledPolicy, CompiledPolicy][] {
  const before = newest(a);
  const after = newest(b);
  return [...before.keys()].sort().flatMap((id): [CompiledPolicy, CompiledPolicy][] => {
    const old = before.get(id) as CompiledPolicy;
    const next = after.get(id);
    return next && next.digest !== old.digest ? [[old, next]] : [];
  });
}

/**
 * What changed between the content of two packs (as registries): entities, versions, the newest
 * version of each policy diffed with `diffPolicies`, and profiles.
 */
export function diffPacks(a: Registry, b: Registry): PackDiff {
  const va = versionsOf(a);
  const vb = versionsOf(b);
  const profiles = (r: Registry) => new Map(r.profiles().map((p) => [p.id, p]));
  return {
    entities: idChanges(a.entities, b.entities),
    versions: {
      added: [...vb].filter((v) => !va.has(v)).sort(),
      removed: [...va].filter((v) => !vb.has(v)).sort(),
    },
    policies: changedPairs(a, b).map(([old, next]) => diffPolicies(old, next)),
    profiles: idChanges(profiles(a), profiles(b)),
  };
}

/**
 * The products of a corpus whose outcome changes, for every policy whose newest version
 * differs between two packs (`policyImpact` on each pair), with the rules and sources why.
 */
export function packImpact(
  a: Registry,
  b: Registry,
  corpus: readonly ImpactCase[],
): { changed: PackImpactRow[]; failed: { name: string; message: string }[] } {
  const changed: PackImpactRow[] = [];
  const failed: { name: string; message: string }[] = [];
  for (const [old, next] of changedPairs(a, b)) {
    const impact = policyImpact(old, next, corpus);
    changed.push(...impact.changed.map((row) => ({ policy: old.id, ...row })));
    failed.push(...impact.failed);
  }
  return { changed, failed };
}
