import { type Issue, VendorgateError } from "../../errors.js";
import type { Product } from "../../model/component.js";
import { assembleProduct } from "../assemble-product.js";
import { type ImportOptions, resolveImportOptions } from "../import-options.js";
import { maxIssues, throwIssues } from "../issue-list.js";
import { zodIssues } from "../zod-issues.js";
import { readDependencies } from "./read-dependencies.js";
import { readParts } from "./read-parts.js";
import { CycloneDxBomSchema } from "./schema.js";

const refusal = "The CycloneDX BOM cannot be imported";

/**
 * Imports a CycloneDX JSON BOM (1.2 to 1.7) as a product. `metadata.component` is the product
 * (without one, a part named "BOM" holds the BOM's top-level parts); nested `components` and
 * `services` are parts of the part they are nested in; each `dependsOn` and `provides` in
 * `dependencies` makes the named part a part of the one that depends on it; a part with
 * several parents becomes a shared sub-assembly (`{ ref }` and `shared`), and a part with none
 * becomes a part of the product. A cycle in the dependency graph is broken at the edge that
 * closes it (or refused, with `dependencyCycles: "error"`). `bom-ref` is each part's `id`, so
 * findings name it as `componentId`. Throws `VendorgateError` listing every problem with its
 * path in the BOM.
 * @example
 * const product = fromCycloneDX(JSON.parse(text));
 * evaluate(product, { registry, policies: ["jp-gov-procurement"], asOf: "2019-06-01", context });
 */
export function fromCycloneDX(json: unknown, options?: ImportOptions): Product {
  const resolved = resolveImportOptions(options);
  const parsed = CycloneDxBomSchema.safeParse(json);
  if (!parsed.success) {
    throw new VendorgateError(refusal, zodIssues(parsed.error.issues, []).slice(0, maxIssues));
  }
  const issues: Issue[] = [];
  const graph = readParts(parsed.data, resolved, issues);
  if (issues.length === 0) readDependencies(graph, parsed.data.dependencies, issues);
  throwIssues(issues, refusal);
  const product = assembleProduct(graph, resolved, issues);
  throwIssues(issues, refusal);
  return product as Product;
}
