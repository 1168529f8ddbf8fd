import { type ParsedProduct, parseProduct } from "../engine/parse-product.js";
import { fromCycloneDX } from "./cyclonedx/from-cyclonedx.js";
import { detectFormat } from "./detect-format.js";
import { type ImportOptions, resolveImportOptions } from "./import-options.js";
import { fromSPDX } from "./spdx/from-spdx.js";

/**
 * Reads any document vendorgate understands (see `detectFormat`): a product, a CycloneDX BOM or
 * an SPDX document, and returns it validated and ready for `evaluate`. Throws `VendorgateError`
 * listing every problem, with paths into the document as given.
 * @example
 * const product = importDocument(JSON.parse(text)); // product JSON, CycloneDX or SPDX
 * evaluate(product, options);
 */
export function importDocument(json: unknown, options?: ImportOptions): ParsedProduct {
  const resolved = resolveImportOptions(options);
  switch (detectFormat(json)) {
    case "cyclonedx":
      return parseProduct(fromCycloneDX(json, resolved), resolved.limits);
    case "spdx":
      return parseProduct(fromSPDX(json, resolved), resolved.limits);
    case "product":
      return parseProduct(json, resolved.limits);
  }
}
