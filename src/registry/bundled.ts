import { bundledEntities, bundledPolicies, bundledProfiles } from "./bundled-data.js";
import { createRegistryOf, type Registry } from "./registry.js";

/**
 * A registry holding every bundled policy version, the bundled entity catalogue and the bundled
 * profiles, compiled
 * from data inside the package (no file-system access). Each call returns a new registry, so
 * versions an app adds to it stay its own.
 * @example
 * const registry = bundledRegistry();
 * registry.list().map((p) => `${p.id}@${p.version}`);
 */
export function bundledRegistry(): Registry {
  compiled ??= createRegistryOf(
    { entities: bundledEntities, policies: bundledPolicies, profiles: bundledProfiles },
    true,
  );
  return compiled.fork();
}

// Compiled on first use and shared: compiled policies are immutable, and every caller gets a fork.
let compiled: Registry | undefined;

/** The bundled entity catalogue as documents, for tools that compile policies beside it. */
export function bundledEntityCatalogue(): readonly unknown[] {
  return bundledEntities;
}
