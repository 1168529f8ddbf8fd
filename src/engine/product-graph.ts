import type { z } from "zod";
import type { Issue, IssuePath } from "../errors.js";
import type { ComponentView } from "../logic/view.js";
import { ComponentNodeSchema, ComponentRefSchema, type Party } from "../model/component.js";
import { fastNode } from "./fast-node.js";
import type { Limits } from "./limits.js";

type ParsedNode = z.output<typeof ComponentNodeSchema>;

/** One component of a product, parsed, with its children as node numbers. */
export interface GraphNode {
  readonly view: ComponentView;
  /** Party objects as given, for their identifiers. */
  readonly parties: { manufacturer?: Party; brand?: Party; supplier?: Party };
  readonly children: number[];
  /** Whether more than one parent refers to this node (a shared sub-assembly). */
  shared: boolean;
}

/** A product as a graph of parsed components; node 0 is the product. Acyclic. */
export interface ProductGraph {
  readonly nodes: readonly GraphNode[];
}

interface Origin {
  parent: number;
  key: (string | number)[];
}

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

function partyName(party: Party | undefined): string | undefined {
  if (party === undefined) return undefined;
  return typeof party === "string" ? party : party.name;
}

function safeRecord<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!record) return undefined;
  return Object.assign(Object.create(null) as Record<string, T>, record);
}

function viewOf(node: ParsedNode): ComponentView {
  const view: ComponentView = Object.create(null);
  view.name = node.name;
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
  if (node.categories) view.categories = node.categories;
  const attributes = safeRecord(node.attributes);
  if (attributes) view.attributes = attributes;
  return view;
}

function findForbiddenKey(value: unknown): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const key of forbiddenKeys) if (Object.hasOwn(value, key)) return key;
  return undefined;
}

function isRef(raw: unknown): raw is { ref: string } {
  return (
    typeof raw === "object" &&
    raw !== null &&
    Object.hasOwn(raw, "ref") &&
    ComponentRefSchema.safeParse(raw).success
  );
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

/**
 * Parses a product into a graph, one node at a time with an explicit stack (a 100,000-deep chain
 * does not overflow), resolving `{ ref }` children to shared nodes and rejecting cycles.
 * Returns every problem found, each with its path from the product root.
 */
export function parseProductGraph(
  input: unknown,
  limits: Limits,
): { graph: ProductGraph; issues: [] } | { graph?: undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const nodes: GraphNode[] = [];
  const origins: Origin[] = [];
  const ids = new Map<string, number>();
  const refs: { parent: number; slot: number; ref: string; origin: Origin }[] = [];
  const pathOf = (origin: Origin): IssuePath => {
    const keys: (string | number)[] = [];
    let current: Origin | undefined = origin;
    while (current) {
      for (let i = current.key.length - 1; i >= 0; i--)
        keys.push(current.key[i] as string | number);
      current = current.parent >= 0 ? origins[current.parent] : undefined;
    }
    return keys.reverse();
  };

  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      issues: [{ code: "invalid_input", path: [], message: "A product must be a JSON object" }],
    };
  }
  const { shared, ...root } = input as Record<string, unknown>;
  const work: { raw: unknown; origin: Origin; parent: number; depth: number }[] = [];
  if (shared !== undefined) {
    if (!Array.isArray(shared)) {
      issues.push({
        code: "invalid_input",
        path: ["shared"],
        message: "shared must be a list of components",
      });
    } else {
      for (let i = shared.length - 1; i >= 0; i--) {
        work.push({
          raw: shared[i],
          origin: { parent: -1, key: ["shared", i] },
          parent: -1,
          depth: 1,
        });
      }
    }
  }
  // The product is popped first, so it is node 0.
  work.push({ raw: root, origin: { parent: -1, key: [] }, parent: -1, depth: 0 });

  while (work.length > 0) {
    const { raw, origin, parent, depth } = work.pop() as (typeof work)[number];
    if (issues.length >= 100) break;
    if (parent >= 0 && isRef(raw)) {
      const parentNode = nodes[parent] as GraphNode;
      refs.push({
        parent,
        slot: parentNode.children.length,
        ref: (raw as { ref: string }).ref,
        origin,
      });
      parentNode.children.push(-1);
      continue;
    }
    const forbidden =
      findForbiddenKey(raw) ??
      findForbiddenKey((raw as { attributes?: unknown } | null)?.attributes) ??
      findForbiddenKey((raw as { identifiers?: unknown } | null)?.identifiers);
    if (forbidden) {
      issues.push({
        code: "invalid_input",
        path: pathOf(origin),
        message: `"${forbidden}" is not allowed as a key`,
      });
      continue;
    }
    let node = fastNode(raw);
    if (!node) {
      const parsed = ComponentNodeSchema.safeParse(raw);
      if (!parsed.success) {
        const base = pathOf(origin);
        for (const issue of parsed.error.issues) {
          issues.push({
            code: "invalid_input",
            path: [...base, ...(issue.path as (string | number)[])],
            message: issue.message,
          });
        }
        continue;
      }
      node = parsed.data;
    }
    const tooLong = longText(node, limits.maxTextLength);
    if (tooLong !== undefined) {
      issues.push({
        code: "limit_exceeded",
        path: pathOf(origin),
        message: `A text field is longer than ${limits.maxTextLength} characters ("${tooLong}…")`,
      });
      continue;
    }
    if (nodes.length >= limits.maxComponents) {
      issues.push({
        code: "limit_exceeded",
        path: pathOf(origin),
        message: `The product has more than ${limits.maxComponents} components (limits.maxComponents)`,
      });
      break;
    }
    if (depth > limits.maxDepth) {
      issues.push({
        code: "limit_exceeded",
        path: pathOf(origin),
        message: `Components are nested deeper than ${limits.maxDepth} levels (limits.maxDepth)`,
      });
      break;
    }
    const index = nodes.length;
    const parties: GraphNode["parties"] = {};
    if (node.manufacturer !== undefined) parties.manufacturer = node.manufacturer;
    if (node.brand !== undefined) parties.brand = node.brand;
    if (node.supplier !== undefined) parties.supplier = node.supplier;
    nodes.push({ view: viewOf(node), parties, children: [], shared: false });
    origins.push(origin);
    if (parent >= 0) (nodes[parent] as GraphNode).children.push(index);
    if (node.id !== undefined) {
      if (ids.has(node.id)) {
        issues.push({
          code: "duplicate_id",
          path: [...pathOf(origin), "id"],
          message: `Component id "${node.id}" is used more than once`,
        });
      } else ids.set(node.id, index);
    }
    const children = node.components ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      work.push({
        raw: children[i],
        origin: { parent: index, key: ["components", i] },
        parent: index,
        depth: depth + 1,
      });
    }
  }
  // Children were pushed in reverse and popped in order, so child lists are in document order.

  for (const { parent, slot, ref, origin } of refs) {
    const target = ids.get(ref);
    if (target === undefined) {
      issues.push({
        code: "unknown_ref",
        path: [...pathOf(origin), "ref"],
        message: `No component has id "${ref}"`,
      });
      continue;
    }
    (nodes[parent] as GraphNode).children[slot] = target;
  }
  if (issues.length > 0) return { issues };
  markShared(nodes);
  const cycle = findCycle(nodes);
  if (cycle) {
    const names = cycle.map((index) => (nodes[index] as GraphNode).view.name);
    return {
      issues: [
        {
          code: "cycle",
          path: pathOf(origins[cycle[cycle.length - 1] as number] as Origin),
          message: `Components refer to each other in a cycle: ${names.join(" → ")}`,
        },
      ],
    };
  }
  return { graph: { nodes }, issues: [] };
}

function markShared(nodes: GraphNode[]): void {
  const seen = new Uint8Array(nodes.length);
  for (const node of nodes) {
    for (const child of node.children) {
      if (seen[child]) (nodes[child] as GraphNode).shared = true;
      else seen[child] = 1;
    }
  }
}

/** A cycle as node numbers (first repeated at the end), or undefined. Iterative three-colour DFS. */
function findCycle(nodes: readonly GraphNode[]): number[] | undefined {
  const state = new Uint8Array(nodes.length); // 0 new, 1 on the stack, 2 done
  for (let start = 0; start < nodes.length; start++) {
    if (state[start] !== 0) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [index, next] = top;
      const children = (nodes[index] as GraphNode).children;
      if (next >= children.length) {
        state[index] = 2;
        stack.pop();
        continue;
      }
      top[1] = next + 1;
      const child = children[next] as number;
      if (state[child] === 1) {
        const from = stack.findIndex(([i]) => i === child);
        return [...stack.slice(from).map(([i]) => i), child];
      }
      if (state[child] === 0) {
        state[child] = 1;
        stack.push([child, 0]);
      }
    }
  }
  return undefined;
}
