import type { IssuePath } from "../errors.js";
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
import { digestKeys as keys, writeEnd, writeHead, writeTail } from "./product-digest.js";
import {
  type GraphNode,
  type ProductGraph,
  partyName,
  safeRecord,
  schemaNode,
} from "./product-graph.js";

/** Thrown inside the walk when the product is not plain: the full parser takes it instead. */
const notPlain = Symbol("not plain");
/** Thrown by `visit` before it changes anything when a part needs the schema to read it. */
const needsSchema = Symbol("needs the schema");
const [comma, openBracket, closeBracket] = [0x2c, 0x5b, 0x5d];
/**
 * The children of every part without components: never written to (refs are resolved in the
 * lists that hold them), so a tree of a million parts does not make a million empty lists.
 */
const noChildren: number[] = [];
// Parts with a problem are left to the full parser, which says where: no path is made here.
const noPath = (): IssuePath => [];

/** A `{ ref }` child met in the walk, resolved once every id is known. */
interface Ref {
  readonly parent: number;
  readonly child: number;
  readonly ref: string;
}

/**
 * A part whose list (its components, then the product's shared parts) the walk is going
 * through. What its canonical JSON writes after the list is read back from its node, which holds
 * the values as given (the records as copies with the same keys). Kept by stack position, reused.
 */
class Frame {
  index = 0;
  depth = 0;
  /** Where the part's children start in the walk's `children`. */
  childStart = 0;
  list: readonly unknown[] | undefined = undefined;
  next = 0;
  /** Whether `list` is the product's shared parts (its components done). */
  inShared = false;
  /** The part as given when the schema read it: written as canonical JSON once it is done. */
  schemaRaw: object | undefined = undefined;
}

/**
 * One walk over a product that is plain (every part a plain object with the schema's keys only,
 * holding exactly what the schema would return, within the limits; `{ ref }` children that
 * resolve; no warnings to give): it builds the graph and writes the canonical JSON of the
 * digest as it goes. Anything else throws `notPlain`. It keeps its own stack, so a
 * 100,000-deep chain is read as any other product is.
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
  /** The parts whose lists are being walked, the product first; `top` is the last in use. */
  private readonly frames: Frame[] = [];
  private top = -1;
  /** The product's shared parts, walked after its own tree. */
  private shared: readonly unknown[] | undefined;
  /**
   * The children of the parts on the stack, one after another: each part's are copied out at
   * their final length once it is done (lists grown child by child keep room for 16).
   */
  private readonly children: number[] = [];
  /**
   * A part on the stack that a part below it must not be (Brent's cycle check: a part that
   * contains itself would be walked down for ever): the last one opened `reach` or more levels
   * below the previous one, or after that one was closed; `reach` doubles with each. It finds
   * the part again within a few turns of the cycle, for the cost of a comparison per part,
   * where a set of the stack's parts costs a chain more than a tenth of its walk.
   */
  private anchor: object | undefined;
  private anchorAt = -1;
  private reach = 1;

  constructor(
    private readonly limits: Limits,
    private readonly out: JsonBytes,
  ) {
    this.checks = fieldChecks(limits.maxTextLength);
  }

  /** Reads the product and everything below it. */
  run(input: unknown): void {
    this.visit(input, 0, true);
    const out = this.out;
    while (this.top >= 0) {
      const frame = this.frames[this.top] as Frame;
      const list = frame.list;
      if (list === undefined || frame.next >= list.length) {
        this.leave(frame);
        continue;
      }
      const i = frame.next++;
      if (i > 0) out.char(comma);
      const raw = list[i];
      // Shared sub-assemblies are numbered after the product's own tree, at depth 1.
      if (frame.inShared) this.visitPart(raw, 1);
      else if (
        typeof raw === "object" &&
        raw !== null &&
        (raw as { ref?: unknown }).ref !== undefined
      ) {
        const ref = plainRef(raw);
        const children = this.children;
        this.refs.push({ parent: frame.index, child: children.length - frame.childStart, ref });
        children.push(-1);
        out.beginObject();
        out.key(keys.ref);
        out.string(ref);
        out.endObject();
      } else {
        // Its place first: the child's own children follow it.
        const at = this.children.length;
        this.children.push(-1);
        this.children[at] = this.visitPart(raw, frame.depth + 1);
      }
    }
  }

  /**
   * Reads a plain part and writes its canonical JSON up to its components; a part with
   * components (and the product) stays on the stack until its list is walked.
   */
  private visit(raw: unknown, depth: number, root: boolean): number {
    if (!isPlainRecord(raw)) throw needsSchema;
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
      if (value === undefined) throw needsSchema;
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
          if (!root) throw needsSchema;
          shared = value;
          break;
        default:
          throw needsSchema;
      }
      listed++;
    }
    // A field that is there but not enumerable is the schema's to read: leave it to the parser.
    if (root) {
      if (Object.getOwnPropertyNames(raw).length !== listed) throw needsSchema;
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
      throw needsSchema;
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
      throw needsSchema;
    }
    this.checkLimits(depth);

    const read = categories === undefined ? undefined : this.categories(categories as string[]);

    const view = viewOf(
      name as string,
      id as string | undefined,
      type as string | undefined,
      manufacturer as Party | undefined,
      supplier as Party | undefined,
      brand as Party | undefined,
      identifiers as Identifiers | undefined,
      countryOfOrigin as string | undefined,
      read?.categories,
      attributes as Attributes | undefined,
    );
    const parties = partiesOf(
      manufacturer as Party | undefined,
      brand as Party | undefined,
      supplier as Party | undefined,
    );
    const index = this.add(view, parties);

    // The canonical JSON of the part: its keys in sorted order, its children where they fall.
    const out = this.out;
    writeHead(
      out,
      attributes as Attributes | undefined,
      brand as Party | undefined,
      categories as string[] | undefined,
    );
    if (components === undefined && !root) {
      // A leaf is done at once, without a frame.
      this.order.push(index);
      writeTail(
        out,
        countryOfOrigin as string | undefined,
        id as string | undefined,
        identifiers as Identifiers | undefined,
        manufacturer as Party | undefined,
        name as string,
      );
      writeEnd(out, supplier as Party | undefined, type as string | undefined);
      return index;
    }
    this.push(raw, index, depth, components as unknown[] | undefined);
    if (root) this.shared = shared as unknown[] | undefined;
    return index;
  }

  /** Opens the frame of a part with a list to walk (its components, which may be none). */
  private push(
    raw: object,
    index: number,
    depth: number,
    components: readonly unknown[] | undefined,
  ): Frame {
    if (components !== undefined) {
      this.out.key(keys.components);
      this.out.char(openBracket);
    }
    this.top++;
    // It contains itself: left to the full parser, which names the cycle.
    if (raw === this.anchor) throw notPlain;
    if (this.anchor === undefined) {
      this.anchor = raw;
      this.anchorAt = this.top;
    } else if (this.top - this.anchorAt >= this.reach) {
      this.anchor = raw;
      this.anchorAt = this.top;
      this.reach *= 2;
    }
    let frame = this.frames[this.top];
    if (frame === undefined) {
      frame = new Frame();
      this.frames.push(frame);
    }
    frame.index = index;
    frame.depth = depth;
    frame.childStart = this.children.length;
    frame.list = components;
    frame.next = 0;
    frame.inShared = false;
    frame.schemaRaw = undefined;
    return frame;
  }

  /** Finishes the part whose list is walked: its canonical JSON after the list, and its order. */
  private leave(frame: Frame): void {
    const out = this.out;
    if (frame.list !== undefined) out.char(closeBracket);
    if (!frame.inShared) this.takeChildren(frame);
    if (frame.schemaRaw !== undefined) {
      out.unmute();
      this.order.push(frame.index);
      // Inside another part the schema read, this one would be dropped: that part writes it as
      // given, with everything below (writing each would cost a deep chain its depth squared).
      if (!out.muted) out.json(canonicalJson(frame.schemaRaw));
      this.pop(frame);
      return;
    }
    if (!frame.inShared) {
      this.order.push(frame.index);
      if (frame.index === 0) this.rootSize = this.nodes.length;
      const { view, parties } = this.nodes[frame.index] as GraphNode;
      const { countryOfOrigin, id, identifiers, name } = view;
      writeTail(out, countryOfOrigin, id, identifiers, parties.manufacturer, name);
      if (frame.index === 0 && this.shared !== undefined) {
        out.key(keys.shared);
        out.char(openBracket);
        frame.list = this.shared;
        frame.next = 0;
        frame.inShared = true;
        return;
      }
    }
    const { view, parties } = this.nodes[frame.index] as GraphNode;
    writeEnd(out, parties.supplier, view.type);
    this.pop(frame);
  }

  /** Gives the part its children, out of the walk's list of them. */
  private takeChildren(frame: Frame): void {
    const children = this.children;
    const start = frame.childStart;
    if (children.length === start) return;
    (this.nodes[frame.index] as GraphNode).children = children.slice(start);
    // One at a time: setting an array's length is a slow path in engines.
    while (children.length > start) children.pop();
  }

  /** Closes the top frame, letting go of what it holds. */
  private pop(frame: Frame): void {
    if (this.top === this.anchorAt) this.anchor = undefined;
    frame.list = undefined;
    frame.schemaRaw = undefined;
    this.top--;
  }

  /** A part below the product: plain, or read by the schema (written as given). */
  private visitPart(raw: unknown, depth: number): number {
    try {
      return this.visit(raw, depth, false);
    } catch (error) {
      if (error !== needsSchema) throw error;
      return this.visitSchema(raw, depth);
    }
  }

  /**
   * A part the schema must read (a padded name, a missing optional field given as undefined):
   * built from what the schema returns, its digest the canonical JSON of the part as given
   * with everything below it, as `digestProduct` writes a part in its `slow` set. A part with
   * a problem or a warning is left to the full parser.
   */
  private visitSchema(raw: unknown, depth: number): number {
    const node = schemaNode(raw, noPath, this.limits, []);
    if (node === undefined) throw notPlain;
    if (node.type !== undefined && (raw as { type?: unknown }).type !== node.type) throw notPlain;
    this.checkLimits(depth);
    const read = node.categories === undefined ? undefined : this.categories(node.categories);
    const { manufacturer, supplier, brand } = node;
    const view = viewOf(
      node.name,
      node.id,
      node.type,
      manufacturer,
      supplier,
      brand,
      node.identifiers,
      node.countryOfOrigin,
      read?.categories,
      node.attributes,
    );
    const index = this.add(view, partiesOf(manufacturer, brand, supplier));
    // What is below is read first (it may contain itself, which canonical JSON cannot write),
    // muted: the part is written as given once it is done.
    this.out.mute();
    const frame = this.push(raw as object, index, depth, node.components);
    frame.schemaRaw = raw as object;
    return index;
  }

  private checkLimits(depth: number): void {
    const limits = this.limits;
    if (depth > limits.maxDepth || this.nodes.length >= limits.maxComponents) throw notPlain;
  }

  /** Categories as rules read them; one to warn of is for the full parser to report. */
  private categories(categories: readonly string[]): ReadCategories {
    this.log ??= createImportLog(false);
    const read = readCategories(categories, () => [], this.log);
    if (this.log.counts.size > 0 || read.slips) throw notPlain;
    return read;
  }

  /** Adds a node (its id unique) and returns its number. */
  private add(view: ComponentView, parties: GraphNode["parties"]): number {
    const index = this.nodes.length;
    this.nodes.push({ view, parties, children: noChildren, shared: false });
    const id = view.id;
    if (id !== undefined) {
      this.ids ??= new Map();
      if (this.ids.has(id)) throw notPlain;
      this.ids.set(id, index);
    }
    return index;
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

// Pieces of one part, out of `visit` so that the compiler has room to inline what they call.

/** The view exactly as the full parser builds it. */
function viewOf(
  name: string,
  id: string | undefined,
  type: string | undefined,
  manufacturer: Party | undefined,
  supplier: Party | undefined,
  brand: Party | undefined,
  identifiers: Identifiers | undefined,
  countryOfOrigin: string | undefined,
  categories: readonly string[] | undefined,
  attributes: Attributes | undefined,
): ComponentView {
  const view: ComponentView = { name };
  if (id !== undefined) view.id = id;
  if (type !== undefined) view.type = type;
  if (manufacturer !== undefined) view.manufacturer = partyName(manufacturer) as string;
  if (supplier !== undefined) view.supplier = partyName(supplier) as string;
  if (brand !== undefined) view.brand = partyName(brand) as string;
  if (identifiers !== undefined) view.identifiers = safeRecord(identifiers) as Identifiers;
  if (countryOfOrigin !== undefined) view.countryOfOrigin = countryOfOrigin;
  if (categories !== undefined) view.categories = categories;
  if (attributes !== undefined) view.attributes = safeRecord(attributes) as Attributes;
  return view;
}

function partiesOf(
  manufacturer: Party | undefined,
  brand: Party | undefined,
  supplier: Party | undefined,
): GraphNode["parties"] {
  const parties: GraphNode["parties"] = {};
  if (manufacturer !== undefined) parties.manufacturer = manufacturer;
  if (brand !== undefined) parties.brand = brand;
  if (supplier !== undefined) parties.supplier = supplier;
  return parties;
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
    walk.run(input);
  } catch (error) {
    out.discard();
    if (error === notPlain || error === needsSchema || error instanceof RangeError)
      return undefined;
    throw error;
  }
  const graph = walk.graph();
  if (!graph) {
    out.discard();
    return undefined;
  }
  return { graph, digest: out.digest() };
}
