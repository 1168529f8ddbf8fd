import type { ConditionEnv, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
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
  return new DerivedPass(policy, graph, factsOf, context);
}

// A class, not closures made per product: its methods live as long as the engine, so the
// optimised code of this hot path is kept between products and between fleets.
class DerivedPass implements DerivedFacts {
  readonly #count: number;
  readonly #values: Tri[];
  // By node and condition: what an undecided value lacks (most products have no such value).
  #gaps: (readonly string[] | undefined)[] | undefined;
  readonly #computed: Uint8Array;

  readonly #policy: PolicyInternals;
  readonly #graph: ProductGraph;
  readonly #factsOf: (index: number) => NodeFacts;
  readonly #context: object;

  constructor(
    policy: PolicyInternals,
    graph: ProductGraph,
    factsOf: (index: number) => NodeFacts,
    context: object,
  ) {
    this.#policy = policy;
    this.#graph = graph;
    this.#factsOf = factsOf;
    this.#context = context;
    this.#count = policy.derived.length;
    this.#values = new Array(graph.nodes.length * this.#count).fill(false);
    this.#computed = new Uint8Array(this.#count);
  }

  value(node: number, id: number, missing: string[]): Tri {
    if (this.#computed[id] === 0) this.#compute(id);
    const at = node * this.#count + id;
    const value = this.#values[at] as Tri;
    if (value === null) for (const gap of this.#gaps?.[at] ?? []) missing.push(gap);
    return value;
  }

  #compute(id: number): void {
    this.#computed[id] = 1;
    const { nodes, childrenFirst } = this.#graph;
    const count = this.#count;
    const values = this.#values;
    const factsOf = this.#factsOf;
    const condition = this.#policy.derived[id] as NonNullable<PolicyInternals["derived"][number]>;
    // One environment and one list of what is missing for the whole pass, moved from child to
    // child (conditions keep nothing of them); a condition read inside this one runs its own pass
    // first, with its own.
    const data = { component: undefined as unknown, context: this.#context };
    const missing: string[] = [];
    const env: ChildEnv = {
      node: undefined as unknown as NodeFacts,
      rootData: () => data,
      ancestors: () => [],
      derived: (inner) => this.value(env.child, inner, missing),
      missing,
      child: 0,
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
        const before = missing.length;
        const facts = factsOf(part);
        env.child = part;
        env.node = facts;
        data.component = facts.view;
        const mine = condition(env, facts.view as ComponentView);
        // Children mostly lack the same: each datum once, not once per child.
        if (missing.length > before) dropRepeats(missing, before);
        const below = values[part * count + id] as Tri;
        if (mine === true || below === true) {
          result = true;
          break;
        }
        if (mine === null || below === null) {
          result = null;
          if (below === null)
            for (const gap of this.#gaps?.[part * count + id] ?? [])
              if (!missing.includes(gap)) missing.push(gap);
        }
      }
      values[index * count + id] = result;
      if (result === null) {
        this.#gaps ??= new Array(nodes.length * count);
        if (!sameList(missing, last)) last = [...missing];
        this.#gaps[index * count + id] = last;
      }
      if (index === 0) break;
    }
  }
}

/** The environment of one pass, at the child whose condition runs. */
type ChildEnv = { -readonly [K in keyof ConditionEnv]: ConditionEnv[K] } & { child: number };

/** Drops from `missing`, from index `from` on, what it already holds (a list without repeats). */
function dropRepeats(missing: string[], from: number): void {
  let kept = from;
  for (let k = from; k < missing.length; k++) {
    const gap = missing[k] as string;
    let seen = false;
    for (let j = 0; j < kept && !seen; j++) seen = missing[j] === gap;
    if (!seen) missing[kept++] = gap;
  }
  while (missing.length > kept) missing.pop();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
