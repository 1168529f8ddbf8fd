import type { Product } from "../../model/component.js";
import type { DocumentInput, FormatReader } from "../format-reader.js";
import { type ImportOptions, resolveImportOptions } from "../import-options.js";
import { importWith } from "../import-with.js";
import { isSpdx3Json, spdx3JsonReader } from "../spdx3/from-spdx3.js";
import { isSpdx2Json, readSpdx2Graph } from "./read-spdx2.js";

/** The SPDX 2.2/2.3 JSON reader. */
export const spdx2JsonReader: FormatReader = {
  format: "spdx",
  refusal: "The SPDX document cannot be imported",
  detects: (input: DocumentInput) => input.kind === "json" && isSpdx2Json(input.value),
  read: (input, options, log) =>
    input.kind === "json" ? readSpdx2Graph(input.value, options, log) : undefined,
};

/**
 * Imports an SPDX 2.3 (or 2.2) JSON document (or an SPDX 3.0 JSON-LD one: see
 * `readSpdx3Graph`) as a product. The package the document describes
 * is the product; when it describes several or none, a part named after the document (with the
 * document's SPDXID as id) holds them. CONTAINS, DEPENDS_ON, STATIC_LINK, DYNAMIC_LINK and their
 * inverse forms make one package a part of another; a package with several parents becomes a
 * shared sub-assembly, one with none a part of the product. `SPDXID` is each part's `id`.
 * Quirks real producers emit are accepted with a warning (passed to `options.onWarning`;
 * refused with `strict: true`). Throws `VendorgateError` listing every problem with its path in
 * the document.
 * @example
 * const product = fromSPDX(JSON.parse(text));
 */
export function fromSPDX(json: unknown, options?: ImportOptions): Product {
  const resolved = resolveImportOptions(options);
  const reader = isSpdx3Json(json) ? spdx3JsonReader : spdx2JsonReader;
  return importWith(reader, { kind: "json", value: json }, resolved).product;
}
