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
  const registry = (options as { registry?: object }).registry;
  const generation = registryGeneration(registry);
  const fingerprint = generation && dataFingerprint(options, ["registry"]);
  const entry = cache.get(options);
  if (
    entry !== undefined &&
    fingerprint !== undefined &&
    entry.fingerprint === fingerprint &&
    entry.registry === registry &&
    entry.generation === generation
  ) {
    return refresh(entry.prepared as P);
  }
  const prepared = prepare();
  if (fingerprint === undefined || generation === undefined) cache.delete(options);
  else cache.set(options, { fingerprint, registry: registry as object, generation, prepared });
  return prepared;
}
