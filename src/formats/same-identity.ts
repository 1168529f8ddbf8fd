import { canonicalJson } from "../util/canonical-json.js";
import type { PartFields } from "./part-graph.js";

const identityKeys = [
  "manufacturer",
  "supplier",
  "brand",
  "identifiers",
  "countryOfOrigin",
  "categories",
] as const;

/**
 * Whether two declarations of one document id say the same about who made the part and what it
 * is (parties, identifiers, origin, categories): then they can be read as one part without
 * guessing which is right. Names, types and attributes may differ (a tool lists the product
 * again as a library, say) without changing what a policy decides about its maker.
 */
export function sameIdentity(a: PartFields, b: PartFields): boolean {
  for (const key of identityKeys) {
    if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)) return false;
  }
  return true;
}
