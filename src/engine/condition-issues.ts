import type { Issue, IssuePath } from "../errors.js";
import {
  type CompileState,
  type ConditionInfo,
  compileCondition,
  rootScope,
} from "../logic/compile-condition.js";
import { isPlainObject } from "../logic/condition-scope.js";
import { ruleShape, scopeShape, type ViewShape } from "../logic/view.js";

function entityIdsOf(document: Record<string, unknown>, known: Iterable<string>): Set<string> {
  const ids = new Set(known);
  const entities = Array.isArray(document.entities) ? document.entities : [];
  for (const item of entities) {
    if (typeof item === "string") ids.add(item);
    else if (isPlainObject(item) && typeof item.id === "string") ids.add(item.id);
  }
  return ids;
}

/**
 * The problems of the conditions (`scope`, each rule's `when` and its exceptions') of a policy
 * document that failed its schema, read as far as its shape allows: operations and `var` paths.
 * Entities named in the document or in the catalogue (`catalogueIds`) count as known.
 */
export function conditionIssues(input: unknown, catalogueIds: Iterable<string>): Issue[] {
  if (!isPlainObject(input)) return [];
  const issues: Issue[] = [];
  const state: CompileState = {
    entityIds: entityIdsOf(input, catalogueIds),
    issues,
    derived: [],
    readsComponentNames: false,
  };
  const check = (expr: unknown, shape: ViewShape, component: boolean, path: IssuePath) => {
    if (expr === undefined) return;
    const info: ConditionInfo = {
      entities: new Set(),
      pathDependent: false,
      readsAncestors: false,
    };
    compileCondition(expr, rootScope(shape, info, component), path, state);
  };
  check(input.scope, scopeShape, false, ["scope"]);
  const rules = Array.isArray(input.rules) ? input.rules : [];
  rules.forEach((rule, i) => {
    if (!isPlainObject(rule)) return;
    check(rule.when, ruleShape, true, ["rules", i, "when"]);
    const unless = Array.isArray(rule.unless) ? rule.unless : [];
    unless.forEach((exception, j) => {
      if (isPlainObject(exception))
        check(exception.when, ruleShape, true, ["rules", i, "unless", j, "when"]);
    });
  });
  return issues;
}
