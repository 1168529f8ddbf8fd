// The only module that touches json-logic-js. The package bundles a private copy of it, so a host
// application's add_operation on its own json-logic-js cannot change what these calls return.
import jsonLogic from "json-logic-js";

/** Applies one standard JSON Logic expression (already checked against the allow-list) to data. */
export function applyStandard(logic: unknown, data: unknown): unknown {
  return jsonLogic.apply(logic as Parameters<typeof jsonLogic.apply>[0], data);
}

/** JSON Logic truthiness (so `[]` is false and `"0"` is true), as json-logic-js defines it. */
export function isTruthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
