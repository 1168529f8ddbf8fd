import type { ConditionEnv, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import { unique } from "../util/unique.js";
import type { PolicyInternals } from "./compiled-policy.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";

/** The values of a policy's `any_descendant` conditions on every component of a product. */
export interface DerivedFacts {
  /** The value of condition `id` on component `node`; what it lacks, when undecided, goes to `missing`. */
  value(node: number, id: number, missing: string[]): Tri;
}

/**
 * Evaluates `any_descendant` conditions bottom-up, each component once, each condition only when
 * a rule first asks for it (a rule that a cheaper part of its condition settles never does).
 */
export function derivedFacts(
  policy: PolicyInternals,
  graph: ProductGraph,
  factsOf: (index: number) => NodeFacts,
  context: object,
): DerivedFacts {
  const { nodes, childrenFirst } = graph;
  const count = policy.derived.length;
  const values: Tri[] = new Array(nodes.length * count).fill(false);
  // By node and condition: what an undecided value lacks (most products have no such value).
  let gaps: (readonly string[] | undefined)[] | undefined;
  const computed = new Uint8Array(count);

  const read = (node: number, id: number, missing: string[]): Tri => {
    if (computed[id] === 0) compute(id);
    const value = values[node * count + id] as Tri;
    if (value === null) for (const gap of gaps?.[node * count + id] ?? []) missing.push(gap);
    return value;
  };

  function compute(id: number): void {
    computed[id] = 1;
    const condition = policy.derived[id] as NonNullable<(typeof policy.derived)[number]>;
    // One environment and one list of what is missing for the whole pass, moved from child to
    // child (conditions keep nothing of them); a condition read inside this one runs its own pass
    // first, with its own.
    const data = { component: undefined as unknown, context };
    const missing: string[] = [];
    let child = 0;
    const env: { -readonly [K in keyof ConditionEnv]: ConditionEnv[K] } = {
      node: undefined as unknown as NodeFacts,
      rootData: () => data,
      ancestors: () => [],
      derived: (inner) => read(child, inner, missing),
      missing,
    };
    const own = (index: number): Tri => {
      const facts = factsOf(index);
      child = index;
      env.node = facts;
      data.component = facts.view;
      return condition(env, facts.view as ComponentView);
    };
    // Nodes mostly lack the same: one list for a run of equal ones.
    let last: readonly string[] = [];
    // Children first; the nodes the product reaches come first, the product last of them.
    for (const index of childrenFirst) {
      const node = nodes[index] as GraphNode;
      let result: Tri = false;
      // Emptied by pops: setting `length` is a call into the engine each time.
      while (missing.length > 0) missing.pop();
      for (const part of node.children) {
        const mine = own(part);
        const below = values[part * count + id] as Tri;
        if (mine === true || below === true) {
          result = true;
          break;
        }
        if (mine === null || below === null) {
          result = null;
          // Children mostly lack the same: each datum once, not once per child.
          if (below === null)
            for (const gap of gaps?.[part * count + id] ?? [])
              if (!missing.includes(gap)) missing.push(gap);
        }
      }
      values[index * count + id] = result;
      if (result === null) {
        gaps ??= new Array(nodes.length * count);
        const lacked = unique(missing);
        if (!sameList(lacked, last)) last = lacked === missing ? [...missing] : lacked;
        gaps[index * count + id] = last;
      }
      if (index === 0) break;
    }
  }

  return { value: read };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
