import type { ImportLog } from "./import-log.js";
import type { ResolvedImportOptions } from "./import-options.js";
import type { PartGraph } from "./part-graph.js";

/** A document as an importer receives it: parsed JSON, or text that is not JSON. */
export type DocumentInput =
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "text"; readonly text: string };

/**
 * The contract of a document format (see docs/importers.md): a reader recognises its documents
 * by content and reads one into a part graph; `importWith` turns that graph into a product by
 * the one shared assembly. A reader reports what refuses the document as issues in `log`, and
 * each quirk it accepts with `tolerate` (a warning; an issue under `strict`).
 */
export interface FormatReader {
  /** The format's name, as `detectFormat` gives it. */
  readonly format: string;
  /** The first line of the error thrown when the document is refused. */
  readonly refusal: string;
  /** Whether the input is a document of this format, judged by its content only. */
  detects(input: DocumentInput): boolean;
  /**
   * Reads the document into a part graph. Returns undefined (or a graph) with issues in `log`
   * when it cannot be imported; never throws for bad input.
   */
  read(input: DocumentInput, options: ResolvedImportOptions, log: ImportLog): PartGraph | undefined;
}
