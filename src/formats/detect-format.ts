import * as z from "zod/mini";
import { readerFor } from "./readers.js";

/**
 * The kinds of document vendorgate reads: its own product JSON, CycloneDX (JSON or XML), SPDX 2
 * (JSON or tag-value) and SPDX 3 (JSON-LD).
 */
export const DocumentFormatSchema = z.enum([
  "product",
  "cyclonedx",
  "cyclonedx-xml",
  "spdx",
  "spdx-tag-value",
  "spdx3",
]);

/** A kind of document vendorgate reads. */
export type DocumentFormat = z.output<typeof DocumentFormatSchema>;

/**
 * Tells what a parsed JSON document is: `"cyclonedx"` when it has a `bomFormat` (whatever its
 * value, so a wrong one is refused by the CycloneDX importer with a clear message) or a CycloneDX
 * `$schema`; `"spdx"` when it has an `spdxVersion`; `"spdx3"` when its `@context` (a string or a
 * list) names spdx.org; else `"product"`.
 * @example
 * detectFormat({ bomFormat: "CycloneDX", specVersion: "1.6" }); // "cyclonedx"
 */
export function detectFormat(json: unknown): DocumentFormat {
  return (readerFor({ kind: "json", value: json })?.format as DocumentFormat) ?? "product";
}

/**
 * Tells what a document that is not JSON is, by its content (never its file name): CycloneDX
 * XML (`"cyclonedx-xml"`) or SPDX tag-value (`"spdx-tag-value"`); undefined when it is neither.
 */
export function detectTextFormat(text: string): DocumentFormat | undefined {
  return readerFor({ kind: "text", text })?.format as DocumentFormat | undefined;
}
