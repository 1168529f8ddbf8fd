import type { ConditionEnv, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import type { PolicyInternals } from "./compiled-policy.js";
import type { GraphNode } from "./product-graph.js";

/** The values of a policy's `any_descendant` conditions on every component of a product. */
export interface DerivedFacts {
  /** The value of condition `id` on component `node`; what it lacks, when undecided, goes to `missing`. */
  value(node: number, id: number, missing: string[]): Tri;
}

/** The values without repeats; `values` itself when it has none to drop (callers pass fresh lists). */
export function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
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
  const gaps = new Map<number, string[]>();
  const computed = new Uint8Array(count);

  const read = (node: number, id: number, missing: string[]): Tri => {
    if (computed[id] === 0) compute(id);
    const value = values[node * count + id] as Tri;
    if (value === null) missing.push(...(gaps.get(node * count + id) ?? []));
    return value;
  };

  const own = (child: number, id: number, missing: string[]): Tri => {
    const facts = factsOf(child);
    const env: ConditionEnv = {
      node: facts,
      rootData: () => ({ component: facts.view, context }),
      ancestors: () => [],
      derived: (inner) => read(child, inner, missing),
      missing,
    };
    return (policy.derived[id] as NonNullable<(typeof policy.derived)[number]>)(
      env,
      facts.view as ComponentView,
    );
  };

  function compute(id: number): void {
    computed[id] = 1;
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
      for (const child of node.children) {
        const mine = own(child, id, missing);
        const below = values[child * count + id] as Tri;
        if (mine === true || below === true) {
          result = true;
          break;
        }
        if (mine === null || below === null) {
          result = null;
          if (below === null) missing.push(...(gaps.get(child * count + id) ?? []));
        }
      }
      values[index * count + id] = result;
      if (result === null) gaps.set(index * count + id, unique(missing));
    }
  }

  return { value: read };
}
