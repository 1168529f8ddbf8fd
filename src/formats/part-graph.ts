import type { IssuePath } from "../errors.js";
import type { Component } from "../model/component.js";

/** One component's own fields, as the product model has them, without its children. */
export type PartFields = Omit<Component, "components">;

/** A part read from a document: its product fields and where the document declares it. */
export interface Part {
  readonly fields: PartFields;
  readonly path: IssuePath;
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
  readonly edgePaths: IssuePath[][];
  /** Part numbers by document id (CycloneDX `bom-ref`, SPDX `SPDXID`). */
  readonly ids: Map<string, number>;
  /** Edges already added, as `parent:child`. */
  readonly edges: Set<string>;
  /** The part that becomes the product. */
  root: number;
}

/** An empty part graph. */
export function createPartGraph(): PartGraph {
  return { parts: [], children: [], edgePaths: [], ids: new Map(), edges: new Set(), root: 0 };
}

/** Adds a part and returns its number; the caller checks its id is not taken. */
export function addPart(graph: PartGraph, fields: PartFields, path: IssuePath): number {
  const index = graph.parts.length;
  graph.parts.push({ fields, path });
  graph.children.push([]);
  graph.edgePaths.push([]);
  if (fields.id !== undefined) graph.ids.set(fields.id, index);
  return index;
}

/** Adds an edge from a part to a child, unless it is already there. */
export function addEdge(graph: PartGraph, parent: number, child: number, path: IssuePath): void {
  const key = `${parent}:${child}`;
  if (graph.edges.has(key)) return;
  graph.edges.add(key);
  (graph.children[parent] as number[]).push(child);
  (graph.edgePaths[parent] as IssuePath[]).push(path);
}
