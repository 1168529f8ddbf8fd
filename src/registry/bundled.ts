import type { Pack, PackInfo } from "../pack/pack-schema.js";
import { deepFreeze } from "../util/deep-freeze.js";
import { bundledEntities, bundledPack, bundledPolicies, bundledProfiles } from "./bundled-data.js";
import { createRegistryOf, type Registry } from "./registry.js";

/**
 * A registry serving the bundled pack (`packs/bundled.json`: every bundled policy version, the
 * bundled entity catalogue and the bundled profiles), compiled from data inside the package (no
 * file-system access). Each call returns a new registry, so versions an app adds to it stay its
 * own. Its `packInfo()` gives the pack's revision and age, and reports warn when it is stale.
 * The signature is not checked at start-up (the package's tests check it; `vendorgate pack
 * verify` checks the shipped file): to verify before use, `loadPack` the shipped file.
 * @example
 * const registry = bundledRegistry();
 * registry.list().map((p) => `${p.id}@${p.version}`);
 */
export function bundledRegistry(): Registry {
  frozenData();
  compiled ??= createRegistryOf(
    { entities: bundledEntities, policies: bundledPolicies, profiles: bundledProfiles },
    true,
    bundledPackInfo(),
  );
  return compiled.fork();
}

// Compiled on first use and shared: compiled policies are immutable, and every caller gets a fork.
let compiled: Registry | undefined;

/** The bundled pack, frozen all the way down before anything hands out a part of it. */
function frozenData(): unknown {
  return deepFreeze(bundledPack);
}

/** What the bundled pack says about itself; the digest is the one its signature names. */
export function bundledPackInfo(): PackInfo {
  const { manifest, signature } = frozenData() as Pack;
  const { name, revision, created, engine, maxAgeDays } = manifest;
  return {
    name,
    revision,
    created,
    engine,
    maxAgeDays,
    digest: signature?.digest ?? "",
    keyId: signature?.keyId ?? "",
  };
}

/** The bundled entity catalogue as documents, for tools that compile policies beside it. */
export function bundledEntityCatalogue(): readonly unknown[] {
  frozenData();
  return bundledEntities;
}
