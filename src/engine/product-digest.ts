import type * as z from "zod/mini";
import type { Attributes, ComponentNodeSchema, Identifiers, Party } from "../model/component.js";
import { canonicalJson, digestCanonical } from "../util/canonical-json.js";
import { JsonBytes, keyBytes } from "../util/json-bytes.js";

type Node = z.output<typeof ComponentNodeSchema> & { shared?: unknown[] };

const tooDeep = Symbol("too deep");
const maxRecursion = 2_000;
const [comma, openBracket, closeBracket] = [0x2c, 0x5b, 0x5d];
/** The component and party keys as `JsonBytes` writes them. */
export const digestKeys = {
  attributes: keyBytes("attributes"),
  brand: keyBytes("brand"),
  categories: keyBytes("categories"),
  components: keyBytes("components"),
  countryOfOrigin: keyBytes("countryOfOrigin"),
  id: keyBytes("id"),
  identifiers: keyBytes("identifiers"),
  kind: keyBytes("kind"),
  manufacturer: keyBytes("manufacturer"),
  name: keyBytes("name"),
  origin: keyBytes("origin"),
  ref: keyBytes("ref"),
  shared: keyBytes("shared"),
  supplier: keyBytes("supplier"),
  type: keyBytes("type"),
};

/** Writes a party (a name, or an object with the party schema's keys only) in canonical JSON. */
export function writeParty(value: Party, out: JsonBytes): void {
  if (typeof value === "string") {
    out.string(value);
    return;
  }
  out.beginObject();
  if (value.identifiers !== undefined) {
    out.key(digestKeys.identifiers);
    out.json(canonicalJson(value.identifiers));
  }
  if (value.kind !== undefined) {
    out.key(digestKeys.kind);
    out.string(value.kind);
  }
  out.key(digestKeys.name);
  out.string(value.name);
  if (value.origin !== undefined) {
    out.key(digestKeys.origin);
    out.string(value.origin);
  }
  out.endObject();
}

/** Writes a list of texts as JSON. */
export function writeTexts(texts: readonly string[], out: JsonBytes): void {
  out.char(openBracket);
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) out.char(comma);
    out.string(texts[i] as string);
  }
  out.char(closeBracket);
}

/** The part's keys before `components`, opening it. */
export function writeHead(
  out: JsonBytes,
  attributes: Attributes | undefined,
  brand: Party | undefined,
  categories: readonly string[] | undefined,
): void {
  out.beginObject();
  if (attributes !== undefined) {
    out.key(digestKeys.attributes);
    out.json(canonicalJson(attributes));
  }
  if (brand !== undefined) {
    out.key(digestKeys.brand);
    writeParty(brand, out);
  }
  if (categories !== undefined) {
    out.key(digestKeys.categories);
    writeTexts(categories, out);
  }
}

/** The part's keys after `components` and up to `name`. */
export function writeTail(
  out: JsonBytes,
  countryOfOrigin: string | undefined,
  id: string | undefined,
  identifiers: Identifiers | undefined,
  manufacturer: Party | undefined,
  name: string,
): void {
  if (countryOfOrigin !== undefined) {
    out.key(digestKeys.countryOfOrigin);
    out.string(countryOfOrigin);
  }
  if (id !== undefined) {
    out.key(digestKeys.id);
    out.string(id);
  }
  if (identifiers !== undefined) {
    out.key(digestKeys.identifiers);
    out.json(canonicalJson(identifiers));
  }
  if (manufacturer !== undefined) {
    out.key(digestKeys.manufacturer);
    writeParty(manufacturer, out);
  }
  out.key(digestKeys.name);
  out.string(name);
}

/** The part's keys after `shared`, closing it. */
export function writeEnd(
  out: JsonBytes,
  supplier: Party | undefined,
  type: string | undefined,
): void {
  if (supplier !== undefined) {
    out.key(digestKeys.supplier);
    writeParty(supplier, out);
  }
  if (type !== undefined) {
    out.key(digestKeys.type);
    out.string(type);
  }
  out.endObject();
}

/**
 * Writes a component in canonical JSON: its keys are the schema's, so their sorted order is
 * known and nothing needs sorting but the keys of identifier and attribute records.
 */
function writeNode(node: Node, out: JsonBytes, depth: number, slow: ReadonlySet<object>): void {
  if (depth > maxRecursion) throw tooDeep;
  if (slow.size > 0 && slow.has(node)) {
    out.json(canonicalJson(node));
    return;
  }
  writeHead(out, node.attributes, node.brand, node.categories);
  if (node.components !== undefined) {
    out.key(digestKeys.components);
    writeList(node.components, out, depth, slow);
  }
  writeTail(out, node.countryOfOrigin, node.id, node.identifiers, node.manufacturer, node.name);
  // Only the product holds shared parts: a part's hidden `shared` is no more JSON than its other
  // hidden keys, and the one-walk digest of plain products leaves it out too.
  if (depth === 0 && node.shared !== undefined) {
    out.key(digestKeys.shared);
    writeList(node.shared, out, depth, slow);
  }
  writeEnd(out, node.supplier, node.type);
}

function writeList(
  items: readonly unknown[],
  out: JsonBytes,
  depth: number,
  slow: ReadonlySet<object>,
): void {
  out.char(openBracket);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.char(comma);
    const item = items[i] as Node | { ref: string };
    if (slow.size > 0 && slow.has(item)) out.json(canonicalJson(item));
    else if ("ref" in item) {
      out.beginObject();
      out.key(digestKeys.ref);
      out.string(item.ref);
      out.endObject();
    } else writeNode(item, out, depth + 1, slow);
  }
  out.char(closeBracket);
}

/**
 * The product's digest, `digestCanonical(product)`, written faster for a product `parseProduct`
 * validated: the components the fast path took have the schema's keys only, so their order is
 * known; those in `slow` are written as canonical JSON of what they hold, with all below them
 * (held as text: a product not taken whole is digested as `digestCanonical` streams it).
 */
export function digestProduct(product: object, slow: ReadonlySet<object> = new Set()): string {
  if (slow.has(product)) return digestCanonical(product);
  const out = new JsonBytes();
  try {
    writeNode(product as Node, out, 0, slow);
  } catch (error) {
    out.discard();
    if (error === tooDeep || error instanceof RangeError) return digestCanonical(product);
    throw error;
  }
  return out.digest();
}
