// Registries made here replace their whole state on every change (add, addSigned, loadPack), so
// the state object itself tells one content from the next; a cache of work done against a
// registry keeps the state it saw and compares it by identity.
const generations = new WeakMap<object, () => object>();

/** Registers how to read a registry's current state (its content, replaced whole on change). */
export function trackGeneration(registry: object, current: () => object): void {
  generations.set(registry, current);
}

/**
 * A token that is the same object for as long as the registry's content is unchanged, or
 * `undefined` for a registry this package did not make (nothing may then be cached against it).
 */
export function registryGeneration(registry: unknown): object | undefined {
  return generations.get(registry as object)?.();
}
