import { VendorgateError } from "../errors.js";
import { ones } from "../util/ones.js";
import type { Limits } from "./limits.js";
import { type GraphNode, type ProductGraph, pathCounts } from "./product-graph.js";

/**
 * What a walk over shared parts tells apart: paths that end in the same state give the same
 * outcomes, so each state is decided once and its paths are counted, not walked. A state is a
 * component, or a component at a depth when some rule reads `depth`.
 */
export interface PathStates {
  /** How many states there are (components come first, as state numbers 0 to n-1). */
  readonly size: number;
  /** The state of component `node` reached at `depth`. */
  stateOf(node: number, depth: number): number;
  /** How many paths lead from the product to each state. */
  readonly counts: ArrayLike<number>;
}

/**
 * Whether one path leads to every component: none has two parents, and the walk from the product
 * meets every one of them (no shared sub-assembly is left unreferenced).
 */
export function isTree(graph: ProductGraph): boolean {
  return graph.expandedSize === graph.nodes.length && !graph.nodes.some((node) => node.shared);
}

/** One state per component; `tree` says whether `isTree(graph)` (its path counts are all ones). */
export function componentStates(graph: ProductGraph, tree: boolean): PathStates {
  const counts = tree ? ones(graph.nodes.length) : pathCounts(graph);
  return { size: graph.nodes.length, stateOf: (node) => node, counts };
}

/**
 * How many components a walk may visit: `limits.maxExpandedComponents`, and never fewer than the
 * product has (walking a tree visits each part once, whatever the limit).
 */
export function expansionBound(graph: ProductGraph, limits: Limits): number {
  return Math.max(limits.maxExpandedComponents, graph.nodes.length);
}

/** The error for a product whose paths a walk may not expand. */
export function expansionRefused(limits: Limits): VendorgateError {
  return new VendorgateError("The product is too large to evaluate", [
    {
      code: "limit_exceeded",
      path: [],
      message: `Expanding shared sub-assemblies visits more than ${limits.maxExpandedComponents} components (limits.maxExpandedComponents)`,
    },
  ]);
}

/**
 * One state per component and depth it is reached at, with the paths to each counted parents
 * first. A component reached at one depth only (every part of a tree) keeps its own number.
 * Throws `limit_exceeded` past `limits.maxExpandedComponents` states.
 */
export function depthStates(graph: ProductGraph, limits: Limits): PathStates {
  const { nodes, childrenFirst } = graph;
  const firstDepth = new Int32Array(nodes.length).fill(-1);
  const counts: number[] = new Array(nodes.length).fill(0);
  // Components reached at more than one depth: their other depths and the states for them.
  const more = new Map<number, Map<number, number>>();
  const add = (node: number, depth: number, reaching: number) => {
    const first = firstDepth[node] as number;
    if (first === -1 || first === depth) {
      firstDepth[node] = depth;
      counts[node] = (counts[node] as number) + reaching;
      return;
    }
    let depths = more.get(node);
    if (depths === undefined) {
      depths = new Map();
      more.set(node, depths);
    }
    let state = depths.get(depth);
    if (state === undefined) {
      if (counts.length >= expansionBound(graph, limits)) throw expansionRefused(limits);
      state = counts.length;
      counts.push(0);
      depths.set(depth, state);
    }
    counts[state] = (counts[state] as number) + reaching;
  };
  if (nodes.length > 0) add(0, 0, 1);
  for (let i = childrenFirst.length - 1; i >= 0; i--) {
    const index = childrenFirst[i] as number;
    const depth = firstDepth[index] as number;
    if (depth === -1) continue;
    const { children } = nodes[index] as GraphNode;
    for (const child of children) add(child, depth + 1, counts[index] as number);
    const others = more.size > 0 ? more.get(index) : undefined;
    if (others !== undefined)
      for (const [other, state] of others)
        for (const child of children) add(child, other + 1, counts[state] as number);
  }
  return {
    size: counts.length,
    stateOf: (node, depth) =>
      firstDepth[node] === depth ? node : (more.get(node)?.get(depth) ?? node),
    counts,
  };
}
