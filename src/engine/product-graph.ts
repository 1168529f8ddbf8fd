import type * as z from "zod/mini";
import type { Issue, IssuePath } from "../errors.js";
import { describeValue } from "../formats/describe-value.js";
import {
  createImportLog,
  finishWarnings,
  type ImportLog,
  tolerate,
} from "../formats/import-log.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import type { ComponentView } from "../logic/view.js";
import { ComponentNodeSchema, ComponentRefSchema, type Party } from "../model/component.js";
import type { Warning } from "../model/report.js";
import { forbiddenKeys } from "../util/forbidden-keys.js";
import { readCategories } from "../vocabulary/read-categories.js";
import { fastNodeCheck, isPlainRecord, isText } from "./fast-node.js";
import { expandedSize, markShared, orderNodes } from "./graph-order.js";
import type { Limits } from "./limits.js";

type ParsedNode = z.output<typeof ComponentNodeSchema>;

/** One component of a product, parsed, with its children as node numbers. */
export interface GraphNode {
  readonly view: ComponentView;
  /** Party objects as given, for their identifiers. */
  readonly parties: { manufacturer?: Party; brand?: Party; supplier?: Party };
  /** Filled while the product is read; parts without children may share one empty list. */
  children: number[];
  /** Whether more than one parent refers to this node (a shared sub-assembly). */
  shared: boolean;
}

/** A product as a graph of parsed components; node 0 is the product. Acyclic. */
export interface ProductGraph {
  readonly nodes: readonly GraphNode[];
  /** Every node, children before their parents. */
  readonly childrenFirst: Uint32Array;
  /** How many components the product has with each shared sub-assembly counted on every path. */
  readonly expandedSize: number;
}

/** The name of a party given as a name or as an object. */
export function partyName(party: Party | undefined): string | undefined {
  if (party === undefined) return undefined;
  return typeof party === "string" ? party : party.name;
}

/** A copy of a record without a prototype, so no key reads an inherited value. */
export function safeRecord<T>(
  record: Record<string, T> | undefined,
): Record<string, T> | undefined {
  if (!record) return undefined;
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

function viewOf(
  node: ParsedNode,
  parent: number,
  slot: number,
  pathTo: (parent: number, slot: number) => IssuePath,
  log: ImportLog,
): ComponentView {
  // An ordinary object, so components share a few hidden classes: rules read only the fields
  // listed in the view's shape (checked when they compile), never inherited ones.
  const view: ComponentView = { name: node.name };
  if (node.id !== undefined) view.id = node.id;
  if (node.type !== undefined) view.type = node.type;
  const manufacturer = partyName(node.manufacturer);
  if (manufacturer !== undefined) view.manufacturer = manufacturer;
  const supplier = partyName(node.supplier);
  if (supplier !== undefined) view.supplier = supplier;
  const brand = partyName(node.brand);
  if (brand !== undefined) view.brand = brand;
  const identifiers = safeRecord(node.identifiers);
  if (identifiers) view.identifiers = identifiers;
  if (node.countryOfOrigin !== undefined) view.countryOfOrigin = node.countryOfOrigin;
  if (node.categories) {
    const read = readCategories(node.categories, () => pathTo(parent, slot), log);
    view.categories = read.categories;
    if (read.slips) view.categorySlips = read.slips;
  }
  const attributes = safeRecord(node.attributes);
  if (attributes) view.attributes = attributes;
  return view;
}

function hiddenKey(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) return key;
  }
  return undefined;
}

function findForbiddenKey(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const key of forbiddenKeys) if (Object.hasOwn(value, key)) return key;
  return undefined;
}

/** A prototype key on a component, its records or its parties (and theirs): the path to it. */
function forbiddenInNode(raw: unknown): string[] | undefined {
  const node = raw as Record<string, unknown> | null;
  const places: [string[], unknown][] = [
    [[], node],
    [["attributes"], node?.attributes],
    [["identifiers"], node?.identifiers],
  ];
  for (const party of ["manufacturer", "brand", "supplier"]) {
    const value = node?.[party] as Record<string, unknown> | null | undefined;
    places.push([[party], value], [[party, "identifiers"], value?.identifiers]);
  }
  for (const [at, value] of places) {
    const key = findForbiddenKey(value);
    if (key !== undefined) return [...at, key];
  }
  return undefined;
}

/** Whether node `ancestor` is `node` or one of its ancestors. */
function isAncestor(parents: readonly number[], ancestor: number, node: number): boolean {
  for (let at = node; at >= 0; at = parents[at] as number) if (at === ancestor) return true;
  return false;
}

/** Whether a child is a `{ ref }` the schema accepts (plain ones checked without it). */
export function isRef(raw: unknown): raw is { ref: string } {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, "ref")) return false;
  // The common case, which the schema keeps unchanged: a plain `{ ref }` with a trimmed text.
  if (isPlainRecord(raw) && isText(raw.ref) && Object.keys(raw).join() === "ref") return true;
  return safeParse(ComponentRefSchema, raw).success;
}

function longText(node: ParsedNode, limit: number): string | undefined {
  const texts = [
    node.name,
    node.id,
    partyName(node.manufacturer),
    partyName(node.supplier),
    partyName(node.brand),
  ];
  for (const text of texts) if (text !== undefined && text.length > limit) return text.slice(0, 40);
  for (const record of [node.identifiers, node.attributes]) {
    for (const value of Object.values(record ?? {})) {
      if (typeof value === "string" && value.length > limit) return value.slice(0, 40);
    }
  }
  return undefined;
}

/** A parsed product graph. */
export interface ParsedGraph {
  readonly graph: ProductGraph;
  /**
   * The objects the fast path did not take (the product, a component or a `{ ref }`; none when
   * every part is a plain object with the schema's keys only and JSON values, exactly as the
   * schema keeps them): the digest writes each of them, and everything below it, as canonical
   * JSON of whatever it holds.
   */
  readonly slow: ReadonlySet<object>;
  /** What was read as something else (category and type synonyms) and unknown categories. */
  readonly warnings: Warning[];
}

/**
 * Parses a product into a graph, one node at a time with an explicit stack (a 100,000-deep chain
 * does not overflow), resolving `{ ref }` children to shared nodes and rejecting cycles.
 * Returns every problem found, each with its path from the product root.
 */
export function parseProductGraph(
  input: unknown,
  limits: Limits,
): (ParsedGraph & { issues: [] }) | { graph?: undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const nodes: GraphNode[] = [];
  // Where each node sits: its parent node and its place in the parent's components (-1 for the
  // product itself), or, for a shared sub-assembly, parent -1 and its place in `shared`.
  const nodeParent: number[] = [];
  const nodeSlot: number[] = [];
  const ids = new Map<string, number>();
  const refs: { parent: number; child: number; ref: string; slot: number }[] = [];
  const fast = fastNodeCheck({ maxTextLength: limits.maxTextLength });
  const log = createImportLog(false);
  // Component objects with children, by the node first made from each: an object met again below
  // that node contains itself (a JavaScript cycle, which JSON cannot write).
  const withChildren = new Map<object, number>();
  const slow = new Set<object>();
  const pathTo = (parent: number, slot: number): IssuePath => {
    const keys: (string | number)[] = [];
    let at = parent;
    let place = slot;
    while (at >= 0) {
      keys.push(place, "components");
      place = nodeSlot[at] as number;
      at = nodeParent[at] as number;
    }
    if (place >= 0) keys.push(place, "shared");
    return keys.reverse();
  };

  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      issues: [{ code: "invalid_input", path: [], message: "A product must be a JSON object" }],
    };
  }
  const hidden = hiddenKey(input);
  if (hidden) {
    return {
      issues: [
        {
          code: "invalid_input",
          path: [],
          message: `"${hidden}" is not enumerable; give products as plain JSON data`,
        },
      ],
    };
  }
  if (!isPlainRecord(input)) slow.add(input);
  const { shared, ...root } = input as Record<string, unknown>;
  // The work stack, as parallel lists: the raw component, its parent, its place, its depth.
  const raws: unknown[] = [];
  const parents: number[] = [];
  const slots: number[] = [];
  const depths: number[] = [];
  const schedule = (raw: unknown, parent: number, slot: number, depth: number) => {
    raws.push(raw);
    parents.push(parent);
    slots.push(slot);
    depths.push(depth);
  };
  if (shared !== undefined) {
    if (!Array.isArray(shared)) {
      issues.push({
        code: "invalid_input",
        path: ["shared"],
        message: "shared must be a list of components",
      });
    } else {
      for (let i = shared.length - 1; i >= 0; i--) schedule(shared[i], -1, i, 1);
    }
  }
  // The product is popped first, so it is node 0.
  schedule(root, -1, -1, 0);

  while (raws.length > 0) {
    const raw = raws.pop();
    const parent = parents.pop() as number;
    const slot = slots.pop() as number;
    const depth = depths.pop() as number;
    if (issues.length >= 100) break;
    if (parent >= 0 && isRef(raw)) {
      if (!isPlainRecord(raw)) slow.add(raw);
      const children = (nodes[parent] as GraphNode).children;
      refs.push({ parent, child: children.length, ref: raw.ref, slot });
      children.push(-1);
      continue;
    }
    let node = fast(raw);
    if (!node) {
      node = schemaNode(raw, () => pathTo(parent, slot), limits, issues);
      if (!node) continue;
      // The product node was made from a copy of the input (without `shared`).
      slow.add((parent === -1 && slot === -1 ? input : raw) as object);
      const given = (raw as { type?: unknown }).type;
      if (node.type !== undefined && given !== node.type) {
        tolerate(log, {
          code: "type_synonym",
          issue: "invalid_input",
          path: [...pathTo(parent, slot), "type"],
          message: `Component type ${describeValue(given)} is a synonym or another spelling`,
          action: `read as "${node.type}"`,
        });
      }
    }
    const children = node.components;
    // Only an object with children can be one of its own ancestors (which are all remembered).
    const first = children?.length ? withChildren.get(raw as object) : undefined;
    if (first !== undefined && isAncestor(nodeParent, first, parent)) {
      issues.push({
        code: "cycle",
        path: pathTo(parent, slot),
        message: "This component contains itself: the same object is one of its own ancestors",
      });
      break;
    }
    if (nodes.length >= limits.maxComponents) {
      issues.push({
        code: "limit_exceeded",
        path: pathTo(parent, slot),
        message: `The product has more than ${limits.maxComponents} components (limits.maxComponents)`,
      });
      break;
    }
    if (depth > limits.maxDepth) {
      issues.push({
        code: "limit_exceeded",
        path: pathTo(parent, slot),
        message: `Components are nested deeper than ${limits.maxDepth} levels (limits.maxDepth)`,
      });
      break;
    }
    const index = nodes.length;
    const parties: GraphNode["parties"] = {};
    if (node.manufacturer !== undefined) parties.manufacturer = node.manufacturer;
    if (node.brand !== undefined) parties.brand = node.brand;
    if (node.supplier !== undefined) parties.supplier = node.supplier;
    nodes.push({
      view: viewOf(node, parent, slot, pathTo, log),
      parties,
      children: [],
      shared: false,
    });
    nodeParent.push(parent);
    nodeSlot.push(slot);
    if (parent >= 0) (nodes[parent] as GraphNode).children.push(index);
    if (node.id !== undefined) {
      if (ids.has(node.id)) {
        issues.push({
          code: "duplicate_id",
          path: [...pathTo(parent, slot), "id"],
          message: `Component id "${node.id}" is used more than once`,
        });
      } else ids.set(node.id, index);
    }
    // Only objects with children can contain themselves; leaves (most parts) are not remembered.
    // The product node was made from a copy of the input (without `shared`): remember the input.
    const object = (index === 0 ? input : raw) as object;
    if (children?.length && !withChildren.has(object)) {
      withChildren.set(object, index);
    }
    if (children)
      for (let i = children.length - 1; i >= 0; i--) schedule(children[i], index, i, depth + 1);
  }
  // Children were pushed in reverse and popped in order, so child lists are in document order.

  for (const { parent, child, ref, slot } of refs) {
    const target = ids.get(ref);
    if (target === undefined) {
      issues.push({
        code: "unknown_ref",
        path: [...pathTo(parent, slot), "ref"],
        message: `No component has id "${ref}"`,
      });
      continue;
    }
    (nodes[parent] as GraphNode).children[child] = target;
  }
  if (issues.length > 0) return { issues };
  markShared(nodes);
  const { cycle, childrenFirst } = orderNodes(nodes);
  if (cycle) {
    const names = cycle.map((index) => (nodes[index] as GraphNode).view.name);
    const last = cycle[cycle.length - 1] as number;
    return {
      issues: [
        {
          code: "cycle",
          path: pathTo(nodeParent[last] as number, nodeSlot[last] as number),
          message: `Components refer to each other in a cycle: ${names.join(" → ")}`,
        },
      ],
    };
  }
  return {
    graph: { nodes, childrenFirst, expandedSize: expandedSize(nodes, childrenFirst) },
    slow,
    warnings: finishWarnings(log),
    issues: [],
  };
}

/**
 * A node the fast path did not take, checked by the schema; problems go to `issues`, at the path
 * `pathOf` gives (made only then: a deep part's path is as long as its depth).
 */
export function schemaNode(
  raw: unknown,
  pathOf: () => IssuePath,
  limits: Limits,
  issues: Issue[],
): ParsedNode | undefined {
  const hidden =
    hiddenKey(raw) ??
    hiddenKey((raw as { manufacturer?: unknown } | null)?.manufacturer) ??
    hiddenKey((raw as { brand?: unknown } | null)?.brand) ??
    hiddenKey((raw as { supplier?: unknown } | null)?.supplier);
  if (hidden) {
    // The schema would read it, the digest (like JSON) would not: refuse rather than disagree.
    issues.push({
      code: "invalid_input",
      path: pathOf(),
      message: `"${hidden}" is not enumerable; give components as plain JSON data`,
    });
    return undefined;
  }
  const forbidden = forbiddenInNode(raw);
  if (forbidden) {
    issues.push({
      code: "invalid_input",
      path: [...pathOf(), ...forbidden.slice(0, -1)],
      message: `"${forbidden[forbidden.length - 1]}" is not allowed as a key`,
    });
    return undefined;
  }
  const parsed = safeParse(ComponentNodeSchema, raw);
  if (!parsed.success) {
    issues.push(...zodIssues(parsed.error.issues, pathOf()));
    return undefined;
  }
  const tooLong = longText(parsed.data, limits.maxTextLength);
  if (tooLong !== undefined) {
    issues.push({
      code: "limit_exceeded",
      path: pathOf(),
      message: `A text field is longer than ${limits.maxTextLength} characters ("${tooLong}…")`,
    });
    return undefined;
  }
  return parsed.data;
}

/** How many paths lead from the product to each node (0 for a shared node nothing refers to). */
export function pathCounts(graph: ProductGraph): Float64Array {
  const { nodes, childrenFirst } = graph;
  const counts = new Float64Array(nodes.length);
  if (nodes.length > 0) counts[0] = 1;
  for (let i = childrenFirst.length - 1; i >= 0; i--) {
    const index = childrenFirst[i] as number;
    const reaching = counts[index] as number;
    if (reaching === 0) continue;
    for (const child of (nodes[index] as GraphNode).children)
      counts[child] = (counts[child] as number) + reaching;
  }
  return counts;
}
