import type { z } from "zod";
import type { ComponentNodeSchema, Party } from "../model/component.js";
import { canonicalJson, digestCanonical } from "../util/canonical-json.js";
import { JsonBytes, keyBytes } from "../util/json-bytes.js";
import { createSha256 } from "../util/sha256.js";

type Node = z.output<typeof ComponentNodeSchema> & { shared?: unknown[] };

const tooDeep = Symbol("too deep");
const maxRecursion = 2_000;
const [comma, openBrace, closeBrace, openBracket, closeBracket] = [0x2c, 0x7b, 0x7d, 0x5b, 0x5d];
const keys = {
  attributes: keyBytes("attributes"),
  brand: keyBytes("brand"),
  categories: keyBytes("categories"),
  components: keyBytes("components"),
  countryOfOrigin: keyBytes("countryOfOrigin"),
  id: keyBytes("id"),
  identifiers: keyBytes("identifiers"),
  manufacturer: keyBytes("manufacturer"),
  name: keyBytes("name"),
  origin: keyBytes("origin"),
  ref: keyBytes("ref"),
  shared: keyBytes("shared"),
  supplier: keyBytes("supplier"),
  type: keyBytes("type"),
};

function writeParty(value: Party, out: JsonBytes): void {
  if (typeof value === "string") {
    out.string(value);
    return;
  }
  out.char(openBrace);
  if (value.identifiers !== undefined) {
    out.bytes(keys.identifiers);
    out.json(canonicalJson(value.identifiers));
    out.char(comma);
  }
  out.bytes(keys.name);
  out.string(value.name);
  if (value.origin !== undefined) {
    out.char(comma);
    out.bytes(keys.origin);
    out.string(value.origin);
  }
  out.char(closeBrace);
}

/**
 * Writes a component in canonical JSON: its keys are the schema's, so their sorted order is
 * known and nothing needs sorting but the keys of identifier and attribute records.
 */
function writeNode(node: Node, out: JsonBytes, depth: number): void {
  if (depth > maxRecursion) throw tooDeep;
  let before = openBrace;
  if (node.attributes !== undefined) {
    out.char(before);
    out.bytes(keys.attributes);
    before = comma;
    out.json(canonicalJson(node.attributes));
  }
  if (node.brand !== undefined) {
    out.char(before);
    out.bytes(keys.brand);
    before = comma;
    writeParty(node.brand, out);
  }
  if (node.categories !== undefined) {
    out.char(before);
    out.bytes(keys.categories);
    before = comma;
    out.char(openBracket);
    node.categories.forEach((category, i) => {
      if (i > 0) out.char(comma);
      out.string(category);
    });
    out.char(closeBracket);
  }
  if (node.components !== undefined) {
    out.char(before);
    out.bytes(keys.components);
    before = comma;
    writeList(node.components, out, depth);
  }
  if (node.countryOfOrigin !== undefined) {
    out.char(before);
    out.bytes(keys.countryOfOrigin);
    before = comma;
    out.string(node.countryOfOrigin);
  }
  if (node.id !== undefined) {
    out.char(before);
    out.bytes(keys.id);
    before = comma;
    out.string(node.id);
  }
  if (node.identifiers !== undefined) {
    out.char(before);
    out.bytes(keys.identifiers);
    before = comma;
    out.json(canonicalJson(node.identifiers));
  }
  if (node.manufacturer !== undefined) {
    out.char(before);
    out.bytes(keys.manufacturer);
    before = comma;
    writeParty(node.manufacturer, out);
  }
  out.char(before);
  out.bytes(keys.name);
  before = comma;
  out.string(node.name);
  if (node.shared !== undefined) {
    out.char(before);
    out.bytes(keys.shared);
    before = comma;
    writeList(node.shared, out, depth);
  }
  if (node.supplier !== undefined) {
    out.char(before);
    out.bytes(keys.supplier);
    before = comma;
    writeParty(node.supplier, out);
  }
  if (node.type !== undefined) {
    out.char(before);
    out.bytes(keys.type);
    before = comma;
    out.string(node.type);
  }
  out.char(closeBrace);
}

function writeList(items: readonly unknown[], out: JsonBytes, depth: number): void {
  out.char(openBracket);
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.char(comma);
    const item = items[i] as Node | { ref: string };
    if ("ref" in item) {
      out.char(openBrace);
      out.bytes(keys.ref);
      out.string(item.ref);
      out.char(closeBrace);
    } else writeNode(item, out, depth + 1);
  }
  out.char(closeBracket);
}

/**
 * The product's digest, `digestCanonical(product)`, written faster for a product `parseProduct`
 * found plain: every object has the schema's keys only, so their order is known.
 */
export function digestPlainProduct(product: object): string {
  const hash = createSha256();
  const out = new JsonBytes(hash);
  try {
    writeNode(product as Node, out, 0);
  } catch (error) {
    if (error === tooDeep || error instanceof RangeError) return digestCanonical(product);
    throw error;
  } finally {
    out.close();
  }
  return hash.digest();
}
