import { prefixIssues, VendorgateError } from "../errors.js";
import type { Report } from "../model/report.js";
import { type EvaluateOptions, evaluatePrepared, prepareEvaluation } from "./evaluate.js";

function withIndex<T>(index: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof VendorgateError) {
      throw new VendorgateError(
        `Product ${index} is not valid`,
        prefixIssues(["products", index], error.issues),
      );
    }
    throw error;
  }
}

function* overIterable(products: Iterable<unknown>, options: EvaluateOptions): Generator<Report> {
  const prepared = prepareEvaluation(options);
  let index = 0;
  for (const product of products) {
    const at = index++;
    yield withIndex(at, () => evaluatePrepared(product, prepared));
  }
}

async function* overAsyncIterable(
  products: AsyncIterable<unknown>,
  options: EvaluateOptions,
): AsyncGenerator<Report> {
  const prepared = prepareEvaluation(options);
  let index = 0;
  for await (const product of products) {
    const at = index++;
    yield withIndex(at, () => evaluatePrepared(product, prepared));
  }
}

/**
 * Evaluates a fleet: each product of an iterable (or async iterable) under the same options,
 * checked and resolved once. Reports stream out in order, one product in memory at a time.
 * A bad product throws `VendorgateError` with paths starting `["products", index]`.
 * @example
 * for (const report of evaluateMany(products, { registry, profile: "us-federal-agency", asOf })) {
 *   if (report.verdict !== "allowed") console.log(report.product.name, report.verdict);
 * }
 */
export function evaluateMany(
  products: Iterable<unknown>,
  options: EvaluateOptions,
): Generator<Report>;
export function evaluateMany(
  products: AsyncIterable<unknown>,
  options: EvaluateOptions,
): AsyncGenerator<Report>;
export function evaluateMany(
  products: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions,
): Generator<Report> | AsyncGenerator<Report> {
  if (products !== null && typeof products === "object" && Symbol.asyncIterator in products) {
    return overAsyncIterable(products as AsyncIterable<unknown>, options);
  }
  if (
    products === null ||
    typeof (products as Iterable<unknown>)?.[Symbol.iterator] !== "function"
  ) {
    throw new VendorgateError("evaluateMany needs products", [
      {
        code: "invalid_input",
        path: ["products"],
        message: "Expected an iterable or async iterable of products",
      },
    ]);
  }
  return overIterable(products as Iterable<unknown>, options);
}
