import type { ConditionEnv, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import { unique } from "../util/unique.js";
import type { PolicyInternals } from "./compiled-policy.js";
import type { GraphNode } from "./product-graph.js";

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
  nodes: readonly GraphNode[],
  factsOf: (index: number) => NodeFacts,
  context: object,
): DerivedFacts {
  const count = policy.derived.length;
  const values: Tri[] = new Array(nodes.length * count).fill(false);
  // By node and condition: what an undecided value lacks (most products have no such value).
  let gaps: (string[] | undefined)[] | undefined;
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
    // One environment for the whole pass, moved from child to child (conditions keep nothing of
    // it); a condition read inside this one runs its own pass first, with its own.
    const data = { component: undefined as unknown, context };
    let child = 0;
    const env: { -readonly [K in keyof ConditionEnv]: ConditionEnv[K] } = {
      node: undefined as unknown as NodeFacts,
      rootData: () => data,
      ancestors: () => [],
      derived: (inner) => read(child, inner, env.missing),
      missing: [],
    };
    const own = (index: number, missing: string[]): Tri => {
      const facts = factsOf(index);
      child = index;
      env.node = facts;
      env.missing = missing;
      data.component = facts.view;
      return condition(env, facts.view as ComponentView);
    };
    const done = new Uint8Array(nodes.length);
    const stack: [number, number][] = [[0, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const [index, childAt] = top;
      const node = nodes[index] as GraphNode;
      if (childAt < node.children.length) {
        top[1] = childAt + 1;
        const child = node.children[childAt] as number;
        if (!done[child]) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      done[index] = 1;
      let result: Tri = false;
      const missing: string[] = [];
      for (const part of node.children) {
        const mine = own(part, missing);
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
        gaps[index * count + id] = unique(missing);
      }
    }
  }

  return { value: read };
}
