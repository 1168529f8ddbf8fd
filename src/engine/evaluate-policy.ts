import type { ConditionEnv, EntityHit, NodeFacts, Tri } from "../logic/facts.js";
import type { IsoDate } from "../model/date.js";
import type { Finding, TrailStep } from "../model/report.js";
import { ones, oneThenZeros } from "../util/ones.js";
import { unique } from "../util/unique.js";
import { type BarePlan, lacksAll, type UnguardedRule } from "./bare-parts.js";
import {
  type CompiledPolicy,
  type CompiledRule,
  type EntityGuard,
  internalsOf,
  type PolicyInternals,
} from "./compiled-policy.js";
import { type ProductSightings, partyBits } from "./component-facts.js";
import { foldRules } from "./fold-rules.js";
import type { GapTally } from "./gap-tally.js";
import { inlinePathLength } from "./path-stack.js";
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
  const scopeEnv: ConditionEnv = {
    node: { view: { name: "" }, hits: [] },
    rootData: () => ({ context }),
    ancestors: () => [],
    derived: () => false,
    missing: scopeMissing,
  };
  const compiled = internalsOf(policy);
  const applies = compiled.scope(scopeEnv, { context });
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
export function markComponents(
  setting: PolicySetting,
  graph: ProductGraph,
  sightings: ProductSightings,
  facts: FactsSource,
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
    const seen = facts.factsOf(index);
    if (guardedRules.some((rule) => !guardRejects(rule.guard as EntityGuard, seen))) {
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

/** Where a walk gets the facts of a component (its view and this policy's entity hits). */
export interface FactsSource {
  factsOf(index: number): NodeFacts;
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

/** Whether a rule's entity guard rules a component out without running its condition. */
export function guardRejects(guard: EntityGuard, facts: NodeFacts): boolean {
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
