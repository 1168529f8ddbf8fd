import * as z from "zod";
import { ReportSchema } from "../model/report.js";
import { VerdictSchema } from "../model/verdict.js";

/**
 * One product's report to render, with what the report itself does not carry: the product it
 * was made from (a `Product` object or a `ParsedProduct`, for the component tree), and the
 * input it was read from (a file name, and the line of an NDJSON fleet) for links and SARIF
 * locations. Without `product`, the HTML tree shows only the paths of the findings.
 */
export const ReportEntrySchema = z.object({
  report: ReportSchema,
  product: z.unknown().optional(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});

/** A report to render, with its product and input when known. */
export type ReportEntry = z.output<typeof ReportEntrySchema>;

/** Options shared by the document renderers (HTML, SARIF, JUnit, Markdown). */
export const RenderOptionsSchema = z.object({
  /** A title for the document (default: "vendorgate report"). */
  title: z.string().optional(),
  /**
   * The context as command-line flags (`--buyer-sector government ...`), so the stamp can show
   * the whole command that reproduces a decision; without them it names the options digest.
   */
  contextFlags: z.array(z.string()).optional(),
  /** Verdicts at or above this fail (JUnit failures, SARIF levels); default `restricted`. */
  failOn: VerdictSchema.optional(),
});

/** Options of the document renderers. */
export type RenderOptions = z.output<typeof RenderOptionsSchema>;
