import { VendorgateError } from "../errors.js";
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
  readonly from: string | undefined;
  readonly until: string | undefined;
  readonly message: string;
  readonly source: ResolvedSource;
  readonly basis: Basis;
  readonly when: Evaluator;
  readonly unless: readonly CompiledException[];
  readonly info: ConditionInfo;
  readonly guard: EntityGuard | undefined;
  /**
   * Without an entity guard: the fields whose absence rules a part below the product out, on a
   * product where each of `given` (reading nothing but the product and the context) is false.
   */
  readonly absence:
    | {
        /** The fields as bits (`fieldMask`). */
        readonly fields: number;
        readonly given: readonly Evaluator[];
      }
    | undefined;
  /**
   * Without an entity guard: the only fields of a part its conditions read (besides the product
   * and the context), so every part that lacks them all gets one outcome.
   */
  readonly bare: number | undefined;
}

/**
 * A policy version validated and compiled once, ready to evaluate many products. It is frozen, and
 * its compiled form is out of reach: what a caller holds cannot change what any registry evaluates.
 */
export interface CompiledPolicy {
  /** The document with catalogue entities written in, exactly what the digest covers; frozen. */
  readonly document: Omit<PolicyDocument, "entities"> & { entities: Entity[] };
  readonly id: string;
  readonly version: string;
  /**
   * `sha256:` digest of the version's content: the document, with each covered entity replaced by
   * the digest of its full data, so changing the file or a catalogue entity it names changes it.
   */
  readonly digest: string;
}

/** The compiled form of a policy version, which only the engine reaches. */
export interface PolicyInternals {
  /** The compiled scope condition. */
  readonly scope: Evaluator;
  /** The compiled rules. */
  readonly rules: readonly CompiledRule[];
  /** The compiled `any_descendant` conditions, by number. */
  readonly derived: readonly Evaluator[];
  /** The covered names and identifiers, indexed (with its name caches). */
  readonly index: EntityIndex;
  /** Whether some rule's value depends on the path to a component. */
  readonly pathDependent: boolean;
  /** Whether some rule reads the components above a component, not only its depth. */
  readonly readsAncestors: boolean;
  /** Whether some rule looks for entities in component names (`made_by` with party `name`). */
  readonly readsComponentNames: boolean;
}

// Keyed by the frozen public object, so nothing reachable from a policy leads to its compiled form.
const compiledForms = new WeakMap<CompiledPolicy, PolicyInternals>();

/** Freezes a compiled policy's public face and files its compiled form under it. */
export function sealPolicy(policy: CompiledPolicy, internals: PolicyInternals): CompiledPolicy {
  const sealed = Object.freeze({ ...policy });
  compiledForms.set(sealed, internals);
  return sealed;
}

/** The compiled form of a policy version; throws for one this copy of vendorgate did not compile. */
export function internalsOf(policy: CompiledPolicy): PolicyInternals {
  const internals = compiledForms.get(policy);
  if (internals === undefined) {
    throw new VendorgateError("Not a compiled policy", [
      {
        code: "unknown_policy",
        path: [],
        message: `Policy "${String(policy.id)}@${String(policy.version)}" was not compiled by this copy of vendorgate (a registry must come from createRegistry() or bundledRegistry() of the same package)`,
      },
    ]);
  }
  return internals;
}
