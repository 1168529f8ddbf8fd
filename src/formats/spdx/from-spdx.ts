import { type Issue, VendorgateError } from "../../errors.js";
import type { Product } from "../../model/component.js";
import { assembleProduct } from "../assemble-product.js";
import { docPath } from "../doc-path.js";
import { type ImportOptions, resolveImportOptions } from "../import-options.js";
import { addIssue, maxIssues, throwIssues } from "../issue-list.js";
import { oversizedField } from "../oversized-text.js";
import { addEdge, addPart, createPartGraph, type PartGraph } from "../part-graph.js";
import { zodIssues } from "../zod-issues.js";
import { packageFields } from "./package-fields.js";
import { readRelationships } from "./read-relationships.js";
import { type SpdxDocument, SpdxDocumentSchema } from "./schema.js";

const refusal = "The SPDX document cannot be imported";

function refuseEarly(json: unknown, maxComponents: number): void {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return;
  const record = json as Record<string, unknown>;
  if (!Object.hasOwn(record, "spdxVersion") && Object.hasOwn(record, "@context")) {
    throw new VendorgateError(refusal, [
      {
        code: "invalid_input",
        path: ["@context"],
        message: "SPDX 3 (JSON-LD) is not supported: vendorgate reads SPDX 2.2 and 2.3 JSON",
      },
    ]);
  }
  const packages = record.packages;
  if (Array.isArray(packages) && packages.length > maxComponents) {
    throw new VendorgateError(refusal, [
      {
        code: "limit_exceeded",
        path: ["packages", maxComponents],
        message: `The document has more than ${maxComponents} packages (limits.maxComponents)`,
      },
    ]);
  }
}

function readPackages(
  document: SpdxDocument,
  graph: PartGraph,
  maxTextLength: number,
  issues: Issue[],
): void {
  (document.packages ?? []).forEach((pkg, i) => {
    const path = ["packages", i];
    const fields = packageFields(pkg, path, issues);
    const tooLong = oversizedField(fields, maxTextLength);
    if (tooLong !== undefined) {
      addIssue(issues, {
        code: "limit_exceeded",
        path,
        message: `The package's ${tooLong} is longer than ${maxTextLength} characters (limits.maxTextLength)`,
      });
    } else if (graph.ids.has(pkg.SPDXID) || pkg.SPDXID === document.SPDXID) {
      addIssue(issues, {
        code: "duplicate_id",
        path: [...path, "SPDXID"],
        message: `SPDXID "${pkg.SPDXID}" is used more than once`,
      });
    } else addPart(graph, fields, docPath(undefined, ...path));
  });
}

/**
 * Imports an SPDX 2.3 (or 2.2) JSON document as a product. The package the document describes
 * is the product; when it describes several or none, a part named after the document (with the
 * document's SPDXID as id) holds them. CONTAINS, DEPENDS_ON, STATIC_LINK, DYNAMIC_LINK and their
 * inverse forms make one package a part of another; a package with several parents becomes a
 * shared sub-assembly, one with none a part of the product. `SPDXID` is each part's `id`.
 * Throws `VendorgateError` listing every problem with its path in the document.
 * @example
 * const product = fromSPDX(JSON.parse(text));
 */
export function fromSPDX(json: unknown, options?: ImportOptions): Product {
  const resolved = resolveImportOptions(options);
  const { maxComponents, maxTextLength } = resolved.limits;
  refuseEarly(json, maxComponents);
  const parsed = SpdxDocumentSchema.safeParse(json);
  if (!parsed.success) {
    throw new VendorgateError(refusal, zodIssues(parsed.error.issues, []).slice(0, maxIssues));
  }
  const document = parsed.data;
  const issues: Issue[] = [];
  const graph = createPartGraph();
  readPackages(document, graph, maxTextLength, issues);
  throwIssues(issues, refusal);
  const described = readRelationships(graph, document, issues, maxComponents);
  throwIssues(issues, refusal);
  const only = described.length === 1 ? described[0] : undefined;
  if (only) graph.root = only.index;
  else if (graph.parts.length >= maxComponents) {
    addIssue(issues, {
      code: "limit_exceeded",
      path: [],
      message: `The document has more than ${maxComponents} parts (limits.maxComponents)`,
    });
  } else {
    const root = { name: document.name.trim(), id: document.SPDXID };
    graph.root = addPart(graph, root, docPath(undefined));
    for (const { index, path } of described) addEdge(graph, graph.root, index, path);
  }
  throwIssues(issues, refusal);
  const product = assembleProduct(graph, resolved, issues);
  throwIssues(issues, refusal);
  return product as Product;
}
