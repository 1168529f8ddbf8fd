import { loneEnv } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import type { CompiledRule } from "./compiled-policy.js";
import { type Decision, decideRule } from "./decide-rule.js";
import { comparePaths, compareText } from "./findings.js";
import { inlinePathLength, samplePathCount } from "./path-stack.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";

/** Whether a part lacks every one of the fields of a mask (`fieldMask`). */
export function lacksAll(view: ComponentView, fields: number): boolean {
  return (
    ((fields & 1) === 0 || view.attributes === undefined) &&
    ((fields & 2) === 0 || view.categories === undefined)
  );
}

/** A rule without an entity guard that decides parts below the product, by its number. */
export interface UnguardedRule {
  readonly r: number;
  readonly rule: CompiledRule;
}

/**
 * What the rules without entity guards ask of the parts below one product. A part that lacks
 * every field of `fields` is decided by none of them: each is false there, or gives there the
 * one outcome `counted` holds for it.
 */
export interface BarePlan {
  /** As bits (`fieldMask`). */
  readonly fields: number;
  /** By rule number: the fields a part below the product must lack for the rule to be skipped. */
  readonly skip: (number | undefined)[];
  /**
   * Rules whose outcome on every part that lacks their fields is one counted gap, with what
   * that gap lacks.
   */
  readonly counted: {
    readonly r: number;
    readonly decision: NonNullable<Decision>;
    readonly missing: readonly string[];
  }[];
}

/**
 * The plan for one product: each rule's absence guard holds on it, or its outcome on a part
 * lacking every field it reads is false, or a gap `countedGap` accepts (what it lacks, or
 * `undefined` for an outcome that is not such a gap). `undefined` when some rule must decide
 * every part.
 */
export function barePlanOn(
  unguarded: readonly UnguardedRule[],
  ruleCount: number,
  product: ComponentView,
  context: object,
  countedGap: (decision: NonNullable<Decision>) => readonly string[] | undefined,
): BarePlan | undefined {
  let fields = 0;
  const skip: (number | undefined)[] = new Array(ruleCount);
  const counted: BarePlan["counted"] = [];
  const productData = { component: product, product, context, depth: 0 };
  const bare: ComponentView = { name: "" };
  const bareData = { component: bare, product, context, depth: 1 };
  const productEnv = loneEnv(product, productData, []);
  for (const { r, rule } of unguarded) {
    const { absence } = rule;
    if (absence?.given.every((given) => given(productEnv, productData) === false)) {
      fields |= absence.fields;
      continue;
    }
    if (rule.bare === undefined) return undefined;
    // An environment of its own: a rule leaves what it lacks in `missing`.
    const decision = decideRule(rule, loneEnv(bare, bareData, []), bareData);
    if (decision !== undefined) {
      const missing = countedGap(decision);
      if (missing === undefined) return undefined;
      counted.push({ r, decision, missing });
    }
    fields |= rule.bare;
    skip[r] = rule.bare;
  }
  return { fields, skip, counted };
}

/** Each node's depth in a tree (at most 255). */
export function treeDepths(graph: ProductGraph): Uint8Array {
  const { nodes, childrenFirst } = graph;
  const depths = new Uint8Array(nodes.length);
  for (let i = childrenFirst.length - 1; i >= 0; i--) {
    const index = childrenFirst[i] as number;
    const depth = depths[index] as number;
    const below = depth < 255 ? depth + 1 : 255;
    const { children } = nodes[index] as GraphNode;
    for (let c = 0; c < children.length; c++) depths[children[c] as number] = below;
  }
  return depths;
}

interface Candidate {
  readonly index: number;
  readonly path: readonly string[];
  readonly componentId: string | undefined;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return comparePaths(a.path, b.path) || compareText(a.componentId, b.componentId);
}

/** Adds a candidate to a binary heap of them, least first. */
function heapPush(items: Candidate[], item: Candidate): void {
  let at = items.length;
  items.push(item);
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (compareCandidates(items[parent] as Candidate, item) <= 0) break;
    items[at] = items[parent] as Candidate;
    at = parent;
  }
  items[at] = item;
}

/** Takes the least candidate of a binary heap that has one. */
function heapPop(items: Candidate[]): Candidate {
  const top = items[0] as Candidate;
  const last = items.pop() as Candidate;
  if (items.length > 0) {
    let at = 0;
    for (;;) {
      let least = 2 * at + 1;
      if (least >= items.length) break;
      if (
        least + 1 < items.length &&
        compareCandidates(items[least + 1] as Candidate, items[least] as Candidate) < 0
      )
        least++;
      if (compareCandidates(last, items[least] as Candidate) <= 0) break;
      items[at] = items[least] as Candidate;
      at = least;
    }
    items[at] = last;
  }
  return top;
}

/**
 * The least paths of a tree's bare parts (`bareBelow`'s 2), in report order (by path, then
 * component id), at most `count` of them, each path its own; only parts with a bare part at or
 * below them are looked at. A path is less than any path below it, so the parts are taken least
 * first from the children of those already taken. `undefined` when more than `budget` parts
 * would have to be taken.
 */
function leastPaths(
  graph: ProductGraph,
  bare: Uint8Array,
  count: number,
  budget: number,
): Candidate[] | undefined {
  const { nodes } = graph;
  const root = (nodes[0] as GraphNode).view;
  const heap: Candidate[] = [{ index: 0, path: [root.name], componentId: root.id }];
  const found: Candidate[] = [];
  let looked = 0;
  while (heap.length > 0 && found.length < count) {
    if (++looked > budget) return undefined;
    const next = heapPop(heap);
    if (bare[next.index] === 2) found.push(next);
    for (const child of (nodes[next.index] as GraphNode).children) {
      if (bare[child] === 0) continue;
      const view = (nodes[child] as GraphNode).view;
      heapPush(heap, { index: child, path: [...next.path, view.name], componentId: view.id });
    }
  }
  return found;
}

/**
 * A tree's parts below the product that lack every one of `fields` and are shallower than
 * `maxDepth` (2), the others with such a part below them (1), the rest (0); and how many are 2.
 */
function bareBelow(
  graph: ProductGraph,
  depths: Uint8Array,
  fields: number,
  maxDepth: number,
): { count: number; bare: Uint8Array } {
  const { nodes, childrenFirst } = graph;
  const bare = new Uint8Array(nodes.length);
  let count = 0;
  for (let k = 0; k < childrenFirst.length; k++) {
    const index = childrenFirst[k] as number;
    const node = nodes[index] as GraphNode;
    if (index !== 0 && (depths[index] as number) < maxDepth && lacksAll(node.view, fields)) {
      bare[index] = 2;
      count++;
      continue;
    }
    const { children } = node;
    for (let c = 0; c < children.length; c++) {
      if (bare[children[c] as number] !== 0) {
        bare[index] = 1;
        break;
      }
    }
  }
  return { count, bare };
}

/** The gaps one rule gives the parts that lack its fields, counted at once. */
export interface BulkGaps {
  readonly rule: CompiledRule;
  readonly missing: readonly string[];
  readonly count: number;
  /** The least of them, in report order (`leastPaths`). */
  readonly least: Candidate[];
}

// How many parts may be looked at for the least paths of gaps counted at once.
const leastPathBudget = 1024;

/**
 * The gaps a tree's plan counts at once, rule by rule (`depths` from `treeDepths`); rules that
 * read the same fields share their bare parts. `undefined` when the least paths of some rule's
 * cannot be found within the budget: then every part is decided one by one.
 */
export function bulkGaps(
  plan: BarePlan,
  graph: ProductGraph,
  depths: Uint8Array,
): BulkGaps[] | undefined {
  const byFields = new Map<number, { count: number; least: Candidate[] | undefined }>();
  const bulk: BulkGaps[] = [];
  for (const { r, decision, missing } of plan.counted) {
    const fields = plan.skip[r] as number;
    let found = byFields.get(fields);
    if (found === undefined) {
      const { count, bare } = bareBelow(graph, depths, fields, inlinePathLength);
      found = { count, least: leastPaths(graph, bare, samplePathCount, leastPathBudget) };
      byFields.set(fields, found);
    }
    if (found.least === undefined) return undefined;
    bulk.push({ rule: decision.rule, missing, count: found.count, least: found.least });
  }
  return bulk;
}
