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

/**
 * What json-logic-js's `{"var": path}` (or `{"var": [path, notFound]}`) returns, with the path
 * split once beforehand; `segments` is undefined for the empty path, which reads the data itself.
 * It reads inherited properties too, as json-logic-js does.
 */
export function readVar(
  data: unknown,
  segments: readonly string[] | undefined,
  notFound: unknown,
): unknown {
  if (segments === undefined) return data;
  let current = data;
  for (const segment of segments) {
    if (current === null || current === undefined) return notFound;
    current = (current as Record<string, unknown>)[segment];
    if (current === undefined) return notFound;
  }
  return current;
}
