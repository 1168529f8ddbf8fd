import { createImportLog, type ImportLog } from "../formats/import-log.js";
import type { ComponentView } from "../logic/view.js";
import type { Attributes, Identifiers, Party } from "../model/component.js";
import { canonicalJson } from "../util/canonical-json.js";
import { JsonBytes } from "../util/json-bytes.js";
import { type ReadCategories, readCategories } from "../vocabulary/read-categories.js";
import {
  type FieldChecks,
  fieldChecks,
  isComponentType,
  isCountry,
  isPlainRecord,
  isText,
  isTextList,
} from "./fast-node.js";
import { expandedSize, markShared, orderNodes } from "./graph-order.js";
import type { Limits } from "./limits.js";
import { digestKeys as keys, writeParty, writeTexts } from "./product-digest.js";
import { type GraphNode, type ProductGraph, partyName, safeRecord } from "./product-graph.js";

/** Thrown inside the walk when the product is not plain: the full parser takes it instead. */
const notPlain = Symbol("not plain");
// Deeper products take the iterative parser (which the recursion here would overflow).
const maxRecursion = 1_000;
const [comma, openBracket, closeBracket] = [0x2c, 0x5b, 0x5d];

/** A `{ ref }` child met in the walk, resolved once every id is known. */
interface Ref {
  readonly parent: number;
  readonly child: number;
  readonly ref: string;
}

/**
 * One walk over a product that is plain (every part a plain object with the schema's keys only,
 * holding exactly what the schema would return, within the limits; `{ ref }` children that
 * resolve; no warnings to give): it builds the graph and writes the canonical JSON of the
 * digest as it goes. Anything else throws `notPlain`.
 */
class PlainWalk {
  readonly nodes: GraphNode[] = [];
  readonly refs: Ref[] = [];
  ids: Map<string, number> | undefined;
  /** Where category readings would go: a walk that reads any warning gives up. */
  private log: ImportLog | undefined;
  /** Nodes in the order the walk finishes them: children first, as a depth-first walk. */
  private readonly order: number[] = [];
  /** How many nodes the product's own tree has (without unreferenced shared ones). */
  rootSize = 0;
  private readonly checks: FieldChecks;

  constructor(
    private readonly limits: Limits,
    private readonly out: JsonBytes,
  ) {
    this.checks = fieldChecks(limits.maxTextLength);
  }

  visit(raw: unknown, depth: number, root: boolean): number {
    if (!isPlainRecord(raw)) throw notPlain;
    let name: unknown;
    let id: unknown;
    let type: unknown;
    let manufacturer: unknown;
    let supplier: unknown;
    let brand: unknown;
    let identifiers: unknown;
    let countryOfOrigin: unknown;
    let categories: unknown;
    let attributes: unknown;
    let components: unknown;
    let shared: unknown;
    let listed = 0;
    for (const key in raw) {
      const value = raw[key];
      if (value === undefined) throw notPlain;
      switch (key) {
        case "name":
          name = value;
          break;
        case "id":
          id = value;
          break;
        case "type":
          type = value;
          break;
        case "manufacturer":
          manufacturer = value;
          break;
        case "supplier":
          supplier = value;
          break;
        case "brand":
          brand = value;
          break;
        case "identifiers":
          identifiers = value;
          break;
        case "countryOfOrigin":
          countryOfOrigin = value;
          break;
        case "categories":
          categories = value;
          break;
        case "attributes":
          attributes = value;
          break;
        case "components":
          components = value;
          break;
        case "shared":
          if (!root) throw notPlain;
          shared = value;
          break;
        default:
          throw notPlain;
      }
      listed++;
    }
    // A field that is there but not enumerable is the schema's to read: leave it to the parser.
    if (root) {
      if (Object.getOwnPropertyNames(raw).length !== listed) throw notPlain;
    } else if (
      (id === undefined && raw.id !== undefined) ||
      (type === undefined && raw.type !== undefined) ||
      (manufacturer === undefined && raw.manufacturer !== undefined) ||
      (supplier === undefined && raw.supplier !== undefined) ||
      (brand === undefined && raw.brand !== undefined) ||
      (identifiers === undefined && raw.identifiers !== undefined) ||
      (countryOfOrigin === undefined && raw.countryOfOrigin !== undefined) ||
      (categories === undefined && raw.categories !== undefined) ||
      (attributes === undefined && raw.attributes !== undefined) ||
      (components === undefined && raw.components !== undefined)
    ) {
      throw notPlain;
    }
    const { isShortText, isParty, isIdentifiers, isAttributes } = this.checks;
    if (
      !isShortText(name) ||
      (id !== undefined && !isShortText(id)) ||
      (type !== undefined && !isComponentType(type)) ||
      (manufacturer !== undefined && !isParty(manufacturer)) ||
      (supplier !== undefined && !isParty(supplier)) ||
      (brand !== undefined && !isParty(brand)) ||
      (identifiers !== undefined && !isIdentifiers(identifiers)) ||
      (countryOfOrigin !== undefined && !isCountry(countryOfOrigin)) ||
      (categories !== undefined && !isTextList(categories)) ||
      (attributes !== undefined && !isAttributes(attributes)) ||
      (components !== undefined && !Array.isArray(components)) ||
      (shared !== undefined && !Array.isArray(shared))
    ) {
      throw notPlain;
    }
    const nodes = this.nodes;
    const limits = this.limits;
    if (depth > limits.maxDepth || depth > maxRecursion || nodes.length >= limits.maxComponents)
      throw notPlain;

    // Categories as rules read them; one to warn of is for the full parser to report.
    let read: ReadCategories | undefined;
    if (categories !== undefined) {
      this.log ??= createImportLog(false);
      read = readCategories(categories as string[], () => [], this.log);
      if (this.log.counts.size > 0 || read.slips) throw notPlain;
    }

    // The view and parties exactly as the full parser builds them.
    const view: ComponentView = { name: name as string };
    if (id !== undefined) view.id = id as string;
    if (type !== undefined) view.type = type as string;
    if (manufacturer !== undefined) view.manufacturer = partyName(manufacturer as Party) as string;
    if (supplier !== undefined) view.supplier = partyName(supplier as Party) as string;
    if (brand !== undefined) view.brand = partyName(brand as Party) as string;
    if (identifiers !== undefined)
      view.identifiers = safeRecord(identifiers as Identifiers) as Identifiers;
    if (countryOfOrigin !== undefined) view.countryOfOrigin = countryOfOrigin as string;
    if (read !== undefined) view.categories = read.categories;
    if (attributes !== undefined)
      view.attributes = safeRecord(attributes as Attributes) as Attributes;
    const parties: GraphNode["parties"] = {};
    if (manufacturer !== undefined) parties.manufacturer = manufacturer as Party;
    if (brand !== undefined) parties.brand = brand as Party;
    if (supplier !== undefined) parties.supplier = supplier as Party;
    const index = nodes.length;
    const children: number[] = [];
    nodes.push({ view, parties, children, shared: false });
    if (id !== undefined) {
      this.ids ??= new Map();
      if (this.ids.has(id as string)) throw notPlain;
      this.ids.set(id as string, index);
    }

    // The canonical JSON of the part: its keys in sorted order, its children where they fall.
    const out = this.out;
    out.beginObject();
    if (attributes !== undefined) {
      out.key(keys.attributes);
      out.json(canonicalJson(attributes));
    }
    if (brand !== undefined) {
      out.key(keys.brand);
      writeParty(brand as Party, out);
    }
    if (categories !== undefined) {
      out.key(keys.categories);
      writeTexts(categories as string[], out);
    }
    if (components !== undefined) {
      out.key(keys.components);
      this.visitChildren(components as unknown[], index, children, depth + 1);
    }
    this.order.push(index);
    if (root) this.rootSize = nodes.length;
    if (countryOfOrigin !== undefined) {
      out.key(keys.countryOfOrigin);
      out.string(countryOfOrigin as string);
    }
    if (id !== undefined) {
      out.key(keys.id);
      out.string(id as string);
    }
    if (identifiers !== undefined) {
      out.key(keys.identifiers);
      out.json(canonicalJson(identifiers));
    }
    if (manufacturer !== undefined) {
      out.key(keys.manufacturer);
      writeParty(manufacturer as Party, out);
    }
    out.key(keys.name);
    out.string(name as string);
    if (shared !== undefined) {
      // Shared sub-assemblies are numbered after the product's own tree, at depth 1.
      out.key(keys.shared);
      const list = shared as unknown[];
      out.char(openBracket);
      for (let i = 0; i < list.length; i++) {
        if (i > 0) out.char(comma);
        this.visit(list[i], 1, false);
      }
      out.char(closeBracket);
    }
    if (supplier !== undefined) {
      out.key(keys.supplier);
      writeParty(supplier as Party, out);
    }
    if (type !== undefined) {
      out.key(keys.type);
      out.string(type as string);
    }
    out.endObject();
    return index;
  }

  private visitChildren(list: unknown[], parent: number, children: number[], depth: number): void {
    const out = this.out;
    out.char(openBracket);
    for (let i = 0; i < list.length; i++) {
      if (i > 0) out.char(comma);
      const raw = list[i];
      if (typeof raw === "object" && raw !== null && (raw as { ref?: unknown }).ref !== undefined) {
        const ref = plainRef(raw);
        this.refs.push({ parent, child: children.length, ref });
        children.push(-1);
        out.beginObject();
        out.key(keys.ref);
        out.string(ref);
        out.endObject();
      } else children.push(this.visit(raw, depth, false));
    }
    out.char(closeBracket);
  }

  /** The graph, once every `{ ref }` is resolved; `undefined` when one is not, or they cycle. */
  graph(): ProductGraph | undefined {
    const { nodes, refs } = this;
    if (refs.length === 0) {
      // A tree (and shared parts nothing refers to): the walk's own order is children first.
      return { nodes, childrenFirst: new Uint32Array(this.order), expandedSize: this.rootSize };
    }
    for (const { parent, child, ref } of refs) {
      const target = this.ids?.get(ref);
      if (target === undefined) return undefined;
      (nodes[parent] as GraphNode).children[child] = target;
    }
    markShared(nodes);
    const { cycle, childrenFirst } = orderNodes(nodes);
    if (cycle) return undefined;
    return { nodes, childrenFirst, expandedSize: expandedSize(nodes, childrenFirst) };
  }
}

/** The text of a `{ ref }` child the schema keeps unchanged; anything else is not plain. */
function plainRef(raw: object): string {
  if (!isPlainRecord(raw) || !Object.hasOwn(raw, "ref")) throw notPlain;
  let listed = 0;
  for (const key in raw) {
    if (key !== "ref") throw notPlain;
    listed++;
  }
  if (listed !== 1) throw notPlain;
  const ref = raw.ref;
  if (!isText(ref)) throw notPlain;
  return ref as string;
}

/** A plain product's graph and digest from one walk. */
export interface PlainProduct {
  readonly graph: ProductGraph;
  /** `sha256:` digest of the product's canonical JSON (`digestCanonical(product)`). */
  readonly digest: string;
}

/**
 * The graph and digest of a plain product in one walk, the same as `parseProductGraph` and
 * `digestProduct` give; `undefined` for any product that is not plain (what needs the schema,
 * gives a warning, breaks a limit or has a problem), which the full parser then reads.
 */
export function readPlainProduct(input: unknown, limits: Limits): PlainProduct | undefined {
  const out = new JsonBytes();
  const walk = new PlainWalk(limits, out);
  try {
    walk.visit(input, 0, true);
  } catch (error) {
    out.discard();
    if (error === notPlain || error instanceof RangeError) return undefined;
    throw error;
  }
  const graph = walk.graph();
  if (!graph) {
    out.discard();
    return undefined;
  }
  return { graph, digest: out.digest() };
}
