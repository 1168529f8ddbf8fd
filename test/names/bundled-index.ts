import { buildEntityIndex, type EntityIndex } from "../../src/names/entity-index.js";
import { bundledEntities } from "../../src/registry/bundled-data.js";
import { parseCatalogue } from "../../src/registry/catalogue.js";

/** An index over the bundled entity catalogue (a fresh one per call: indexes cache names). */
export function bundledIndex(): EntityIndex {
  return buildEntityIndex([...parseCatalogue(bundledEntities, true).values()]);
}
