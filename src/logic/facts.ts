import type { Disguise, MatchVia } from "../model/report.js";
import type { ComponentView } from "./view.js";

/** Three-valued truth: `null` means it cannot be decided from the data given. */
export type Tri = boolean | null;

/**
 * Where on a component an entity can be found: its parties, its identifiers, or (for software
 * and services, when a rule asks) the component's own name.
 */
export type PartyField = "manufacturer" | "brand" | "supplier" | "identifiers" | "name";

/** A covered entity found on a component, in force on the date of the decision. */
export interface EntityHit {
  entityId: string;
  /** The component's own text that matched. */
  matched: string;
  via: MatchVia;
  /** The policy's name, alias or identifier that it matched. */
  alias: string;
  /** Where on the component: `manufacturer`, `brand`, `supplier`, `name` or `identifiers.<scheme>`. */
  field: string;
  party: PartyField;
  affiliate?: string;
  /** Where an imported document gave the party, such as `cyclonedx:publisher`. */
  origin?: string;
  /** For identifiers: the scheme whose key matched. */
  scheme?: string;
  /** For look-alikes: what was undone to find the name. */
  disguise?: Disguise;
  /** For near misses: how alike the text and the alias are. */
  similarity?: number;
  /** The evidence supports at most a `review`. */
  reviewOnly?: boolean;
}

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
}

/** A compiled condition: runs on an environment and the JSON Logic data of its scope. */
export type Evaluator = (env: ConditionEnv, data: unknown) => Tri;
