import type { Issue } from "../errors.js";
import type { Component, ComponentRef, Product } from "../model/component.js";
import { type DocPath, pathOf } from "./doc-path.js";
import type { ResolvedImportOptions } from "./import-options.js";
import { addEdge, type PartGraph } from "./part-graph.js";

const removed = -1;

function partPath(graph: PartGraph, index: number): DocPath {
  return (graph.parts[index] as PartGraph["parts"][number]).path;
}

/** Makes every part without a parent a child of the root, in document order. */
function attachOrphans(graph: PartGraph): void {
  const hasParent = new Uint8Array(graph.parts.length);
  for (const children of graph.children) for (const child of children) hasParent[child] = 1;
  for (let i = 0; i < graph.parts.length; i++) {
    if (i !== graph.root && !hasParent[i]) addEdge(graph, graph.root, i, partPath(graph, i));
  }
}

function cycleIssue(graph: PartGraph, stack: readonly number[], from: number, slot: number): Issue {
  const child = (graph.children[from] as number[])[slot] as number;
  const name = (index: number) => (graph.parts[index] as PartGraph["parts"][number]).fields.name;
  const path = pathOf((graph.edgePaths[from] as DocPath[])[slot]);
  if (child === graph.root) {
    return {
      code: "cycle",
      path,
      message: `"${name(from)}" depends on the product itself ("${name(child)}"), which contains every part: that is a cycle`,
    };
  }
  const names = [...stack.slice(stack.indexOf(child)), child].map(name);
  return {
    code: "cycle",
    path,
    message: `Parts depend on each other in a cycle: ${names.join(" → ")}`,
  };
}

/**
 * Walks the graph depth-first from the root in document order, with an explicit stack. An edge
 * back to a part on the current path closes a cycle: it is dropped (`"break"`) or reported
 * (`"error"`). Parts reachable only through a cycle are attached to the root as they are found,
 * so that every part of the document stays in the product.
 */
function breakCycles(graph: PartGraph, mode: "break" | "error", issues: Issue[]): void {
  const count = graph.parts.length;
  const state = new Uint8Array(count); // 0 new, 1 on the path, 2 done
  const stack: number[] = [graph.root];
  const next: number[] = [0];
  state[graph.root] = 1;
  let cursor = 0;
  while (stack.length > 0) {
    const depth = stack.length - 1;
    const index = stack[depth] as number;
    const children = graph.children[index] as number[];
    const slot = next[depth] as number;
    if (slot >= children.length) {
      if (index === graph.root) {
        while (cursor < count && state[cursor] !== 0) cursor++;
        if (cursor < count) {
          addEdge(graph, graph.root, cursor, partPath(graph, cursor));
          continue;
        }
      }
      state[index] = 2;
      stack.pop();
      next.pop();
      continue;
    }
    next[depth] = slot + 1;
    const child = children[slot] as number;
    if (child === removed) continue;
    if (state[child] === 1) {
      if (mode === "error") {
        issues.push(cycleIssue(graph, stack, index, slot));
        return;
      }
      children[slot] = removed;
    } else if (state[child] === 0) {
      state[child] = 1;
      stack.push(child);
      next.push(0);
    }
  }
}

/**
 * Turns a part graph into a product: parts without a parent become children of the root,
 * cycles are broken or reported, and a part with more than one parent becomes a shared
 * sub-assembly (listed once in `shared`, referred to by `{ ref: id }`), not a copy.
 * Returns undefined after adding an issue when the graph has a cycle and `dependencyCycles`
 * is `"error"`.
 */
export function assembleProduct(
  graph: PartGraph,
  options: ResolvedImportOptions,
  issues: Issue[],
): Product | undefined {
  attachOrphans(graph);
  breakCycles(graph, options.dependencyCycles, issues);
  if (issues.length > 0) return undefined;

  const parents = new Uint32Array(graph.parts.length);
  for (const children of graph.children) {
    for (const child of children) if (child !== removed) parents[child] = (parents[child] ?? 0) + 1;
  }
  const objects: Component[] = graph.parts.map((part) => ({ ...part.fields }));
  const shared: Component[] = [];
  graph.children.forEach((children, index) => {
    const object = objects[index] as Component;
    const kept = children.filter((child) => child !== removed);
    if ((parents[index] as number) > 1) shared.push(object);
    if (kept.length === 0) return;
    object.components = kept.map((child): Component | ComponentRef =>
      (parents[child] as number) > 1
        ? // Only parts with a document id can have a second parent: a dependency names its id.
          { ref: (objects[child] as Component).id as string }
        : (objects[child] as Component),
    );
  });
  const product: Product = objects[graph.root] as Component;
  if (shared.length > 0) product.shared = shared;
  return product;
}
