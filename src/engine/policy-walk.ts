import type { ConditionEnv, EntityHit, Evaluator, NodeFacts, Quantifier } from "../logic/facts.js";
import {
  type AncestorPrefix,
  emptyPrefix,
  extendPrefix,
  quantifyPrefix,
} from "../logic/quantifiers.js";
import type { ComponentView } from "../logic/view.js";
import type { Finding } from "../model/report.js";
import type { MatchTarget } from "../names/entity-index.js";
import { type BarePlan, barePlanOn, lacksAll, leastPaths, treeDepths } from "./bare-parts.js";
import type { CompiledRule } from "./compiled-policy.js";
import { hitsOf, type ProductSightings, plainFactsOf, type Sighting } from "./component-facts.js";
import { type Decision, decideRule } from "./decide-rule.js";
import { type DerivedFacts, derivedFacts } from "./derived-facts.js";
import {
  type FactsSource,
  guardRejects,
  markComponents,
  type PolicyRun,
  type PolicySetting,
  type WalkShared,
} from "./evaluate-policy.js";
import { type RuleOutcome, settleOutcome, toFinding } from "./findings.js";
import type { GapTally } from "./gap-tally.js";
import { inlinePathLength, type PathRecord, PathStack, samplePathCount } from "./path-stack.js";
import type { PathStates } from "./path-states.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";

type Group = {
  -readonly [K in keyof RuleOutcome]: RuleOutcome[K];
} & { samples: PathRecord[] };

function decisionKey(r: number, decision: NonNullable<Decision>): string {
  const { hit } = decision;
  return [
    r,
    decision.kind,
    decision.exception?.id ?? "",
    hit ? `${hit.entityId}\u0001${hit.field}\u0001${hit.matched}\u0001${hit.via}` : "",
    decision.missing.join("\u0001"),
  ].join("\u0000");
}

/** The gaps one rule gives the parts that lack its fields, counted at once. */
interface BulkGaps {
  readonly rule: CompiledRule;
  readonly missing: readonly string[];
  readonly count: number;
  /** The least of them, in report order (`leastPaths`). */
  readonly least: NonNullable<ReturnType<typeof leastPaths>>;
}

// How many parts may be looked at for the least paths of gaps counted at once.
const leastPathBudget = 1024;

/**
 * What an outcome lacks when it is an unknown-origin gap, counted in the report's gap summary
 * rather than made into a finding; `undefined` when it is not one.
 */
function countedGap(
  decision: NonNullable<Decision>,
  undecidedScope: readonly string[] | undefined,
): readonly string[] | undefined {
  if (decision.hit !== undefined || decision.kind === "excepted") return undefined;
  const { verdict, missing } = settleOutcome(decision, undecidedScope);
  return verdict === "indeterminate" && missing.length > 0 ? missing : undefined;
}

type Memo = { states: AncestorPrefix[]; visits: number[] };
type WalkEnv = { -readonly [K in keyof ConditionEnv]: ConditionEnv[K] };

/**
 * Runs one settled policy over a product graph: walks only the paths that lead to components
 * some rule must look at, and reports each outcome once per component, with how many paths
 * reach it and the first few of them. Unless a rule reads a component's ancestors (or a waiver
 * names a path), paths that end in the same state (a component, or a component at a depth when
 * a rule reads `depth`) have the same outcomes: each state is decided once, walked at most
 * `samplePathCount` times for its sample paths, and its paths are counted, not walked. Otherwise
 * every path is walked (bounded by `limits.maxExpandedComponents`); outcomes that differ by path
 * are kept apart either way.
 */
export function runPolicy(
  setting: PolicySetting,
  graph: ProductGraph,
  sight: () => ProductSightings,
  member: ReadonlySet<MatchTarget> | undefined,
  walk: WalkShared,
): PolicyRun {
  const { applies, rules, quiet } = setting;
  if (applies === false || rules.length === 0) return quiet;
  return new PolicyWalk(setting, graph, sight(), member, walk).run();
}

/**
 * One policy's walk over one product. The steps are methods rather than closures made per
 * product: V8 keeps a function's optimised code only while something refers to the function,
 * so closures that die with each product are compiled again after every garbage collection.
 */
class PolicyWalk implements FactsSource {
  private readonly nodes: readonly GraphNode[];
  private readonly rules: readonly CompiledRule[];
  private readonly undecidedScope: readonly string[] | undefined;
  private readonly gaps: GapTally | undefined;
  // Facts of components with sightings are this policy's own (its entities, its date); parts
  // that share their sightings share their hits (the last ones are kept: parts of one maker come
  // in runs). Kept by node number in an array, filled in node order: a map of a 100,000-deep
  // chain's levels rehashes as it grows.
  private readonly factsCache: (NodeFacts | undefined)[] = [];
  private lastSeen: readonly Sighting[] | undefined = undefined;
  private lastHits: readonly EntityHit[] = [];

  // What the walk keeps, made once it is known to go ahead (most products end before).
  private skip: readonly (number | undefined)[] | undefined = undefined;
  private derived: DerivedFacts | undefined = undefined;
  private pathWaived = false;
  private states: PathStates | undefined = undefined;
  private counts!: ArrayLike<number>;
  private visits: Uint8Array | undefined = undefined;
  // Findings in the order the walk met them; a group whose component other paths reach stays
  // open (its count and samples still growing) until the walk ends.
  private findings!: (Finding | Group)[];
  private open!: number[];
  private pathWaivers!: (readonly number[] | undefined)[];
  private gapCount = 0;
  // Per rule number: its name in gap summaries, made on first use.
  private ruleNames!: (string | undefined)[];
  // Made when first needed: most products have no shared parts.
  private memo: Map<number, Decision[]> | undefined = undefined;
  // Per state: the groups its outcomes went to, for the sample paths of later visits.
  private known: Map<number, Group[]> | undefined = undefined;
  // Per component reached by more than one path: its groups by outcome.
  private keyed: Map<number, Map<string, Group>> | undefined = undefined;
  private stack!: number[];
  // A number per visit of a stack position: what is remembered of the ancestors above a position
  // holds while the visit of the position above it lasts.
  private visitIds!: number[];
  private visitCount = 0;
  private names!: PathStack;
  // One environment for every component the walk decides, moved from one to the next: conditions
  // run synchronously and keep nothing of it.
  private data!: {
    component: ComponentView;
    product: ComponentView;
    context: object;
    depth: number;
  };
  private at = 0;
  private env!: WalkEnv;
  // Per ancestor quantifier: its state over the first k ancestors, and the visit it was made in.
  private ancestorMemos: Map<Evaluator, Memo> | undefined = undefined;
  // The decisions of an unshared component, read before the next component is decided.
  private scratch!: Decision[];

  constructor(
    private readonly setting: PolicySetting,
    private readonly graph: ProductGraph,
    private readonly sightings: ProductSightings,
    private readonly member: ReadonlySet<MatchTarget> | undefined,
    private readonly walk: WalkShared,
  ) {
    this.nodes = graph.nodes;
    this.rules = setting.rules;
    this.undecidedScope = setting.applies === null ? setting.scopeMissing : undefined;
    this.gaps = walk.gaps;
  }

  factsOf(index: number): NodeFacts {
    const { sightings } = this;
    const seen = sightings.sightings[index] as readonly Sighting[];
    if (seen.length === 0) return plainFactsOf(sightings, this.graph, index);
    let facts = this.factsCache[index];
    if (facts === undefined) {
      if (seen !== this.lastSeen) {
        const { compiled, asOf } = this.setting;
        this.lastHits = hitsOf(seen, this.member, compiled.readsComponentNames, asOf);
        this.lastSeen = seen;
      }
      facts = { view: (this.nodes[index] as GraphNode).view, hits: this.lastHits };
      this.factsCache[index] = facts;
    }
    return facts;
  }

  /**
   * The product's plan for rules without entity guards (`barePlanOn`), and the gaps counted at
   * once: parts that lack every field such a rule reads get one outcome from it, false or a gap
   * counted for all of them (on a tree, where one path reaches each, and above the depth where a
   * path goes to the trail).
   */
  private planBare(): {
    plan?: BarePlan | undefined;
    depths?: Uint8Array;
    bulk?: BulkGaps[];
  } {
    const { setting, nodes, graph, gaps, undecidedScope } = this;
    if (setting.unguarded === undefined) return {};
    const product = (nodes[0] as GraphNode).view;
    const tree = gaps !== undefined && this.walk.treeShaped();
    const plan = barePlanOn(
      setting.unguarded.rules,
      setting.rules.length,
      product,
      setting.context,
      (decision) => (tree ? countedGap(decision, undecidedScope) !== undefined : false),
    );
    if (plan === undefined || plan.counted.length === 0) return { plan };
    const depths = treeDepths(graph);
    const bulk: BulkGaps[] = [];
    for (const { r, decision } of plan.counted) {
      const fields = plan.skip[r] as number;
      const member = (i: number) =>
        (depths[i] as number) < inlinePathLength && lacksAll((nodes[i] as GraphNode).view, fields);
      const least = leastPaths(graph, member, samplePathCount, inlinePathLength, leastPathBudget);
      if (least === undefined) return {};
      let count = 0;
      for (let i = 1; i < nodes.length; i++) if (member(i)) count++;
      const missing = countedGap(decision, undecidedScope) as readonly string[];
      bulk.push({ rule: decision.rule, missing, count, least });
    }
    return { plan, depths, bulk };
  }

  run(): PolicyRun {
    const { setting, graph, walk, nodes } = this;
    const { policy, compiled, context, applies, scopeMissing, quiet } = setting;
    const product = (nodes[0] as GraphNode).view;
    const { plan, depths, bulk } = this.planBare();
    const marks = markComponents(setting, graph, this.sightings, this, plan, depths);
    if (marks === undefined) return quiet;
    this.skip = plan?.skip;
    if (compiled.derived.length > 0) this.derived = derivedFacts(compiled, graph, this, context);

    const waiverPaths = walk.waiverPaths;
    this.pathWaived = waiverPaths.some((path) => path !== undefined);
    const everyPath = compiled.readsAncestors || this.pathWaived;
    if (everyPath) walk.checkExpansion();
    const states = everyPath ? undefined : walk.states(compiled.pathDependent);
    this.states = states;
    this.counts = walk.pathCounts();
    const visits = states ? new Uint8Array(states.size) : undefined;
    this.visits = visits;
    this.findings = [];
    this.open = [];
    this.pathWaivers = [];
    for (const { rule, missing, count, least } of bulk ?? []) {
      walk.checkFindings(this.gapCount + count);
      this.gapCount += count;
      const name = `${policy.id}/${rule.id}`;
      (this.gaps as GapTally).addMany(policy.id, name, rule.id, count, least, missing);
    }
    this.ruleNames = [];
    const stack = [0];
    const stateStack = [0];
    const next = [0];
    const visitIds = [0];
    this.stack = stack;
    this.visitIds = visitIds;
    const names = new PathStack(walk.trail);
    this.names = names;
    names.push(product.name);
    const data = { component: product, product, context, depth: 0 };
    this.data = data;
    const env: WalkEnv = {
      node: { view: product, hits: [] },
      rootData: () => data,
      ancestors: () => stack.slice(0, data.depth).map((index) => this.factsOf(index)),
      derived: (id) => this.derived?.value(this.at, id, env.missing) ?? false,
      missing: [],
      quantifyAncestors: (op, inner, key, missing) => {
        this.ancestorMemos ??= new Map();
        let memo = this.ancestorMemos.get(key);
        if (memo === undefined) {
          memo = { states: [emptyPrefix], visits: [0] };
          this.ancestorMemos.set(key, memo);
        }
        return quantifyPrefix(op, this.prefixAt(memo, op, inner, data.depth), data.depth, missing);
      },
    };
    this.env = env;
    this.scratch = new Array(this.rules.length);

    while (stack.length > 0) {
      const depth = stack.length - 1;
      const index = stack[depth] as number;
      const { children } = nodes[index] as GraphNode;
      let childAt = next[depth] as number;
      if (childAt === 0 && marks[index] === 1) {
        if (states) this.countedVisit(index, depth, stateStack[depth] as number);
        else this.walkedVisit(index, depth);
      }
      // Children with nothing for the rules in or below them are not walked; nor, when paths are
      // counted, a state already walked as often as samples are kept.
      let childState = 0;
      while (childAt < children.length) {
        const child = children[childAt] as number;
        if (marks[child] !== 0) {
          if (states === undefined) break;
          childState = states.stateOf(child, depth + 1);
          if (((visits as Uint8Array)[childState] as number) < samplePathCount) break;
        }
        childAt++;
      }
      if (childAt < children.length) {
        next[depth] = childAt + 1;
        const child = children[childAt] as number;
        if (visits) visits[childState] = (visits[childState] as number) + 1;
        stack.push(child);
        stateStack.push(childState);
        visitIds.push(++this.visitCount);
        next.push(0);
        names.push((nodes[child] as GraphNode).view.name);
      } else {
        stack.pop();
        stateStack.pop();
        visitIds.pop();
        next.pop();
        names.pop();
      }
    }
    const { findings, undecidedScope } = this;
    for (const at of this.open)
      findings[at] = toFinding(policy, findings[at] as Group, graph, undecidedScope);
    return {
      applies,
      scopeMissing,
      findings: findings as Finding[],
      pathWaivers: this.pathWaivers,
      gapCount: this.gapCount,
    };
  }

  private prefixAt(memo: Memo, op: Quantifier, inner: Evaluator, depth: number): AncestorPrefix {
    const { visitIds, stack, env } = this;
    let k = depth;
    while (k > 0 && memo.visits[k] !== visitIds[k - 1]) k--;
    for (; k < depth; k++) {
      const facts = this.factsOf(stack[k] as number);
      const lacked: string[] = [];
      const value = inner({ ...env, node: facts, missing: lacked }, facts.view);
      memo.states[k + 1] = extendPrefix(memo.states[k] as AncestorPrefix, op, value, lacked);
      memo.visits[k + 1] = visitIds[k] as number;
    }
    return memo.states[depth] as AncestorPrefix;
  }

  private moveTo(index: number, depth: number): void {
    // Emptied in place (what a rule lacked was copied when it was decided): a fresh list per
    // component would allocate, and setting an array's length is a slow path in engines.
    const { env, data } = this;
    const missing = env.missing;
    while (missing.length > 0) missing.pop();
    const facts = this.factsOf(index);
    env.node = facts;
    data.component = facts.view;
    data.depth = depth;
    this.at = index;
  }

  private decisionsAt(index: number, depth: number): Decision[] {
    const { nodes, rules, skip } = this;
    const { shared } = nodes[index] as GraphNode;
    const memoised = shared ? this.memo?.get(index) : undefined;
    const decisions: Decision[] = shared ? new Array(rules.length) : this.scratch.fill(undefined);
    let moved = false;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r] as CompiledRule;
      if (rule.reach === "root" && depth > 0) continue;
      // Counted with the other parts that lack its fields, or false there.
      const bare = skip?.[r];
      if (
        bare !== undefined &&
        depth > 0 &&
        depth < inlinePathLength &&
        lacksAll((nodes[index] as GraphNode).view, bare)
      )
        continue;
      if (memoised && !rule.info.pathDependent) decisions[r] = memoised[r];
      else if (!rule.guard || !guardRejects(rule.guard, this.factsOf(index))) {
        if (!moved) this.moveTo(index, depth);
        moved = true;
        decisions[r] = decideRule(rule, this.env, this.data);
      }
    }
    if (shared && !memoised) {
      this.memo ??= new Map();
      this.memo.set(index, decisions);
    }
    return decisions;
  }

  /** Counts an unknown-origin gap that one path reaches; `false` when the decision is not one. */
  private countGap(r: number, decision: NonNullable<Decision>, index: number): boolean {
    const { gaps, names } = this;
    if (gaps === undefined) return false;
    const missing = countedGap(decision, this.undecidedScope);
    if (missing === undefined) return false;
    this.walk.checkFindings(this.findings.length + this.gapCount + 1);
    this.gapCount++;
    // A deep path leaves its steps in the report's trail, as the finding's would have.
    const deep = names.names.length > inlinePathLength ? names.record().path : undefined;
    const { policy } = this.setting;
    let rule = this.ruleNames[r];
    if (rule === undefined) {
      rule = `${policy.id}/${decision.rule.id}`;
      this.ruleNames[r] = rule;
    }
    gaps.add(
      policy.id,
      rule,
      decision.rule.id,
      deep ?? names.names,
      deep === undefined,
      (this.nodes[index] as GraphNode).view.id,
      missing,
    );
    return true;
  }

  private create(
    decision: NonNullable<Decision>,
    index: number,
    occurrences: number,
    waivers: readonly number[] | undefined,
  ): Group {
    const { findings } = this;
    const path = this.names.record();
    const group: Group = {
      rule: decision.rule,
      kind: decision.kind,
      node: index,
      path,
      samples: [path],
      occurrences,
      missing: decision.missing,
    };
    if (decision.hit) group.hit = decision.hit;
    if (decision.exception) group.exception = decision.exception;
    this.walk.checkFindings(findings.length + this.gapCount + 1);
    if (waivers && waivers.length > 0) this.pathWaivers[findings.length] = waivers;
    // One path reaches the component: the outcome is final, a finding at once.
    if ((this.counts[index] as number) <= 1)
      findings.push(toFinding(this.setting.policy, group, this.graph, this.undecidedScope));
    else {
      this.open.push(findings.length);
      findings.push(group);
    }
    return group;
  }

  /** Adds `occurrences` paths with this outcome, the current one first among them. */
  private tally(
    index: number,
    r: number,
    decision: NonNullable<Decision>,
    occurrences: number,
    waivers: readonly number[] | undefined,
  ): Group | undefined {
    // A component one path reaches has one outcome per rule: nothing to group.
    if ((this.counts[index] as number) <= 1)
      return this.countGap(r, decision, index)
        ? undefined
        : this.create(decision, index, occurrences, waivers);
    this.keyed ??= new Map();
    let groups = this.keyed.get(index);
    if (groups === undefined) {
      groups = new Map();
      this.keyed.set(index, groups);
    }
    const key = waivers
      ? `${decisionKey(r, decision)}\u0002${waivers.join()}`
      : decisionKey(r, decision);
    const group = groups.get(key);
    if (group) {
      group.occurrences += occurrences;
      if (group.samples.length < samplePathCount) group.samples.push(this.names.record());
      return group;
    }
    const made = this.create(decision, index, occurrences, waivers);
    groups.set(key, made);
    return made;
  }

  private countedVisit(index: number, depth: number, state: number): void {
    if (state !== 0 && (this.visits as Uint8Array)[state] !== 1) {
      // This state was seen on another path: the outcomes are the same, only a sample is new.
      for (const group of this.known?.get(state) ?? [])
        if (group.samples.length < samplePathCount) group.samples.push(this.names.record());
      return;
    }
    const reaching = (this.states as PathStates).counts[state] as number;
    const decisions = this.decisionsAt(index, depth);
    // The groups later paths to this state add samples to: none when one path reaches it.
    const made: Group[] | undefined = reaching > 1 ? [] : undefined;
    for (let r = 0; r < decisions.length; r++) {
      const decision = decisions[r];
      const group = decision ? this.tally(index, r, decision, reaching, undefined) : undefined;
      if (group && made) made.push(group);
    }
    if (made && made.length > 0) {
      this.known ??= new Map();
      this.known.set(state, made);
    }
  }

  private walkedVisit(index: number, depth: number): void {
    let waivers: number[] | undefined;
    if (this.pathWaived) {
      waivers = [];
      const { waiverPaths } = this.walk;
      for (let w = 0; w < waiverPaths.length; w++) {
        const path = waiverPaths[w];
        if (path !== undefined && this.names.startsWith(path)) waivers.push(w);
      }
    }
    const decisions = this.decisionsAt(index, depth);
    for (let r = 0; r < decisions.length; r++) {
      const decision = decisions[r];
      if (decision) this.tally(index, r, decision, 1, waivers);
    }
  }
}
