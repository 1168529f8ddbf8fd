import { foldForContext } from "../logic/context-fold.js";
import type { CompiledRule } from "./compiled-policy.js";

/**
 * The rules with what their conditions read only from the context folded away: a rule whose
 * condition is then false on every component is left out (it can neither fire nor stay
 * undecided), the others run their folded condition. Outcomes are the same as without folding.
 */
export function foldRules(rules: readonly CompiledRule[], context: object): CompiledRule[] {
  const kept: CompiledRule[] = [];
  for (const rule of rules) {
    const folded = foldForContext(rule.when, context);
    if (folded.alwaysFalse) continue;
    kept.push(folded.evaluator === rule.when ? rule : { ...rule, when: folded.evaluator });
  }
  return kept;
}
