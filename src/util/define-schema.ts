/**
 * Builds a schema that bundlers may leave out when nothing uses it. Call it as
 * `/* @__PURE__ *\/ defineSchema(() => ...)`: the mark on the call (which builds keep) tells every
 * bundler that dropping an unused schema is safe, so an app that imports only `evaluate` does not
 * carry the report and document schemas (about 6 KB minified). The function's own mark covers
 * calls in its module only.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSchema<T>(make: () => T): T {
  return make();
}
