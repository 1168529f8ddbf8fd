import { type ParsedProduct, parseProduct } from "../engine/parse-product.js";
import { VendorgateError } from "../errors.js";
import type { DocumentInput } from "./format-reader.js";
import { type ImportOptions, resolveImportOptions } from "./import-options.js";
import { importWith } from "./import-with.js";
import { readerFor } from "./readers.js";

const notSbom = "The document is not an SBOM";

/** The keys of a product; an object with none of them is not one. */
const productKeys = [
  "name",
  "id",
  "type",
  "manufacturer",
  "supplier",
  "brand",
  "identifiers",
  "categories",
  "attributes",
  "components",
  "shared",
];

/** Refuses what is none of the documents vendorgate reads, saying so; undefined for a product. */
function notAnSbom(json: unknown): VendorgateError | undefined {
  if (Array.isArray(json)) {
    return new VendorgateError(notSbom, [
      {
        code: "invalid_input",
        path: [],
        message:
          "A JSON list is not a product, a CycloneDX BOM or an SPDX document: this is not an SBOM vendorgate reads",
      },
    ]);
  }
  if (
    json !== null &&
    typeof json === "object" &&
    !productKeys.some((key) => Object.hasOwn(json, key))
  ) {
    return new VendorgateError(notSbom, [
      {
        code: "invalid_input",
        path: [],
        message:
          "Neither a product (no name), a CycloneDX BOM (no bomFormat), an SPDX 2 document (no spdxVersion) nor SPDX 3 (no spdx.org @context): this is not an SBOM vendorgate reads",
      },
    ]);
  }
  return undefined;
}

function importInput(input: DocumentInput, options?: ImportOptions): ParsedProduct {
  const resolved = resolveImportOptions(options);
  const reader = readerFor(input);
  if (reader) {
    const { product, warnings } = importWith(reader, input, resolved);
    return parseProduct(product, resolved.limits, warnings);
  }
  if (input.kind === "text") {
    throw new VendorgateError(notSbom, [
      {
        code: "invalid_input",
        path: [],
        message:
          "Neither JSON, CycloneDX XML nor SPDX tag-value: this is not an SBOM vendorgate reads",
      },
    ]);
  }
  const refusal = notAnSbom(input.value);
  if (refusal) throw refusal;
  return parseProduct(input.value, resolved.limits);
}

/**
 * Reads any parsed JSON document vendorgate understands (see `detectFormat`): a product, a
 * CycloneDX BOM, an SPDX 2 or SPDX 3 document, and returns it validated and ready for
 * `evaluate`, with the quirks the import accepted as `warnings` (which `evaluate` puts in the
 * report). Throws `VendorgateError` listing every problem, with paths into the document as
 * given; a JSON value that is none of these is refused as "not an SBOM".
 * @example
 * const product = importDocument(JSON.parse(text)); // product JSON, CycloneDX or SPDX
 * product.warnings; // [{ code: "dangling_ref", path: ["dependencies", 3, "ref"], message }]
 * evaluate(product, options);
 */
export function importDocument(json: unknown, options?: ImportOptions): ParsedProduct {
  return importInput({ kind: "json", value: json }, options);
}

/**
 * Reads a document given as text, whatever its format, told by its content: JSON (as
 * `importDocument`), CycloneDX XML or SPDX tag-value. A leading byte-order mark is ignored.
 * Throws `VendorgateError` for text that is none of them ("not an SBOM") or cannot be imported.
 * @example
 * const product = importText(readFileSync("bom.xml", "utf8"));
 */
export function importText(text: string, options?: ImportOptions): ParsedProduct {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === "{" || start === "[") {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new VendorgateError("The document is not valid JSON", [
        {
          code: "invalid_json",
          path: [],
          message: error instanceof Error ? error.message : String(error),
        },
      ]);
    }
    return importDocument(json, options);
  }
  return importInput({ kind: "text", text: body }, options);
}
