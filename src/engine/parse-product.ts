import { VendorgateError } from "../errors.js";
import { digestCanonical } from "../util/canonical-json.js";
import { defaultLimits, type Limits } from "./limits.js";
import { digestPlainProduct } from "./product-digest.js";
import { type ProductGraph, parseProductGraph } from "./product-graph.js";

const brand = Symbol.for("vendorgate.product");

/** A product validated once, ready to be evaluated against any number of policies. */
export interface ParsedProduct {
  readonly [brand]: true;
  readonly graph: ProductGraph;
  /** `sha256:` digest of the product's canonical JSON, for report stamps. */
  readonly digest: string;
}

/** Whether a value is a product already parsed by `parseProduct`. */
export function isParsedProduct(value: unknown): value is ParsedProduct {
  return typeof value === "object" && value !== null && (value as ParsedProduct)[brand] === true;
}

/**
 * Validates a product (a component tree, or a DAG with `{ ref }` children and `shared`
 * sub-assemblies) once. Throws `VendorgateError` listing every problem with its path.
 * @example
 * const product = parseProduct(JSON.parse(text));
 * evaluate(product, options); // no second validation
 */
export function parseProduct(input: unknown, limits: Partial<Limits> = {}): ParsedProduct {
  const result = parseProductGraph(input, { ...defaultLimits, ...limits });
  if (!result.graph) throw new VendorgateError("The product is not valid", result.issues);
  const digest = result.plain ? digestPlainProduct(input as object) : digestCanonical(input);
  return { [brand]: true, graph: result.graph, digest };
}
