import type { z } from "zod";
import type { ComponentNodeSchema, Party } from "../model/component.js";
import { canonicalJson, digestCanonical, quoteKey } from "../util/canonical-json.js";
import { createSha256, type Sha256Stream } from "../util/sha256.js";

type Node = z.output<typeof ComponentNodeSchema> & { shared?: unknown[] };

const tooDeep = Symbol("too deep");
const maxRecursion = 2_000;

function record(value: Readonly<Record<string, unknown>>): string {
  return canonicalJson(value);
}

function party(value: Party): string {
  if (typeof value === "string") return JSON.stringify(value);
  let out = "{";
  if (value.identifiers !== undefined) out += `"identifiers":${record(value.identifiers)},`;
  out += `"name":${JSON.stringify(value.name)}`;
  if (value.origin !== undefined) out += `,"origin":${JSON.stringify(value.origin)}`;
  return `${out}}`;
}

/** Text pieces gathered into chunks, so the hash is fed a few large pieces. */
class Chunks {
  private text = "";
  constructor(private readonly hash: Sha256Stream) {}
  write(piece: string): void {
    this.text += piece;
    if (this.text.length > 16_384) this.flush();
  }
  flush(): void {
    this.hash.write(this.text);
    this.text = "";
  }
}

/**
 * Writes a component in canonical JSON: its keys are the schema's, so their sorted order is
 * known and nothing needs sorting but the keys of identifier and attribute records.
 */
function writeNode(node: Node, out: Chunks, depth: number): void {
  if (depth > maxRecursion) throw tooDeep;
  let first = true;
  const key = (name: string) => {
    out.write(first ? `{${quoteKey(name)}:` : `,${quoteKey(name)}:`);
    first = false;
  };
  if (node.attributes !== undefined) {
    key("attributes");
    out.write(record(node.attributes));
  }
  if (node.brand !== undefined) {
    key("brand");
    out.write(party(node.brand));
  }
  if (node.categories !== undefined) {
    key("categories");
    out.write(JSON.stringify(node.categories));
  }
  if (node.components !== undefined) {
    key("components");
    writeList(node.components, out, depth);
  }
  if (node.countryOfOrigin !== undefined) {
    key("countryOfOrigin");
    out.write(JSON.stringify(node.countryOfOrigin));
  }
  if (node.id !== undefined) {
    key("id");
    out.write(JSON.stringify(node.id));
  }
  if (node.identifiers !== undefined) {
    key("identifiers");
    out.write(record(node.identifiers));
  }
  if (node.manufacturer !== undefined) {
    key("manufacturer");
    out.write(party(node.manufacturer));
  }
  key("name");
  out.write(JSON.stringify(node.name));
  if (node.shared !== undefined) {
    key("shared");
    writeList(node.shared, out, depth);
  }
  if (node.supplier !== undefined) {
    key("supplier");
    out.write(party(node.supplier));
  }
  if (node.type !== undefined) {
    key("type");
    out.write(JSON.stringify(node.type));
  }
  out.write("}");
}

function writeList(items: readonly unknown[], out: Chunks, depth: number): void {
  out.write("[");
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.write(",");
    const item = items[i] as Node | { ref: string };
    if ("ref" in item) out.write(`{"ref":${JSON.stringify(item.ref)}}`);
    else writeNode(item, out, depth + 1);
  }
  out.write("]");
}

/**
 * The product's digest, `digestCanonical(product)`, written faster for a product `parseProduct`
 * found plain: every object has the schema's keys only, so their order is known.
 */
export function digestPlainProduct(product: object): string {
  const hash = createSha256();
  try {
    const out = new Chunks(hash);
    writeNode(product as Node, out, 0);
    out.flush();
  } catch (error) {
    if (error === tooDeep || error instanceof RangeError) return digestCanonical(product);
    throw error;
  }
  return hash.digest();
}
