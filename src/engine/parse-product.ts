import { VendorgateError } from "../errors.js";
import type { Warning } from "../model/report.js";
import { defaultLimits, type Limits } from "./limits.js";
import { readPlainProduct } from "./plain-product.js";
import { digestProduct } from "./product-digest.js";
import { type ProductGraph, parseProductGraph } from "./product-graph.js";

const brand = Symbol.for("vendorgate.product");

/** A product validated once, ready to be evaluated against any number of policies. */
export interface ParsedProduct {
  readonly [brand]: true;
  readonly graph: ProductGraph;
  /** `sha256:` digest of the product's canonical JSON, for report stamps. */
  readonly digest: string;
  /** What the importer accepted but reports (quirks of the document); `evaluate` copies them into the report. */
  readonly warnings: readonly Warning[];
}

/** Whether a value is a product already parsed by `parseProduct`. */
export function isParsedProduct(value: unknown): value is ParsedProduct {
  return typeof value === "object" && value !== null && (value as ParsedProduct)[brand] === true;
}

/**
 * Validates a product (a component tree, or a DAG with `{ ref }` children and `shared`
 * sub-assemblies) once. `warnings` (an importer's) travel with it into every report, followed
 * by the product's own: categories and types read through their vocabularies
 * (`category_synonym`, `type_synonym`) and categories outside it (`unknown_category`).
 * Throws `VendorgateError` listing every problem with its path.
 * @example
 * const product = parseProduct(JSON.parse(text));
 * evaluate(product, options); // no second validation
 */
export function parseProduct(
  input: unknown,
  limits: Partial<Limits> = {},
  warnings: readonly Warning[] = [],
): ParsedProduct {
  const all = { ...defaultLimits, ...limits };
  // Most products are plain: one walk reads them; the full parser takes the rest (and says why).
  const plain = readPlainProduct(input, all);
  if (plain) return { [brand]: true, graph: plain.graph, digest: plain.digest, warnings };
  const result = parseProductGraph(input, all);
  if (!result.graph) throw new VendorgateError("The product is not valid", result.issues);
  const digest = digestProduct(input as object, result.slow);
  const given = result.warnings.length > 0 ? [...warnings, ...result.warnings] : warnings;
  return { [brand]: true, graph: result.graph, digest, warnings: given };
}
