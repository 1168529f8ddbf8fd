import semver from "semver";
import { entityIssues } from "../engine/check-entity.js";
import { compilePolicy, type EntityCatalogue } from "../engine/compile-policy.js";
import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { type Issue, prefixIssues, VendorgateError } from "../errors.js";
import { PublicKeySchema, verifyDigest } from "../maintain/signature.js";
import type { IsoDate } from "../model/date.js";
import { type Entity, EntitySchema } from "../model/entity.js";
import { type Profile, ProfileSchema } from "../model/profile.js";
import { parsePolicySpec } from "./policy-spec.js";

/** What a registry says about one stored policy version. */
export interface PolicyVersionInfo {
  id: string;
  version: string;
  title: string;
  jurisdiction: string;
  from: IsoDate;
  until?: IsoDate;
  digest: string;
}

/** The policy version chosen for a request on a date, or why none is. */
export type Resolution =
  | { policy: CompiledPolicy; reason?: undefined }
  | { policy?: undefined; reason: string };

/**
 * Many versions of many policies, compiled once. Adding is atomic: a bad version is rejected
 * whole and the registry keeps serving what it had. Readers see one consistent snapshot.
 */
export interface Registry {
  /** Validates, compiles and stores a policy version; returns its id and version. */
  add(document: unknown): { id: string; version: string };
  /**
   * Like `add`, after checking the version's detached signature against the registry's trusted
   * keys. A tampered or unsigned version is rejected whole; nothing changes.
   */
  addSigned(document: unknown, signature: unknown): Promise<{ id: string; version: string }>;
  /** The highest version of `id@range` in force on `asOf`. Throws for an unknown id. */
  resolve(spec: string, asOf: IsoDate): Resolution;
  /** Every stored version, sorted by id then version. */
  list(): PolicyVersionInfo[];
  /** One stored version, compiled. */
  get(id: string, version: string): CompiledPolicy | undefined;
  /** A new registry holding the same versions; what is added to either stays its own. */
  fork(): Registry;
  /** A profile by id. Throws for an unknown id. */
  profile(id: string): Profile;
  /** Every profile, sorted by id. */
  profiles(): Profile[];
  /** The entity catalogue policies may name by id. */
  readonly entities: EntityCatalogue;
}

/** Options for `createRegistry`. */
export interface RegistryOptions {
  /** Entities that policies may name by id instead of writing them out. */
  entities?: readonly unknown[];
  /** Policy documents to add at once (all or nothing). */
  policies?: readonly unknown[];
  /** Profiles: named sets of policies with context defaults. Their policy ids must exist. */
  profiles?: readonly unknown[];
  /**
   * Public keys (`ed25519:...`) whose signatures this registry accepts. When given, versions can
   * only be added with `addSigned`, and `policies` must be empty.
   */
  trustedKeys?: readonly string[];
}

function parseCatalogue(entities: readonly unknown[]): Map<string, Entity> {
  const catalogue = new Map<string, Entity>();
  const issues: Issue[] = [];
  entities.forEach((raw, i) => {
    const parsed = EntitySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          code: "invalid_input",
          path: [i, ...(issue.path as (string | number)[])],
          message: issue.message,
        });
      }
      return;
    }
    const entity = parsed.data;
    issues.push(...entityIssues(entity, [i]));
    if (catalogue.has(entity.id)) {
      issues.push({
        code: "duplicate_id",
        path: [i, "id"],
        message: `Entity "${entity.id}" is defined twice`,
      });
    }
    catalogue.set(entity.id, entity);
  });
  if (issues.length > 0) throw new VendorgateError("The entity catalogue is not valid", issues);
  return catalogue;
}

function infoOf(policy: CompiledPolicy): PolicyVersionInfo {
  const { document } = policy;
  return {
    id: policy.id,
    version: policy.version,
    title: document.title,
    jurisdiction: document.jurisdiction,
    from: document.effective.from,
    ...(document.effective.until ? { until: document.effective.until } : {}),
    digest: policy.digest,
  };
}

type Snapshot = ReadonlyMap<string, readonly CompiledPolicy[]>;

function withPolicy(snapshot: Snapshot, policy: CompiledPolicy): Snapshot {
  const versions = [...(snapshot.get(policy.id) ?? []), policy].sort((a, b) =>
    semver.compare(a.version, b.version),
  );
  return new Map(snapshot).set(policy.id, versions);
}

function inForceOn(policy: CompiledPolicy, asOf: IsoDate): boolean {
  const { from, until } = policy.document.effective;
  return from <= asOf && (until === undefined || asOf <= until);
}

/**
 * Creates a registry of policy versions, optionally with an entity catalogue and policies.
 * @example
 * const registry = createRegistry({ entities: [huawei], policies: [myPolicy] });
 * registry.resolve("my-policy@^1", "2024-01-01");
 */
export function createRegistry(options: RegistryOptions = {}): Registry {
  const entities = parseCatalogue(options.entities ?? []);
  const trustedKeys = parseKeys(options.trustedKeys);
  let snapshot: Snapshot = new Map();
  if (options.policies?.length) {
    if (trustedKeys) throw unsignedError();
    snapshot = compileAll(snapshot, options.policies, entities);
  }
  return registryOver(
    entities,
    snapshot,
    parseProfiles(options.profiles ?? [], snapshot),
    trustedKeys,
  );
}

function parseKeys(keys: readonly string[] | undefined): readonly string[] | undefined {
  if (keys === undefined) return undefined;
  const issues: Issue[] = [];
  for (const [i, key] of keys.entries()) {
    if (!PublicKeySchema.safeParse(key).success) {
      issues.push({
        code: "invalid_signature",
        path: ["trustedKeys", i],
        message: "Expected a public key written ed25519:<base64url>",
      });
    }
  }
  if (issues.length > 0) throw new VendorgateError("Invalid trusted keys", issues);
  return keys;
}

function unsignedError(): VendorgateError {
  return new VendorgateError("This registry accepts only signed policy versions", [
    {
      code: "invalid_signature",
      path: [],
      message: "The registry has trusted keys: add versions with addSigned(document, signature)",
    },
  ]);
}

function parseProfiles(raw: readonly unknown[], snapshot: Snapshot): ReadonlyMap<string, Profile> {
  const profiles = new Map<string, Profile>();
  const issues: Issue[] = [];
  for (const [i, item] of raw.entries()) {
    const parsed = ProfileSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          code: "invalid_input",
          path: ["profiles", i, ...(issue.path as (string | number)[])],
          message: issue.message,
        });
      }
      continue;
    }
    const profile = parsed.data;
    if (profiles.has(profile.id)) {
      issues.push({
        code: "duplicate_id",
        path: ["profiles", i, "id"],
        message: `Profile "${profile.id}" is defined twice`,
      });
    }
    for (const [j, spec] of profile.policies.entries()) {
      try {
        const { id } = parsePolicySpec(spec);
        if (!snapshot.has(id)) {
          issues.push({
            code: "unknown_policy",
            path: ["profiles", i, "policies", j],
            message: `Profile "${profile.id}" names policy "${id}", which the registry does not hold`,
          });
        }
      } catch (error) {
        if (!(error instanceof VendorgateError)) throw error;
        issues.push(...prefixIssues(["profiles", i, "policies", j], error.issues));
      }
    }
    profiles.set(profile.id, profile);
  }
  if (issues.length > 0) throw new VendorgateError("Some profiles are not valid", issues);
  return profiles;
}

function compileInto(
  base: Snapshot,
  document: unknown,
  entities: EntityCatalogue,
): [Snapshot, CompiledPolicy] {
  return store(base, compilePolicy(document, entities));
}

/** Adds a compiled version to a snapshot; an identical version is a no-op, a different one an error. */
function store(base: Snapshot, policy: CompiledPolicy): [Snapshot, CompiledPolicy] {
  const existing = base.get(policy.id)?.find((stored) => stored.version === policy.version);
  if (existing) {
    if (existing.digest === policy.digest) return [base, existing];
    throw new VendorgateError(`Policy "${policy.id}@${policy.version}" is already published`, [
      {
        code: "version_exists",
        path: ["version"],
        message: `A different "${policy.id}@${policy.version}" is already in the registry; a published version never changes, so give this one a new version`,
      },
    ]);
  }
  return [withPolicy(base, policy), policy];
}

function compileAll(
  base: Snapshot,
  documents: readonly unknown[],
  entities: EntityCatalogue,
): Snapshot {
  let next = base;
  const issues: Issue[] = [];
  for (const [i, document] of documents.entries()) {
    try {
      [next] = compileInto(next, document, entities);
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      issues.push(...prefixIssues(["policies", i], error.issues));
    }
  }
  if (issues.length > 0) throw new VendorgateError("Some policies are not valid", issues);
  return next;
}

function registryOver(
  entities: EntityCatalogue,
  initial: Snapshot,
  profiles: ReadonlyMap<string, Profile>,
  trustedKeys?: readonly string[],
): Registry {
  let snapshot = initial;
  // Resolutions of the current snapshot, by spec and date; replaced whenever the snapshot is.
  let resolved = new Map<string, Resolution>();

  return {
    entities,
    fork() {
      return registryOver(entities, snapshot, profiles, trustedKeys);
    },
    profile(id) {
      const profile = profiles.get(id);
      if (!profile) {
        const known = [...profiles.keys()].sort().join(", ") || "none";
        throw new VendorgateError("Unknown profile", [
          {
            code: "unknown_policy",
            path: [],
            message: `No profile "${id}" in the registry (known: ${known})`,
          },
        ]);
      }
      return profile;
    },
    profiles() {
      return [...profiles.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    async addSigned(document, signature) {
      if (!trustedKeys) {
        throw new VendorgateError("This registry has no trusted keys", [
          {
            code: "invalid_signature",
            path: [],
            message: "Create the registry with trustedKeys to add signed versions",
          },
        ]);
      }
      const policy = compilePolicy(document, entities);
      await verifyDigest(policy.digest, signature, trustedKeys);
      const [next] = store(snapshot, policy);
      if (next !== snapshot) resolved = new Map();
      snapshot = next;
      return { id: policy.id, version: policy.version };
    },
    add(document) {
      if (trustedKeys) throw unsignedError();
      const [next, policy] = compileInto(snapshot, document, entities);
      if (next !== snapshot) resolved = new Map();
      snapshot = next;
      return { id: policy.id, version: policy.version };
    },
    resolve(spec, asOf) {
      const key = `${spec}\u0000${asOf}`;
      const cached = resolved.get(key);
      if (cached) return cached;
      const resolution = resolveIn(snapshot, spec, asOf);
      if (resolved.size >= 10_000) resolved.clear();
      resolved.set(key, resolution);
      return resolution;
    },
    list() {
      return [...snapshot.keys()].sort().flatMap((id) => (snapshot.get(id) ?? []).map(infoOf));
    },
    get(id, version) {
      return snapshot.get(id)?.find((policy) => policy.version === version);
    },
  };
}

function resolveIn(snapshot: Snapshot, spec: string, asOf: IsoDate): Resolution {
  const { id, range } = parsePolicySpec(spec);
  const versions = snapshot.get(id);
  if (!versions) {
    const known = [...snapshot.keys()].sort().join(", ") || "none";
    throw new VendorgateError("Unknown policy", [
      {
        code: "unknown_policy",
        path: [],
        message: `No policy "${id}" in the registry (known: ${known})`,
      },
    ]);
  }
  const matching = versions.filter((policy) => semver.satisfies(policy.version, range));
  if (matching.length === 0) {
    return {
      reason: `No version of ${id} satisfies "${range}" (versions: ${versions.map((p) => p.version).join(", ")})`,
    };
  }
  for (let i = matching.length - 1; i >= 0; i--) {
    const policy = matching[i] as CompiledPolicy;
    if (inForceOn(policy, asOf)) return { policy };
  }
  const periods = matching
    .map(
      (policy) =>
        `${policy.version} from ${policy.document.effective.from}${policy.document.effective.until ? ` until ${policy.document.effective.until}` : ""}`,
    )
    .join("; ");
  return {
    reason: `No version of ${id}${range === "*" ? "" : `@${range}`} is in force on ${asOf} (${periods})`,
  };
}
