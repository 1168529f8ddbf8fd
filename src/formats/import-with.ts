import { VendorgateError } from "../errors.js";
import type { Product } from "../model/component.js";
import type { Warning } from "../model/report.js";
import { assembleProduct } from "./assemble-product.js";
import type { DocumentInput, FormatReader } from "./format-reader.js";
import { createImportLog, finishWarnings } from "./import-log.js";
import type { ResolvedImportOptions } from "./import-options.js";
import { maxIssues, throwIssues } from "./issue-list.js";

/** A document read into a product, with the quirks accepted on the way. */
export interface Imported {
  readonly product: Product;
  readonly warnings: Warning[];
}

/**
 * Reads a document with one format's reader and assembles the product (the one assembly every
 * format shares: orphans join the root, cycles are broken or refused, shared parts become
 * `{ ref }`). Throws `VendorgateError` with the reader's refusal and every issue found.
 */
export function importWith(
  reader: FormatReader,
  input: DocumentInput,
  options: ResolvedImportOptions,
): Imported {
  const log = createImportLog(options.strict);
  const graph = reader.read(input, options, log);
  if (log.issues.length > 0 || graph === undefined) {
    const issues = log.issues.slice(0, maxIssues);
    throw new VendorgateError(
      reader.refusal,
      issues.length > 0
        ? issues
        : [{ code: "invalid_input", path: [], message: "The document has no parts" }],
    );
  }
  const product = assembleProduct(graph, options, log.issues);
  throwIssues(log.issues, reader.refusal);
  const warnings = finishWarnings(log);
  for (const warning of warnings) options.onWarning?.(warning);
  return { product: product as Product, warnings };
}
