import type { EntityCatalogue } from "../engine/compile-policy.js";
import { createRegistry } from "../registry/registry.js";

/** Validates entity documents and indexes them by id (throws `VendorgateError` listing every problem). */
export function entityCatalogue(entities: readonly unknown[]): EntityCatalogue {
  return createRegistry({ entities }).entities;
}
