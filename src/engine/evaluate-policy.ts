import {
  type ConditionEnv,
  type EntityHit,
  type Evaluator,
  loneEnv,
  type NodeFacts,
  type Quantifier,
  type Tri,
} from "../logic/facts.js";
import {
  type AncestorPrefix,
  emptyPrefix,
  extendPrefix,
  quantifyPrefix,
} from "../logic/quantifiers.js";
import type { IsoDate } from "../model/date.js";
import type { Finding, TrailStep } from "../model/report.js";
import type { MatchTarget } from "../names/entity-index.js";
import { ones, oneThenZeros } from "../util/ones.js";
import { unique } from "../util/unique.js";
import {
  type BarePlan,
  type BulkGaps,
  barePlanOn,
  bulkGaps,
  lacksAll,
  treeDepths,
  type UnguardedRule,
} from "./bare-parts.js";
import {
  type CompiledPolicy,
  type CompiledRule,
  type EntityGuard,
  internalsOf,
  type PolicyInternals,
} from "./compiled-policy.js";
import {
  hitsOf,
  type ProductSightings,
  partyBits,
  plainFactsOf,
  type Sighting,
} from "./component-facts.js";
import { type Decision, decideRule } from "./decide-rule.js";
import { derivedFacts } from "./derived-facts.js";
import { type RuleOutcome, settleOutcome, toFinding } from "./findings.js";
import { foldRules } from "./fold-rules.js";
import type { GapTally } from "./gap-tally.js";
import { inlinePathLength, type PathRecord, PathStack, samplePathCount } from "./path-stack.js";
import type { PathStates } from "./path-states.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";

/** What one policy found in one product. */
export interface PolicyRun {
  /** `true`, `false`, or `null` when the context lacks what the scope reads. */
  readonly applies: Tri;
  readonly scopeMissing: readonly string[];
  /** The findings, in the order the walk met them. */
  readonly findings: readonly Finding[];
  /** By finding number: the waivers whose `path` every path of the finding starts with. */
  readonly pathWaivers: readonly (readonly number[] | undefined)[];
  /** Unknown-origin gaps counted into `WalkShared.gaps` instead of made into findings. */
  readonly gapCount: number;
}

function inForce(rule: CompiledRule, asOf: IsoDate): boolean {
  return (
    (rule.from === undefined || rule.from <= asOf) &&
    (rule.until === undefined || asOf <= rule.until)
  );
}

/** What a policy needs to know once per date and context: whether it applies, which rules are in force. */
export interface PolicySetting {
  readonly policy: CompiledPolicy;
  /** The policy's compiled form. */
  readonly compiled: PolicyInternals;
  readonly asOf: IsoDate;
  readonly context: object;
  /** `true`, `false`, or `null` when the context lacks what the scope reads. */
  readonly applies: Tri;
  readonly scopeMissing: readonly string[];
  /** The rules in force that can fire or stay undecided in this context, their conditions folded. */
  readonly rules: readonly CompiledRule[];
  /**
   * For a component below the product that no covered entity was found on: `undefined` when
   * some rule must still look at it anyway; else the masks of name parties (one per guarded rule
   * of `treeRules`) that, each present, make every such rule false without running it.
   */
  readonly cleanMasks: readonly number[] | undefined;
  /** The run of a product where no rule has anything to say: shared, frozen. */
  readonly quiet: PolicyRun;
  /** The rules with an entity guard that decide components below the product too. */
  readonly guardedRules: readonly CompiledRule[];
  /**
   * When every rule without an entity guard that decides components below the product has an
   * absence guard that holds on every product: the fields whose presence on a part makes one of
   * them look at it; `undefined` when there is no such rule.
   */
  readonly absentFields: number | undefined;
  /**
   * When some rule without an entity guard has no absence guard that holds on every product, but
   * each has an absence guard or reads of a part only fields it may lack (`bare`): those rules,
   * to be planned per product (`barePlanOn`), and the masks of `cleanMasks` for a product they
   * plan for.
   */
  readonly unguarded: { rules: readonly UnguardedRule[]; masks: readonly number[] } | undefined;
  /** Whether some rule decides only the product (`reach: "root"`). */
  readonly productRules: boolean;
  /** Whether every rule decides only the product: nothing below it is walked. */
  readonly productOnly: boolean;
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
  const scopeData = { context };
  const compiled = internalsOf(policy);
  const applies = compiled.scope(loneEnv({ name: "" }, scopeData, scopeMissing), scopeData);
  const rules = foldRules(
    compiled.rules.filter((rule) => inForce(rule, asOf)),
    context,
  );
  const treeRules = rules.filter((rule) => rule.reach !== "root");
  const guardedRules = treeRules.filter((rule) => rule.guard);
  const unguarded = treeRules.filter((rule) => !rule.guard);
  const absent = unguarded.map((rule) =>
    rule.absence?.given.length === 0 ? rule.absence : undefined,
  );
  const masks = [...new Set(guardedRules.map((rule) => maskOf(rule.guard as EntityGuard)))].filter(
    (m) => m !== 0,
  );
  const cleanMasks = absent.every((fields) => fields !== undefined) ? masks : undefined;
  const perProduct =
    cleanMasks || !unguarded.every((rule) => rule.absence || rule.bare !== undefined)
      ? undefined
      : unguarded.map((rule) => ({ r: rules.indexOf(rule), rule }));
  const missing = unique(scopeMissing);
  const quiet: PolicyRun = Object.freeze({
    applies,
    scopeMissing: missing,
    findings: Object.freeze([]),
    pathWaivers: Object.freeze([]),
    gapCount: 0,
  });
  return {
    policy,
    compiled,
    asOf,
    context,
    applies,
    scopeMissing: missing,
    rules,
    cleanMasks,
    quiet,
    guardedRules,
    absentFields:
      cleanMasks && absent.length > 0
        ? (absent as NonNullable<CompiledRule["absence"]>[]).reduce((all, a) => all | a.fields, 0)
        : undefined,
    unguarded: perProduct && { rules: perProduct, masks },
    productRules: treeRules.length < rules.length,
    productOnly: treeRules.length === 0,
  };
}

/**
 * Marks the components some rule must look at (1), and those with such a component below them
 * (2); the others are ruled out by the rules' entity guards, or by the product's `plan` for
 * rules without them (with `deep`, each part's depth, every part too deep for its gaps to be
 * counted without a walk is looked at). `undefined` when none is marked.
 */
function markComponents(
  setting: PolicySetting,
  graph: ProductGraph,
  sightings: ProductSightings,
  factsOf: (index: number) => NodeFacts,
  plan: BarePlan | undefined,
  deep: Uint8Array | undefined,
): ArrayLike<number> | undefined {
  const { guardedRules, productRules } = setting;
  let { absentFields, cleanMasks } = setting;
  const nodes = graph.nodes;
  if (setting.productOnly) return oneThenZeros(nodes.length);
  if (plan !== undefined && setting.unguarded !== undefined) {
    absentFields = plan.fields;
    cleanMasks = setting.unguarded.masks;
  }
  if (cleanMasks === undefined) return ones(nodes.length);
  // What the product's own rules need when nothing below it is marked: the product alone.
  const none = productRules ? oneThenZeros(nodes.length) : undefined;
  const quietWhenClean = cleanMasks.every((mask) => (sightings.presentInAll & mask) !== 0);
  // The common case: nothing covered anywhere, every component names who made it, and no rule
  // must look at a part for the fields it has.
  if (sightings.sighted.length === 0 && quietWhenClean && absentFields === undefined) return none;
  const marks = new Uint8Array(nodes.length);
  let any = false;
  if (absentFields !== undefined) {
    // Absence guards hold below the product only: it is decided whatever it lacks.
    marks[0] = 1;
    any = true;
    for (let i = 1; i < nodes.length; i++) {
      const view = (nodes[i] as GraphNode).view;
      if (
        !lacksAll(view, absentFields) ||
        (deep !== undefined && (deep[i] as number) >= inlinePathLength)
      )
        marks[i] = 1;
    }
  }
  const mark = (index: number) => {
    const facts = factsOf(index);
    if (guardedRules.some((rule) => !guardRejects(rule.guard as EntityGuard, facts))) {
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
  if (!any) return none;
  for (const index of graph.childrenFirst) {
    if (marks[index] !== 0) continue;
    for (const child of (nodes[index] as GraphNode).children) {
      if (marks[child] !== 0) {
        marks[index] = 2;
        break;
      }
    }
  }
  if (productRules) marks[0] = 1;
  return marks;
}

/** What a walk shares with the rest of its report. */
export interface WalkShared {
  /** The report's table of steps of shortened paths. */
  readonly trail: TrailStep[];
  /** The paths of live waivers, by waiver number (`undefined` for a waiver without one). */
  readonly waiverPaths: readonly (readonly string[] | undefined)[];
  /** The states paths are told apart by, per component or per component and depth (cached). */
  readonly states: (byDepth: boolean) => PathStates;
  /** How many paths lead from the product to each component. */
  readonly pathCounts: () => ArrayLike<number>;
  /** Whether one path leads to every part (cached). */
  readonly treeShaped: () => boolean;
  /** Refuses a product whose every path would be walked past `limits.maxExpandedComponents`. */
  readonly checkExpansion: () => void;
  /** Refuses a report past `limits.maxFindings` once this policy has made `count` findings. */
  readonly checkFindings: (count: number) => void;
  /**
   * Where gaps about parts of unknown origin that one path reaches are counted instead of made
   * into findings: given when the report summarises them and no waiver can change them.
   */
  readonly gaps: GapTally | undefined;
}

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
  const { policy, compiled, asOf, context, applies, scopeMissing, rules, quiet } = setting;
  const nodes = graph.nodes;
  const product = (nodes[0] as GraphNode).view;
  if (applies === false || rules.length === 0) return quiet;
  const sightings = sight();

  // Facts of components with sightings are this policy's own (its entities, its date); parts
  // that share their sightings share their hits (the last ones are kept: parts of one maker come
  // in runs). Kept by node number in an array, filled in node order: a map of a 100,000-deep
  // chain's levels rehashes as it grows.
  const factsCache: (NodeFacts | undefined)[] = [];
  let lastSeen: readonly Sighting[] | undefined;
  let lastHits: readonly EntityHit[] = [];
  const factsOf = (index: number): NodeFacts => {
    const seen = sightings.sightings[index] as readonly Sighting[];
    if (seen.length === 0) return plainFactsOf(sightings, graph, index);
    let facts = factsCache[index];
    if (facts === undefined) {
      if (seen !== lastSeen) {
        lastHits = hitsOf(seen, member, compiled.readsComponentNames, asOf);
        lastSeen = seen;
      }
      facts = { view: (nodes[index] as GraphNode).view, hits: lastHits };
      factsCache[index] = facts;
    }
    return facts;
  };
  const undecidedScope = applies === null ? scopeMissing : undefined;
  const gaps = walk.gaps;
  // Parts that lack every field a rule without an entity guard reads get one outcome from it:
  // false, or a gap counted for all of them at once (on a tree, where one path reaches each,
  // and above the depth where a path goes to the trail).
  let plan: BarePlan | undefined;
  let depths: Uint8Array | undefined;
  let bulk: BulkGaps[] | undefined;
  if (setting.unguarded !== undefined) {
    const tree = gaps !== undefined && walk.treeShaped();
    plan = barePlanOn(setting.unguarded.rules, rules.length, product, context, (decision) =>
      tree ? countedGap(decision, undecidedScope) : undefined,
    );
    if (plan !== undefined && plan.counted.length > 0) {
      depths = treeDepths(graph);
      bulk = bulkGaps(plan, graph, depths);
      // Every part is decided one by one: none of the rules' gaps is counted at once.
      if (bulk === undefined) plan = undefined;
    }
  }
  const marks = markComponents(setting, graph, sightings, factsOf, plan, plan && depths);
  if (marks === undefined) return quiet;
  const derived =
    compiled.derived.length > 0 ? derivedFacts(compiled, graph, factsOf, context) : undefined;

  const waiverPaths = walk.waiverPaths;
  const pathWaived = waiverPaths.some((path) => path !== undefined);
  const everyPath = compiled.readsAncestors || pathWaived;
  if (everyPath) walk.checkExpansion();
  const states = everyPath ? undefined : walk.states(compiled.pathDependent);
  const counts = walk.pathCounts();
  const visits = states ? new Uint8Array(states.size) : undefined;
  // Findings in the order the walk met them; a group whose component other paths reach stays
  // open (its count and samples still growing) until the walk ends.
  const findings: (Finding | Group)[] = [];
  const open: number[] = [];
  const pathWaivers: (readonly number[] | undefined)[] = [];
  let gapCount = 0;
  for (const { rule, missing, count, least } of bulk ?? []) {
    walk.checkFindings(gapCount + count);
    gapCount += count;
    const name = `${policy.id}/${rule.id}`;
    (gaps as GapTally).addMany(policy.id, name, rule.id, count, least, missing);
  }
  // Per rule number: its name in gap summaries, made on first use.
  const ruleNames: (string | undefined)[] = [];
  // Made when first needed: most products have no shared parts.
  let memo: Map<number, Decision[]> | undefined;
  // Per state: the groups its outcomes went to, for the sample paths of later visits.
  let known: Map<number, Group[]> | undefined;
  // Per component reached by more than one path: its groups by outcome.
  let keyed: Map<number, Map<string, Group>> | undefined;
  const stack: number[] = [0];
  const stateStack: number[] = [0];
  const next: number[] = [0];
  // A number per visit of a stack position: what is remembered of the ancestors above a position
  // holds while the visit of the position above it lasts.
  const visitIds: number[] = [0];
  let visitCount = 0;
  const names = new PathStack(walk.trail);
  names.push(product.name);

  // One environment for every component the walk decides, moved from one to the next: conditions
  // run synchronously and keep nothing of it.
  const data = { component: product, product, context, depth: 0 };
  let at = 0;
  const env: { -readonly [K in keyof ConditionEnv]: ConditionEnv[K] } = {
    node: { view: product, hits: [] },
    rootData: () => data,
    ancestors: () => stack.slice(0, data.depth).map(factsOf),
    derived: (id) => derived?.value(at, id, env.missing) ?? false,
    missing: [],
    quantifyAncestors: (op, inner, key, missing) => {
      let memo = ancestorMemos.get(key);
      if (memo === undefined) {
        memo = { states: [emptyPrefix], visits: [0] };
        ancestorMemos.set(key, memo);
      }
      return quantifyPrefix(op, prefixAt(memo, op, inner, data.depth), data.depth, missing);
    },
  };
  // Per ancestor quantifier: its state over the first k ancestors, and the visit it was made in.
  const ancestorMemos = new Map<Evaluator, { states: AncestorPrefix[]; visits: number[] }>();
  const prefixAt = (
    memo: { states: AncestorPrefix[]; visits: number[] },
    op: Quantifier,
    inner: Evaluator,
    depth: number,
  ): AncestorPrefix => {
    let k = depth;
    while (k > 0 && memo.visits[k] !== visitIds[k - 1]) k--;
    for (; k < depth; k++) {
      const facts = factsOf(stack[k] as number);
      const lacked: string[] = [];
      const value = inner({ ...env, node: facts, missing: lacked }, facts.view);
      memo.states[k + 1] = extendPrefix(memo.states[k] as AncestorPrefix, op, value, lacked);
      memo.visits[k + 1] = visitIds[k] as number;
    }
    return memo.states[depth] as AncestorPrefix;
  };
  const moveTo = (index: number, depth: number): void => {
    // Emptied in place (what a rule lacked was copied when it was decided): a fresh list per
    // component would allocate, and setting an array's length is a slow path in engines.
    const missing = env.missing;
    while (missing.length > 0) missing.pop();
    const facts = factsOf(index);
    env.node = facts;
    data.component = facts.view;
    data.depth = depth;
    at = index;
  };

  // The decisions of an unshared component, read before the next component is decided.
  const scratch: Decision[] = new Array(rules.length);
  const skip = plan?.skip;
  const decisionsAt = (index: number, depth: number): Decision[] => {
    const { shared } = nodes[index] as GraphNode;
    const memoised = shared ? memo?.get(index) : undefined;
    const decisions: Decision[] = shared ? new Array(rules.length) : scratch.fill(undefined);
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
      else if (!rule.guard || !guardRejects(rule.guard, factsOf(index))) {
        if (!moved) moveTo(index, depth);
        moved = true;
        decisions[r] = decideRule(rule, env, data);
      }
    }
    if (shared && !memoised) {
      memo ??= new Map();
      memo.set(index, decisions);
    }
    return decisions;
  };

  /** Counts an unknown-origin gap that one path reaches; `false` when the decision is not one. */
  const countGap = (r: number, decision: NonNullable<Decision>, index: number): boolean => {
    if (gaps === undefined) return false;
    const missing = countedGap(decision, undecidedScope);
    if (missing === undefined) return false;
    walk.checkFindings(findings.length + gapCount + 1);
    gapCount++;
    // A deep path leaves its steps in the report's trail, as the finding's would have.
    const deep = names.names.length > inlinePathLength ? names.record().path : undefined;
    let rule = ruleNames[r];
    if (rule === undefined) {
      rule = `${policy.id}/${decision.rule.id}`;
      ruleNames[r] = rule;
    }
    gaps.add(
      policy.id,
      rule,
      decision.rule.id,
      deep ?? names.names,
      deep === undefined,
      (nodes[index] as GraphNode).view.id,
      missing,
    );
    return true;
  };

  const create = (
    decision: NonNullable<Decision>,
    index: number,
    occurrences: number,
    waivers: readonly number[] | undefined,
  ): Group => {
    const path = names.record();
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
    walk.checkFindings(findings.length + gapCount + 1);
    if (waivers && waivers.length > 0) pathWaivers[findings.length] = waivers;
    // One path reaches the component: the outcome is final, a finding at once.
    if ((counts[index] as number) <= 1)
      findings.push(toFinding(policy, group, graph, undecidedScope));
    else {
      open.push(findings.length);
      findings.push(group);
    }
    return group;
  };

  /** Adds `occurrences` paths with this outcome, the current one first among them. */
  const tally = (
    index: number,
    r: number,
    decision: NonNullable<Decision>,
    occurrences: number,
    waivers: readonly number[] | undefined,
  ): Group | undefined => {
    // A component one path reaches has one outcome per rule: nothing to group.
    if ((counts[index] as number) <= 1)
      return countGap(r, decision, index)
        ? undefined
        : create(decision, index, occurrences, waivers);
    keyed ??= new Map();
    let groups = keyed.get(index);
    if (groups === undefined) {
      groups = new Map();
      keyed.set(index, groups);
    }
    const key = waivers
      ? `${decisionKey(r, decision)}\u0002${waivers.join()}`
      : decisionKey(r, decision);
    const group = groups.get(key);
    if (group) {
      group.occurrences += occurrences;
      if (group.samples.length < samplePathCount) group.samples.push(names.record());
      return group;
    }
    const made = create(decision, index, occurrences, waivers);
    groups.set(key, made);
    return made;
  };

  const countedVisit = (index: number, depth: number, state: number) => {
    if (state !== 0 && (visits as Uint8Array)[state] !== 1) {
      // This state was seen on another path: the outcomes are the same, only a sample is new.
      for (const group of known?.get(state) ?? [])
        if (group.samples.length < samplePathCount) group.samples.push(names.record());
      return;
    }
    const reaching = (states as PathStates).counts[state] as number;
    const decisions = decisionsAt(index, depth);
    // The groups later paths to this state add samples to: none when one path reaches it.
    const made: Group[] | undefined = reaching > 1 ? [] : undefined;
    for (let r = 0; r < decisions.length; r++) {
      const decision = decisions[r];
      const group = decision ? tally(index, r, decision, reaching, undefined) : undefined;
      if (group && made) made.push(group);
    }
    if (made && made.length > 0) {
      known ??= new Map();
      known.set(state, made);
    }
  };

  const walkedVisit = (index: number, depth: number) => {
    let waivers: number[] | undefined;
    if (pathWaived) {
      waivers = [];
      for (let w = 0; w < waiverPaths.length; w++) {
        const path = waiverPaths[w];
        if (path !== undefined && names.startsWith(path)) waivers.push(w);
      }
    }
    const decisions = decisionsAt(index, depth);
    for (let r = 0; r < decisions.length; r++) {
      const decision = decisions[r];
      if (decision) tally(index, r, decision, 1, waivers);
    }
  };

  while (stack.length > 0) {
    const depth = stack.length - 1;
    const index = stack[depth] as number;
    const { children } = nodes[index] as GraphNode;
    let childAt = next[depth] as number;
    if (childAt === 0 && marks[index] === 1) {
      if (states) countedVisit(index, depth, stateStack[depth] as number);
      else walkedVisit(index, depth);
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
      visitIds.push(++visitCount);
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
  for (const at of open)
    findings[at] = toFinding(policy, findings[at] as Group, graph, undecidedScope);
  return { applies, scopeMissing, findings: findings as Finding[], pathWaivers, gapCount };
}

/** Whether a rule's entity guard rules a component out without running its condition. */
function guardRejects(guard: EntityGuard, facts: NodeFacts): boolean {
  // Indexed loops: this runs for every component and rule, and `for…of` allocates where it is not inlined.
  const { hits } = facts;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as EntityHit;
    if (guard.entities.has(hit.entityId) && guard.parties.has(hit.party)) return false;
  }
  const { named } = guard;
  if (named.length === 0) return true;
  for (let i = 0; i < named.length; i++)
    if (facts.view[named[i] as "manufacturer"] !== undefined) return true;
  return false;
}
