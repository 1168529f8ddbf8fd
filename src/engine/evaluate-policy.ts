import type { ConditionEnv, EntityHit, NodeFacts, Tri } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import type { IsoDate } from "../model/date.js";
import type { MatchTarget } from "../names/entity-index.js";
import type {
  CompiledException,
  CompiledPolicy,
  CompiledRule,
  EntityGuard,
} from "./compiled-policy.js";
import { hitsOf, type ProductSightings, partyBits, type Sighting } from "./component-facts.js";
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
  return values.length < 2 ? values.slice() : [...new Set(values)];
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
  /**
   * For a component no covered entity was found on: `undefined` when some rule must still look
   * at it anyway; else the masks of name parties (one per guarded rule) that, each present,
   * make every rule false without running it.
   */
  readonly cleanMasks: readonly number[] | undefined;
}

function maskOf(guard: EntityGuard): number {
  let mask = 0;
  for (const party of guard.named) mask |= partyBits[party];
  return mask;
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
  const cleanMasks = rules.every((rule) => rule.guard)
    ? [...new Set(rules.map((rule) => maskOf(rule.guard as EntityGuard)))].filter((m) => m !== 0)
    : undefined;
  return {
    policy,
    asOf,
    context,
    applies,
    scopeMissing: unique(scopeMissing),
    rules,
    cleanMasks,
  };
}

/**
 * Marks the components some rule must look at (1), and those with such a component below them
 * (2); the others are ruled out by the rules' entity guards. `undefined` when none is marked.
 */
function markComponents(
  setting: PolicySetting,
  graph: ProductGraph,
  sightings: ProductSightings,
  factsOf: (index: number) => NodeFacts,
): Uint8Array | undefined {
  const { rules, cleanMasks } = setting;
  const nodes = graph.nodes;
  if (cleanMasks === undefined) return new Uint8Array(nodes.length).fill(1);
  const quietWhenClean = cleanMasks.every((mask) => (sightings.presentInAll & mask) !== 0);
  // The common case: nothing covered anywhere, and every component names who made it.
  if (sightings.sighted.length === 0 && quietWhenClean) return undefined;
  const marks = new Uint8Array(nodes.length);
  let any = false;
  const mark = (index: number) => {
    const facts = factsOf(index);
    if (rules.some((rule) => !guardRejects(rule.guard as EntityGuard, facts))) {
      marks[index] = 1;
      any = true;
    }
  };
  if (quietWhenClean) {
    // Components with nothing sighted are all ruled out: only the sighted ones need a look.
    for (const index of sightings.sighted) mark(index);
  } else {
    for (let i = 0; i < nodes.length; i++) {
      if ((sightings.sightings[i] as readonly unknown[]).length > 0) mark(i);
      else {
        const present = sightings.present[i] as number;
        for (const mask of cleanMasks) {
          if ((present & mask) === 0) {
            marks[i] = 1;
            any = true;
          }
        }
      }
    }
  }
  if (!any) return undefined;
  for (const index of graph.childrenFirst) {
    if (marks[index] !== 0) continue;
    for (const child of (nodes[index] as GraphNode).children) {
      if (marks[child] !== 0) {
        marks[index] = 2;
        break;
      }
    }
  }
  return marks;
}

/**
 * Runs one settled policy over a product graph: walks only the paths that lead to components
 * some rule must look at, and reports each outcome once per path.
 */
export function runPolicy(
  setting: PolicySetting,
  graph: ProductGraph,
  sight: () => ProductSightings,
  member: ReadonlySet<MatchTarget> | undefined,
): PolicyRun {
  const { policy, asOf, context, applies, scopeMissing, rules } = setting;
  const nodes = graph.nodes;
  const product = (nodes[0] as GraphNode).view;
  if (applies === false || rules.length === 0) return { applies, scopeMissing, outcomes: [] };
  const sightings = sight();

  let factsCache: (NodeFacts | undefined)[] | undefined;
  const factsOf = (index: number): NodeFacts => {
    factsCache ??= new Array(nodes.length);
    let facts = factsCache[index];
    if (facts === undefined) {
      facts = {
        view: (nodes[index] as GraphNode).view,
        hits: hitsOf(
          sightings.sightings[index] as readonly Sighting[],
          member,
          policy.readsComponentNames,
          asOf,
        ),
      };
      factsCache[index] = facts;
    }
    return facts;
  };
  const marks = markComponents(setting, graph, sightings, factsOf);
  if (marks === undefined) return { applies, scopeMissing, outcomes: [] };
  const derived =
    policy.derived.length > 0 ? computeDerived(policy, nodes, factsOf, context) : undefined;

  const outcomes: RuleOutcome[] = [];
  const memo = new Map<number, Decision[]>();
  const stack: number[] = [0];
  const next: number[] = [0];
  const names: string[] = [product.name];

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
    const { children, shared } = nodes[index] as GraphNode;
    let childAt = next[depth] as number;
    if (childAt === 0 && marks[index] === 1) {
      const memoised = shared ? memo.get(index) : undefined;
      const fresh = shared && !memoised ? ([] as Decision[]) : undefined;
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
    // Children with nothing for the rules in or below them are not walked.
    while (childAt < children.length && marks[children[childAt] as number] === 0) childAt++;
    if (childAt < children.length) {
      next[depth] = childAt + 1;
      const child = children[childAt] as number;
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
