import * as z from "zod/mini";
import type { EntityCatalogue } from "../engine/compile-policy.js";
import { compileDocument, compilePolicy } from "../engine/compile-policy.js";
import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { type Issue, prefixIssues, VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { verifyDigest } from "../maintain/signature.js";
import { type IsoDate, isIsoDate } from "../model/date.js";
import type { PolicyDocument } from "../model/policy.js";
import type { Profile } from "../model/profile.js";
import type { PackInfo } from "../pack/pack-schema.js";
import { type PackInput, readPack } from "../pack/read-pack.js";
import { verifyPack } from "../pack/verify-pack.js";
import { deepFreeze } from "../util/deep-freeze.js";
import { parseCatalogue } from "./catalogue.js";
import { trackGeneration } from "./generation.js";
import { checkSuccession } from "./pack-succession.js";
import { parseProfiles } from "./profiles.js";
import { type Resolution, resolveIn, type Snapshot, withPolicy } from "./snapshot.js";
import { parseKeys, unsignedError } from "./trusted-keys.js";

export type { Resolution } from "./snapshot.js";

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
  /**
   * The highest version of `id@range` in force on `asOf`, or why none is in force then. Throws
   * for an unknown id and for a range no stored version satisfies.
   */
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
  /**
   * Replaces everything the registry holds (entities, versions, profiles) with a signed pack's,
   * atomically. The pack is refused whole, and the registry keeps serving what it had, when the
   * registry has no trusted keys, or the pack is unsigned, tampered with, signed by another key,
   * made for another engine version, not valid, of another name than the pack served, or not of a
   * higher revision (a rollback). The `VendorgateError` says why. Loading the same revision again
   * is a no-op.
   */
  loadPack(pack: PackInput): Promise<PackInfo>;
  /** The pack the registry serves (name, revision, age, digest), if it came from one. */
  packInfo(): PackInfo | undefined;
}

/** Options for `createRegistry`. */
export const RegistryOptionsSchema = z.strictObject({
  /** Entities that policies may name by id instead of writing them out. */
  entities: z.optional(z.readonly(z.array(z.unknown()))),
  /** Policy documents to add at once (all or nothing). */
  policies: z.optional(z.readonly(z.array(z.unknown()))),
  /** Profiles: named sets of policies with context defaults. Their policy ids must exist. */
  profiles: z.optional(z.readonly(z.array(z.unknown()))),
  /**
   * Public keys (`ed25519:...`) whose signatures this registry accepts. When given, versions can
   * only be added with `addSigned`, and `policies` must be empty.
   */
  trustedKeys: z.optional(z.readonly(z.array(z.string()))),
});

/** Options for `createRegistry`. */
export type RegistryOptions = z.input<typeof RegistryOptionsSchema>;

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

/**
 * Creates a registry of policy versions, optionally with an entity catalogue and policies.
 * @example
 * const registry = createRegistry({ entities: [huawei], policies: [myPolicy] });
 * registry.resolve("my-policy@^1", "2024-01-01");
 */
export function createRegistry(input: RegistryOptions = {}): Registry {
  return createRegistryOf(input, false);
}

/**
 * `createRegistry`, where `trusted` documents (the package's own, which its tests check are
 * exactly what their schemas return) skip the schemas but not the other checks.
 */
export function createRegistryOf(
  input: RegistryOptions,
  trusted: boolean,
  pack?: PackInfo,
): Registry {
  const parsed = safeParse(RegistryOptionsSchema, input);
  if (!parsed.success) {
    throw new VendorgateError(
      "The registry options are not valid",
      zodIssues(parsed.error.issues, ["options"]),
    );
  }
  const options = parsed.data;
  const trustedKeys = parseKeys(options.trustedKeys);
  if (options.policies?.length && trustedKeys) throw unsignedError();
  return registryOver(compileState(options, trusted, pack), trustedKeys);
}

/** Everything a registry serves at one moment; replaced whole, never changed in place. */
interface RegistryState {
  readonly entities: EntityCatalogue;
  readonly snapshot: Snapshot;
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly pack?: PackInfo;
}

function compileState(
  content: {
    entities?: readonly unknown[] | undefined;
    policies?: readonly unknown[] | undefined;
    profiles?: readonly unknown[] | undefined;
  },
  trusted: boolean,
  pack?: PackInfo,
): RegistryState {
  const entities = parseCatalogue(content.entities ?? [], trusted);
  const snapshot = content.policies?.length
    ? compileAll(new Map(), content.policies, entities, trusted)
    : new Map();
  const profiles = parseProfiles(content.profiles ?? [], snapshot);
  return { entities, snapshot, profiles, ...(pack ? { pack: deepFreeze(pack) } : {}) };
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
  trusted: boolean,
): Snapshot {
  let next = base;
  const issues: Issue[] = [];
  for (const [i, document] of documents.entries()) {
    try {
      [next] = trusted
        ? store(next, compileDocument(document as PolicyDocument, entities))
        : compileInto(next, document, entities);
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      issues.push(...prefixIssues(["policies", i], error.issues));
    }
  }
  if (issues.length > 0) throw new VendorgateError("Some policies are not valid", issues);
  return next;
}

function registryOver(initial: RegistryState, trustedKeys?: readonly string[]): Registry {
  let state = initial;
  // Resolutions of the current snapshot, by spec and date; replaced whenever the snapshot is.
  let resolved = new Map<string, Resolution>();
  const replace = (next: RegistryState) => {
    if (next.snapshot !== state.snapshot) resolved = new Map();
    state = next;
  };

  const registry: Registry = {
    get entities() {
      // A copy: the catalogue is shared with forks and with every later compile.
      return new Map(state.entities);
    },
    fork() {
      return registryOver(state, trustedKeys);
    },
    profile(id) {
      const profile = state.profiles.get(id);
      if (!profile) {
        const known = [...state.profiles.keys()].sort().join(", ") || "none";
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
      return [...state.profiles.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    },
    async addSigned(document, signature) {
      if (!trustedKeys) throw noKeysError("add signed versions");
      const policy = compilePolicy(document, state.entities);
      await verifyDigest(policy.digest, signature, trustedKeys);
      const [next] = store(state.snapshot, policy);
      replace({ ...state, snapshot: next });
      return { id: policy.id, version: policy.version };
    },
    add(document) {
      if (trustedKeys) throw unsignedError();
      const [next, policy] = compileInto(state.snapshot, document, state.entities);
      replace({ ...state, snapshot: next });
      return { id: policy.id, version: policy.version };
    },
    async loadPack(input) {
      if (!trustedKeys) throw noKeysError("load packs");
      const pack = readPack(input);
      const info = deepFreeze(await verifyPack(pack, trustedKeys));
      if (!checkSuccession(state.pack, info)) return info;
      const next = compileState(pack, false, info);
      // Checked again: another pack may have been loaded while this one was verified.
      if (checkSuccession(state.pack, info)) replace(next);
      return info;
    },
    packInfo() {
      return state.pack;
    },
    resolve(spec, asOf) {
      if (!isIsoDate(asOf)) {
        throw new VendorgateError("Invalid date", [
          {
            code: "invalid_date",
            path: [],
            message: `asOf "${String(asOf)}" is not a calendar date written YYYY-MM-DD`,
          },
        ]);
      }
      const key = `${spec}\u0000${asOf}`;
      const cached = resolved.get(key);
      if (cached) return cached;
      const resolution = resolveIn(state.snapshot, spec, asOf);
      if (resolved.size >= 10_000) resolved.clear();
      resolved.set(key, resolution);
      return resolution;
    },
    list() {
      const { snapshot } = state;
      return [...snapshot.keys()].sort().flatMap((id) => (snapshot.get(id) ?? []).map(infoOf));
    },
    get(id, version) {
      return state.snapshot.get(id)?.find((policy) => policy.version === version);
    },
  };
  trackGeneration(registry, () => state);
  return registry;
}

function noKeysError(what: string): VendorgateError {
  return new VendorgateError("This registry has no trusted keys", [
    {
      code: "invalid_signature",
      path: [],
      message: `Create the registry with trustedKeys to ${what}`,
    },
  ]);
}
