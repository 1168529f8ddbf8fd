import { entityIssues } from "../engine/check-entity.js";
import { type Issue, VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { type Entity, EntitySchema } from "../model/entity.js";
import { deepFreeze } from "../util/deep-freeze.js";
import { forbiddenKeyPath } from "../util/forbidden-keys.js";

/**
 * Validates entity documents into a catalogue by id; throws listing every problem. `trusted`
 * documents (the package's own, checked against the schema by its tests) skip the schema.
 */
export function parseCatalogue(entities: readonly unknown[], trusted = false): Map<string, Entity> {
  const catalogue = new Map<string, Entity>();
  const issues: Issue[] = [];
  entities.forEach((raw, i) => {
    const forbidden = trusted ? undefined : forbiddenKeyPath(raw);
    if (forbidden) {
      issues.push({
        code: "invalid_input",
        path: [i, ...forbidden],
        message: `"${String(forbidden[forbidden.length - 1])}" is not allowed as a key`,
      });
      return;
    }
    const parsed = trusted
      ? { success: true as const, data: raw as Entity }
      : safeParse(EntitySchema, raw);
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error.issues, [i]));
      return;
    }
    // Frozen: one entity object serves every policy that names it, in this registry and its forks.
    const entity = deepFreeze(parsed.data);
    issues.push(...entityIssues(entity, [i]));
    if (catalogue.has(entity.id)) {
      issues.push({
        code: "duplicate_id",
        path: [i, "id"],
        message: `Entity "${entity.id}" is defined twice`,
      });
    }
    catalogue.set(entity.id, entity);
  });
  if (issues.length > 0) throw new VendorgateError("The entity catalogue is not valid", issues);
  return catalogue;
}
