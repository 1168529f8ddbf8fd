import type { Component } from "../model/component.js";
import type { DocPath } from "./doc-path.js";

/** One component's own fields, as the product model has them, without its children. */
export type PartFields = Omit<Component, "components">;

/** A part read from a document: its product fields and where the document declares it. */
export interface Part {
  readonly fields: PartFields;
  readonly path: DocPath;
}

/**
 * The parts of a document and the edges between them (containment and dependencies), before
 * they become a product. Edges are kept in the order they were added, without repeats.
 */
export interface PartGraph {
  readonly parts: Part[];
  /** The children of each part, in order. */
  readonly children: number[][];
  /** Where the document declares each edge, parallel to `children`. */
  readonly edgePaths: DocPath[][];
  /** Part numbers by document id (CycloneDX `bom-ref`, SPDX `SPDXID`). */
  readonly ids: Map<string, number>;
  /** The children of parts with many, as sets, to find repeats quickly. */
  readonly childSets: Map<number, Set<number>>;
  /** The part that becomes the product. */
  root: number;
}

/** An empty part graph. */
export function createPartGraph(): PartGraph {
  return { parts: [], children: [], edgePaths: [], ids: new Map(), childSets: new Map(), root: 0 };
}

/** Adds a part and returns its number; the caller checks its id is not taken. */
export function addPart(graph: PartGraph, fields: PartFields, path: DocPath): number {
  const index = graph.parts.length;
  graph.parts.push({ fields, path });
  graph.children.push([]);
  graph.edgePaths.push([]);
  if (fields.id !== undefined) graph.ids.set(fields.id, index);
  return index;
}

/** Adds an edge from a part to a child, unless it is already there. */
export function addEdge(graph: PartGraph, parent: number, child: number, path: DocPath): void {
  const children = graph.children[parent] as number[];
  let set = graph.childSets.get(parent);
  if (set === undefined && children.length >= 16) {
    set = new Set(children);
    graph.childSets.set(parent, set);
  }
  if (set ? set.has(child) : children.includes(child)) return;
  set?.add(child);
  children.push(child);
  (graph.edgePaths[parent] as DocPath[]).push(path);
}
