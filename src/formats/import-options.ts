import * as z from "zod/mini";
import { LimitsSchema } from "../engine/limits.js";
import { VendorgateError } from "../errors.js";
import type { Warning } from "../model/report.js";
import { zodIssues } from "./zod-issues.js";
import { safeParse } from "./zod-parse.js";

/**
 * Options of the importers. `limits` bounds the document as `evaluate` bounds products
 * (`maxComponents`, `maxDepth` and `maxTextLength` are checked while importing, with the path
 * into the document); each defaults to the engine's default. `dependencyCycles` says what to do
 * with a cycle in the document's dependency graph: `"break"` (the default) drops the edge that
 * closes it and keeps every part; `"error"` refuses the document. `strict: true` refuses every
 * quirk that the default, lenient import accepts with a warning (a dependency naming no part,
 * a root listed again, an SPDXID without `SPDXRef-`, a supplier without `Organization:` or
 * `Person:`, ...). `onWarning` is called with each warning of `fromCycloneDX` and `fromSPDX`
 * (`importDocument` and `importText` return them on the product, and `evaluate` puts them in
 * the report's `warnings`).
 */
export const ImportOptionsSchema = z.strictObject({
  limits: z.prefault(LimitsSchema, {}),
  dependencyCycles: z._default(z.enum(["break", "error"]), "break"),
  strict: z._default(z.boolean(), false),
  onWarning: z.optional(
    z.custom<(warning: Warning) => void>(
      (value) => typeof value === "function",
      "Expected a function",
    ),
  ),
});

/** Options of the importers, as given. */
export type ImportOptions = z.input<typeof ImportOptionsSchema>;

/** Import options with every default filled in. */
export type ResolvedImportOptions = z.output<typeof ImportOptionsSchema>;

/** The defaults, resolved once for the calls that give no options (a fleet imports many). */
let defaults: ResolvedImportOptions | undefined;

/** Validates import options and fills in the defaults; throws `VendorgateError` on bad options. */
export function resolveImportOptions(options?: unknown): ResolvedImportOptions {
  if (options === undefined) {
    if (!defaults) {
      const resolved = parseImportOptions({});
      defaults = Object.freeze({ ...resolved, limits: Object.freeze(resolved.limits) });
    }
    return defaults;
  }
  return parseImportOptions(options);
}

function parseImportOptions(options: unknown): ResolvedImportOptions {
  const parsed = safeParse(ImportOptionsSchema, options);
  if (!parsed.success) {
    throw new VendorgateError(
      "The import options are not valid",
      zodIssues(parsed.error.issues, ["options"]),
    );
  }
  return parsed.data;
}
