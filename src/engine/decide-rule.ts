import type { ConditionEnv, EntityHit } from "../logic/facts.js";
import { unique } from "../util/unique.js";
import type { CompiledRule } from "./compiled-policy.js";
import type { RuleOutcome } from "./findings.js";

/** A rule's outcome on one component: `undefined` when its condition is false there. */
export type Decision = Omit<RuleOutcome, "node" | "path" | "samples" | "occurrences"> | undefined;

// Shared by the outcomes that lack nothing: never written to (unique() and findings copy).
const nothingMissing: string[] = Object.freeze([]) as unknown as string[];

function firstHit(
  hits: readonly EntityHit[],
  entities: ReadonlySet<string>,
): EntityHit | undefined {
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as EntityHit;
    if (entities.has(hit.entityId)) return hit;
  }
  return undefined;
}

/**
 * Decides a rule on the component `env` is at (`data` its JSON Logic data): whether it fires,
 * stays undecided (and what that lacks) or an exception lifts it. What the rule lacks is what it
 * adds to `env.missing`.
 */
export function decideRule(rule: CompiledRule, env: ConditionEnv, data: unknown): Decision {
  const missing = env.missing;
  const before = missing.length;
  const when = rule.when(env, data);
  if (when === false) return undefined;
  const hits = env.node.hits;
  const hit = hits.length > 0 ? firstHit(hits, rule.info.entities) : undefined;
  // Exceptions reading derived facts add to `missing`: keep what the rule itself lacked.
  const whenMissing = missing.length > before ? missing.slice(before) : nothingMissing;
  let exceptionMissing = nothingMissing;
  if (rule.unless.length > 0) {
    const lacked: string[] = [];
    for (const exception of rule.unless) {
      const lifted = exception.when({ ...env, missing: lacked }, data);
      if (lifted === true)
        return hit
          ? { rule, hit, kind: "excepted", exception, missing: nothingMissing }
          : { rule, kind: "excepted", exception, missing: nothingMissing };
    }
    exceptionMissing = lacked;
  }
  const kind = when === null ? "undecided" : "fired";
  const lacking = unique(when === null ? whenMissing : exceptionMissing);
  return hit ? { rule, hit, kind, missing: lacking } : { rule, kind, missing: lacking };
}
