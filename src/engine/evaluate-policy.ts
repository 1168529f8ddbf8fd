import { VendorgateError } from "../errors.js";
import type { ConditionEnv, EntityHit, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import type { IsoDate } from "../model/date.js";
import type {
  CompiledException,
  CompiledPolicy,
  CompiledRule,
  EntityGuard,
} from "./compiled-policy.js";
import { entityHits } from "./component-facts.js";
import type { Limits } from "./limits.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";

/** One rule's outcome on one component, before it becomes a finding. */
export interface RuleOutcome {
  readonly rule: CompiledRule;
  readonly kind: "fired" | "undecided" | "excepted";
  readonly node: number;
  readonly path: readonly string[];
  readonly hit?: EntityHit;
  readonly missing: readonly string[];
  readonly exception?: CompiledException;
}

/** What one policy found in one product. */
export interface PolicyRun {
  /** `true`, `false`, or `null` when the context lacks what the scope reads. */
  readonly applies: Tri;
  readonly scopeMissing: readonly string[];
  readonly outcomes: readonly RuleOutcome[];
}

type Decision = Omit<RuleOutcome, "node" | "path"> | undefined;

function inForce(rule: CompiledRule, asOf: IsoDate): boolean {
  return (
    (rule.from === undefined || rule.from <= asOf) &&
    (rule.until === undefined || asOf <= rule.until)
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** What a policy needs to know once per date and context: whether it applies, which rules are in force. */
export interface PolicySetting {
  readonly policy: CompiledPolicy;
  readonly asOf: IsoDate;
  readonly context: object;
  /** `true`, `false`, or `null` when the context lacks what the scope reads. */
  readonly applies: Tri;
  readonly scopeMissing: readonly string[];
  readonly rules: readonly CompiledRule[];
}

/** Decides a policy's scope and its rules in force for a date and context (the same for every product). */
export function settlePolicy(
  policy: CompiledPolicy,
  asOf: IsoDate,
  context: object,
): PolicySetting {
  const scopeMissing: string[] = [];
  const scopeEnv: ConditionEnv = {
    node: { view: { name: "" }, hits: [] },
    rootData: () => ({ context }),
    ancestors: () => [],
    derived: () => false,
    missing: scopeMissing,
  };
  const applies = policy.scope(scopeEnv, { context });
  const rules = policy.rules.filter((rule) => inForce(rule, asOf));
  return { policy, asOf, context, applies, scopeMissing: unique(scopeMissing), rules };
}

/** Runs one settled policy over a product graph. */
export function runPolicy(setting: PolicySetting, graph: ProductGraph, limits: Limits): PolicyRun {
  const { policy, asOf, context, applies, scopeMissing, rules } = setting;
  const nodes = graph.nodes;
  const product = (nodes[0] as GraphNode).view;
  if (applies === false || rules.length === 0) return { applies, scopeMissing, outcomes: [] };

  const factsCache: (NodeFacts | undefined)[] = new Array(nodes.length);
  const factsOf = (index: number): NodeFacts => {
    let facts = factsCache[index];
    if (facts === undefined) {
      const node = nodes[index] as GraphNode;
      facts = {
        view: node.view,
        hits: entityHits(node, policy.index, asOf, policy.readsComponentNames),
      };
      factsCache[index] = facts;
    }
    return facts;
  };
  const derived =
    policy.derived.length > 0 ? computeDerived(policy, nodes, factsOf, context) : undefined;

  const outcomes: RuleOutcome[] = [];
  const memo = new Map<number, Decision[]>();
  const stack: number[] = [0];
  const next: number[] = [0];
  const names: string[] = [product.name];
  let visited = 0;

  const decide = (rule: CompiledRule, index: number, depth: number): Decision => {
    const facts = factsOf(index);
    const missing: string[] = [];
    let data: object | undefined;
    const env: ConditionEnv = {
      node: facts,
      rootData: () => {
        data ??= { component: facts.view, product, context, depth };
        return data;
      },
      ancestors: () => stack.slice(0, depth).map(factsOf),
      derived: (id) => derived?.value(index, id, missing) ?? false,
      missing,
    };
    const when = rule.when(env, env.rootData());
    if (when === false) return undefined;
    const hit = facts.hits.find((candidate) => rule.info.entities.has(candidate.entityId));
    const base = { rule, ...(hit ? { hit } : {}) };
    const whenMissing = missing.slice();
    const exceptionMissing: string[] = [];
    for (const exception of rule.unless) {
      const exceptionEnv = { ...env, missing: exceptionMissing };
      const lifted = exception.when(exceptionEnv, env.rootData());
      if (lifted === true) return { ...base, kind: "excepted", exception, missing: [] };
    }
    if (when === null) return { ...base, kind: "undecided", missing: unique(whenMissing) };
    return { ...base, kind: "fired", missing: unique(exceptionMissing) };
  };

  while (stack.length > 0) {
    const depth = stack.length - 1;
    const index = stack[depth] as number;
    const childAt = next[depth] as number;
    const node = nodes[index] as GraphNode;
    if (childAt === 0) {
      if (++visited > limits.maxExpandedComponents) {
        throw new VendorgateError("The product is too large to evaluate", [
          {
            code: "limit_exceeded",
            path: [],
            message: `Expanding shared sub-assemblies visits more than ${limits.maxExpandedComponents} components (limits.maxExpandedComponents)`,
          },
        ]);
      }
      const memoised = node.shared ? memo.get(index) : undefined;
      const fresh = node.shared && !memoised ? ([] as Decision[]) : undefined;
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r] as CompiledRule;
        if (rule.reach === "root" && depth > 0) continue;
        let decision: Decision;
        if (memoised && !rule.info.pathDependent) decision = memoised[r];
        else {
          decision =
            rule.guard && guardRejects(rule.guard, factsOf(index))
              ? undefined
              : decide(rule, index, depth);
          if (fresh) fresh[r] = decision;
        }
        if (decision) outcomes.push({ ...decision, node: index, path: names.slice() });
      }
      if (fresh) memo.set(index, fresh);
    }
    if (childAt < node.children.length) {
      next[depth] = childAt + 1;
      const child = node.children[childAt] as number;
      stack.push(child);
      next.push(0);
      names.push((nodes[child] as GraphNode).view.name);
    } else {
      stack.pop();
      next.pop();
      names.pop();
    }
  }
  return { applies, scopeMissing, outcomes };
}

/** Whether a rule's entity guard rules a component out without running its condition. */
function guardRejects(guard: EntityGuard, facts: NodeFacts): boolean {
  for (const hit of facts.hits) {
    if (guard.entities.has(hit.entityId) && guard.parties.has(hit.party)) return false;
  }
  if (guard.named.length === 0) return true;
  for (const party of guard.named)
    if (facts.view[party as "manufacturer"] !== undefined) return true;
  return false;
}

interface Derived {
  value(node: number, id: number, missing: string[]): Tri;
}

/** Evaluates `any_descendant` conditions bottom-up, each component once. */
function computeDerived(
  policy: CompiledPolicy,
  nodes: readonly GraphNode[],
  factsOf: (index: number) => NodeFacts,
  context: object,
): Derived {
  const count = policy.derived.length;
  const values: Tri[] = new Array(nodes.length * count).fill(false);
  const gaps = new Map<number, string[]>();
  const own = (child: number, id: number, missing: string[]): Tri => {
    const facts = factsOf(child);
    const env: ConditionEnv = {
      node: facts,
      rootData: () => ({ component: facts.view, context }),
      ancestors: () => [],
      derived: (inner) => {
        const value = values[child * count + inner] as Tri;
        if (value === null) missing.push(...(gaps.get(child * count + inner) ?? []));
        return value;
      },
      missing,
    };
    return (policy.derived[id] as NonNullable<(typeof policy.derived)[number]>)(
      env,
      facts.view as ComponentView,
    );
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
    for (let id = 0; id < count; id++) {
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
  return {
    value(node, id, missing) {
      const value = values[node * count + id] as Tri;
      if (value === null) missing.push(...(gaps.get(node * count + id) ?? []));
      return value;
    },
  };
}
