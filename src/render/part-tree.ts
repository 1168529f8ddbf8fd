import { isParsedProduct, parseProduct } from "../engine/parse-product.js";
import type { Finding } from "../model/report.js";

/** One part as a report shows it in its tree. */
export interface TreePart {
  name: string;
  /** The part's `id` (a CycloneDX `bom-ref`, an SPDX `SPDXID`), when it has one. */
  id?: string;
  /** What kind of part, and who made it, when known. */
  about?: string;
  children: readonly number[];
  /** How many parts are below it (shared sub-assemblies counted where used); unknown: absent. */
  below?: number;
}

/** A product's parts as numbered nodes; node 0 is the product. */
export type PartTree = readonly TreePart[];

/** The tree of a product, from a `Product` object or a `ParsedProduct`. */
function productTree(product: unknown): PartTree {
  const graph = (isParsedProduct(product) ? product : parseProduct(product)).graph;
  const below = new Float64Array(graph.nodes.length);
  for (const index of graph.childrenFirst) {
    let sum = 0;
    for (const child of graph.nodes[index]?.children ?? []) sum += 1 + (below[child] ?? 0);
    below[index] = sum;
  }
  return graph.nodes.map((node, index) => {
    const { name, id, type, manufacturer } = node.view;
    const about = [type, manufacturer].filter(Boolean).join(", ");
    return {
      name,
      ...(id !== undefined ? { id } : {}),
      ...(about ? { about } : {}),
      children: node.children,
      below: below[index] ?? 0,
    };
  });
}

/** A tree made of the findings' paths only, for a report given without its product. */
function pathTree(productName: string, findings: readonly Finding[]): PartTree {
  const parts: { name: string; id?: string; children: number[] }[] = [
    { name: productName, children: [] },
  ];
  for (const finding of findings) {
    let at = 0;
    for (const name of finding.path.slice(1)) {
      const parent = parts[at];
      if (!parent) break;
      let next = parent.children.find((child) => parts[child]?.name === name);
      if (next === undefined) {
        next = parts.push({ name, children: [] }) - 1;
        parent.children.push(next);
      }
      at = next;
    }
    const last = parts[at];
    if (last && finding.componentId !== undefined) last.id = finding.componentId;
  }
  return parts;
}

/**
 * The part tree to show for a report: the product's whole tree when the product is given,
 * else the tree of the findings' paths (without part counts).
 */
export function partTree(
  product: unknown,
  productName: string,
  findings: readonly Finding[],
): PartTree {
  return product === undefined ? pathTree(productName, findings) : productTree(product);
}
