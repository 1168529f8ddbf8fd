import * as z from "zod";

/** The kinds of document vendorgate reads: its own product JSON, CycloneDX JSON, SPDX JSON. */
export const DocumentFormatSchema = z.enum(["product", "cyclonedx", "spdx"]);

/** A kind of document vendorgate reads. */
export type DocumentFormat = z.output<typeof DocumentFormatSchema>;

function mentions(value: unknown, pattern: RegExp): boolean {
  return typeof value === "string" && pattern.test(value);
}

/**
 * Tells what a parsed JSON document is: `"cyclonedx"` when it has a `bomFormat` (whatever its
 * value, so a wrong one is refused by the CycloneDX importer with a clear message) or a CycloneDX
 * `$schema`; `"spdx"` when it has an `spdxVersion` or an SPDX 3 `@context`; else `"product"`.
 * @example
 * detectFormat({ bomFormat: "CycloneDX", specVersion: "1.6" }); // "cyclonedx"
 */
export function detectFormat(json: unknown): DocumentFormat {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return "product";
  const record = json as Record<string, unknown>;
  if (Object.hasOwn(record, "bomFormat") || mentions(record.$schema, /cyclonedx\.org/i)) {
    return "cyclonedx";
  }
  if (Object.hasOwn(record, "spdxVersion") || mentions(record["@context"], /spdx\.org/i)) {
    return "spdx";
  }
  return "product";
}
