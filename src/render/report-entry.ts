import * as z from "zod/mini";
import { ReportSchema } from "../model/report.js";
import { VerdictSchema } from "../model/verdict.js";
import { defineSchema } from "../util/define-schema.js";

/**
 * One product's report to render, with what the report itself does not carry: the product it
 * was made from (a `Product` object or a `ParsedProduct`, for the component tree), and the
 * input it was read from (a file name, and the line of an NDJSON fleet) for links and SARIF
 * locations. Without `product`, the HTML tree shows only the paths of the findings.
 */
export const ReportEntrySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    report: ReportSchema,
    product: z.optional(z.unknown()),
    file: z.optional(z.string()),
    line: z.optional(z.number().check(z.int(), z.positive())),
  }),
);

/** A report to render, with its product and input when known. */
export type ReportEntry = z.output<typeof ReportEntrySchema>;

/** Options shared by the document renderers (HTML, SARIF, JUnit, Markdown). */
export const RenderOptionsSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /** A title for the document (default: "vendorgate report"). */
    title: z.optional(z.string()),
    /**
     * The context as command-line flags (`--buyer-sector government ...`), so the stamp can show
     * the whole command that reproduces a decision; without them it names the options digest.
     */
    contextFlags: z.optional(z.array(z.string())),
    /** Verdicts at or above this fail (JUnit failures, SARIF levels); default `restricted`. */
    failOn: z.optional(VerdictSchema),
  }),
);

/** Options of the document renderers. */
export type RenderOptions = z.output<typeof RenderOptionsSchema>;
