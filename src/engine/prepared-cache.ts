import { registryGeneration } from "../registry/generation.js";
import { dataFingerprint } from "../util/data-fingerprint.js";

interface Entry {
  /** The options' data, but for the registry, when they were prepared. */
  readonly fingerprint: string;
  readonly registry: object;
  /** The registry's content then. */
  readonly generation: object;
  readonly prepared: unknown;
}

// Keyed by the caller's options object, so an entry lives exactly as long as that object.
const cache = new WeakMap<object, Entry>();

/**
 * `prepare()`, or what it returned for the same options object before (passed through
 * `refresh`), when that object still holds the same data (compared in full, however deep) and
 * its `registry` is the same one with the same content. Options holding anything but plain data,
 * or a registry this package did not make, are prepared afresh on every call.
 */
export function reusePreparation<P>(
  options: unknown,
  prepare: () => P,
  refresh: (prepared: P) => P,
): P {
  if (typeof options !== "object" || options === null) return prepare();
  const registry = (options as { registry?: object }).registry as object;
  const generation = registryGeneration(registry) as object;
  // Nothing is cached against a registry without a generation.
  const fingerprint = generation && dataFingerprint(options, ["registry"]);
  const entry = cache.get(options);
  if (
    fingerprint !== undefined &&
    entry?.fingerprint === fingerprint &&
    entry.registry === registry &&
    entry.generation === generation
  ) {
    return refresh(entry.prepared as P);
  }
  const prepared = prepare();
  // An entry left from other data is harmless: it is used only when the data is that again.
  if (fingerprint !== undefined)
    cache.set(options, { fingerprint, registry, generation, prepared });
  return prepared;
}
