import type { ConditionEnv, Evaluator } from "../logic/facts.js";
import type { ComponentView } from "../logic/view.js";
import type { AbsentField } from "./absence-guard.js";
import type { CompiledRule } from "./compiled-policy.js";

/**
 * The absence guards of a policy's rules without entity guards, when each has one and some hold
 * only on a product where parts of their condition that read the product alone are false.
 */
export interface AbsenceOnProduct {
  /** Every part that must be false on the product, of every guard. */
  readonly given: readonly Evaluator[];
  /** The fields whose presence on a part makes some of these rules look at it. */
  readonly fields: readonly AbsentField[];
}

/** The fields whose presence on a part makes some of the rules guarded by `guards` look at it. */
export function presentFieldsOf(guards: readonly { readonly fields: readonly AbsentField[] }[]) {
  return [...new Set(guards.flatMap((guard) => guard.fields))];
}

/**
 * The absence guards of `rules` (those without entity guards that decide parts below the
 * product) when each has one and some hold only on some products; `undefined` otherwise.
 */
export function absenceOnProductOf(rules: readonly CompiledRule[]): AbsenceOnProduct | undefined {
  const guards = rules.map((rule) => rule.absence);
  if (guards.some((guard) => guard === undefined)) return undefined;
  const held = guards as NonNullable<CompiledRule["absence"]>[];
  const given = held.flatMap((guard) => guard.given);
  return given.length > 0 ? { given, fields: presentFieldsOf(held) } : undefined;
}

/** Whether every guard holds on this product: each part it is given is false there, not unknown. */
export function holdsOn(
  absence: AbsenceOnProduct,
  product: ComponentView,
  context: object,
): boolean {
  const data = { component: product, product, context, depth: 0 };
  const env: ConditionEnv = {
    node: { view: product, hits: [] },
    rootData: () => data,
    ancestors: () => [],
    derived: () => false,
    missing: [],
  };
  return absence.given.every((given) => given(env, data) === false);
}
