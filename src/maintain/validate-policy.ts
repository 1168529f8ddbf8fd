import { compilePolicy, type EntityCatalogue } from "../engine/compile-policy.js";
import type { CompiledPolicy } from "../engine/compiled-policy.js";
import { type Issue, VendorgateError } from "../errors.js";

/**
 * Every problem with a policy document at once (schema, operations, `var` paths, entities,
 * citations, dates), each with its JSON path; and the compiled policy when there are none.
 * The same checks as `Registry.add`. Never throws for a bad document.
 */
export function validatePolicy(
  document: unknown,
  entities: EntityCatalogue = new Map(),
): { issues: Issue[]; policy?: CompiledPolicy } {
  try {
    return { issues: [], policy: compilePolicy(document, entities) };
  } catch (error) {
    if (error instanceof VendorgateError) return { issues: [...error.issues] };
    throw error;
  }
}
