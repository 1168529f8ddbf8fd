import type { ConditionInfo } from "../logic/compile-condition.js";
import type { Evaluator, PartyField } from "../logic/facts.js";
import type { Entity } from "../model/entity.js";
import type { PolicyDocument, Rule } from "../model/policy.js";
import type { ResolvedSource } from "../model/resolved-source.js";
import type { Basis } from "../model/source.js";
import type { EntityIndex } from "../names/entity-index.js";

/** A quick test that rules a component out before its condition runs. */
export interface EntityGuard {
  readonly entities: ReadonlySet<string>;
  readonly parties: ReadonlySet<PartyField>;
  /** Name parties whose presence makes "no match" a decided false. */
  readonly named: readonly PartyField[];
}

/** A compiled exception. */
export interface CompiledException {
  readonly id: string;
  readonly message: string;
  readonly source: ResolvedSource;
  readonly basis: Basis;
  readonly when: Evaluator;
}

/** A compiled rule. */
export interface CompiledRule {
  readonly id: string;
  readonly verdict: Rule["verdict"];
  readonly reach: "tree" | "root";
  readonly from?: string;
  readonly until?: string;
  readonly message: string;
  readonly source: ResolvedSource;
  readonly basis: Basis;
  readonly when: Evaluator;
  readonly unless: readonly CompiledException[];
  readonly info: ConditionInfo;
  readonly guard?: EntityGuard;
}

/**
 * A policy version validated and compiled once, ready to evaluate many products. Its compiled
 * form is internal: read its `id`, `version`, `digest` and `document`.
 */
export interface CompiledPolicy {
  /** The document with catalogue entities written in, exactly what the digest covers. */
  readonly document: Omit<PolicyDocument, "entities"> & { entities: Entity[] };
  readonly id: string;
  readonly version: string;
  /**
   * `sha256:` digest of the version's content: the document, with each covered entity replaced by
   * the digest of its full data, so changing the file or a catalogue entity it names changes it.
   */
  readonly digest: string;
  /** @internal The compiled scope condition. */
  readonly scope: Evaluator;
  /** @internal The compiled rules. */
  readonly rules: readonly CompiledRule[];
  /** @internal The compiled `any_descendant` conditions, by number. */
  readonly derived: readonly Evaluator[];
  /** @internal The covered names and identifiers, indexed. */
  readonly index: EntityIndex;
  /** @internal Whether some rule's value depends on the path to a component. */
  readonly pathDependent: boolean;
  /** @internal Whether some rule reads the components above a component, not only its depth. */
  readonly readsAncestors: boolean;
  /** @internal Whether some rule looks for entities in component names (`made_by` with party `name`). */
  readonly readsComponentNames: boolean;
}
