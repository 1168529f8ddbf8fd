import type { FindingEntity } from "../model/report.js";
import type { ComponentView } from "./view.js";

/** Three-valued truth: `null` means it cannot be decided from the data given. */
export type Tri = boolean | null;

/**
 * Where on a component an entity can be found: its parties, its identifiers, or (for software
 * and services, when a rule asks) the component's own name.
 */
export type PartyField = "manufacturer" | "brand" | "supplier" | "identifiers" | "name";

/**
 * A covered entity found on a component, in force on the date of the decision: a finding's
 * entity (its id as `entityId`) and which of the component's fields held it.
 */
export type EntityHit = Omit<FindingEntity, "id"> & { entityId: string; party: PartyField };

/** What the engine knows about one component under one policy. */
export interface NodeFacts {
  readonly view: ComponentView;
  readonly hits: readonly EntityHit[];
}

/** Everything a compiled condition reads while it runs on one component. */
export interface ConditionEnv {
  readonly node: NodeFacts;
  /** The JSON Logic data at the root: `{ component, product, context, depth }`. */
  rootData(): unknown;
  ancestors(): readonly NodeFacts[];
  /** The value of an `any_descendant` condition (by its number) for this component. */
  derived(id: number): Tri;
  /** Paths of data whose absence left something undecided, filled while evaluating. */
  readonly missing: string[];
  /**
   * `some`, `all` or `none` of `inner` over the ancestors (root first), when the environment can
   * remember each ancestor's value along a walk (keyed by `key`, one per compiled quantifier).
   * What they lack goes to `missing` (the caller's), without repeats: every reader of a missing
   * list drops repeats anyway.
   */
  quantifyAncestors?(op: Quantifier, inner: Evaluator, key: Evaluator, missing: string[]): Tri;
}

/**
 * The environment of one component alone, outside any walk (no ancestors, no derived facts):
 * for conditions decided once, on the context or on a stand-in part. What they lack goes to
 * `missing`.
 */
export function loneEnv(view: ComponentView, data: unknown, missing: string[]): ConditionEnv {
  return {
    node: { view, hits: [] },
    rootData: () => data,
    ancestors: () => [],
    derived: () => false,
    missing,
  };
}

/** The quantifiers of JSON Logic over a list. */
export type Quantifier = "some" | "all" | "none";

/** A compiled condition: runs on an environment and the JSON Logic data of its scope. */
export type Evaluator = (env: ConditionEnv, data: unknown) => Tri;
