import { sightProduct } from "../engine/component-facts.js";
import {
  type EvaluateOptions,
  evaluatePrepared,
  type PreparedEvaluation,
  prepareEvaluation,
} from "../engine/evaluate.js";
import { type ParsedProduct, parseProduct } from "../engine/parse-product.js";
import { sharedIndexOver } from "../engine/shared-index.js";
import { VendorgateError } from "../errors.js";
import type { Report } from "../model/report.js";
import type { Registry } from "../registry/registry.js";
import { type UpdateScope, updateScope } from "./update-scope.js";

/** One product of the previous run, with the report that run made for it. */
export interface RescreenItem {
  product: unknown;
  report: Report;
}

/** Options for `rescreen`: `evaluate`'s options for the updated registry, and the previous one. */
export type RescreenOptions = EvaluateOptions & {
  /** The registry the previous run's reports were made with. */
  previous: Registry;
};

/** One product after an update: a new report, or the previous one carried over unchanged. */
export interface RescreenResult {
  report: Report;
  /** Whether the product was evaluated again (else its previous report is carried over). */
  rescreened: boolean;
}

/** How much work a rescreen did. */
export interface RescreenStats {
  /** Products evaluated again. */
  evaluated: number;
  /** Products whose previous report was carried over without evaluating them. */
  carried: number;
  /** What the update can affect. */
  scope: UpdateScope;
}

function madeWith(report: Report, scope: UpdateScope & { all: false }, next: PreparedEvaluation) {
  const { stamp } = report;
  return (
    report.asOf === next.options.asOf &&
    stamp.options === next.inputBasis &&
    stamp.policies.length === scope.previousDigests.length &&
    stamp.policies.every((policy, i) => policy.digest === scope.previousDigests[i])
  );
}

function parsed(product: unknown, next: PreparedEvaluation): ParsedProduct | undefined {
  try {
    return parseProduct(product, next.limits);
  } catch (error) {
    if (error instanceof VendorgateError) return undefined;
    throw error;
  }
}

/** Whether a product's parts name a changed entity (old or new data): then it must be rescreened. */
function touched(product: ParsedProduct, scope: UpdateScope & { all: false }): boolean {
  if (scope.entities.length === 0) return false;
  return (
    sightProduct(product.graph, sharedIndexOver(scope.index, true, [undefined])).sighted.length > 0
  );
}

/**
 * After a policy update, rescreens only the products it can affect: those whose parts' names or
 * identifiers match a changed entity (before or after the change), or all of them when a
 * policy they were evaluated under changed otherwise (rules, scope, dates, the version resolved).
 * Products whose previous report was not made with the previous registry and these options are
 * rescreened too. Yields one result per item, in order; `stats` counts the work as it goes.
 * A full rescreen would find the same changes.
 * @example
 * const stats = { evaluated: 0, carried: 0 };
 * for (const { report, rescreened } of rescreen(items, { registry: updated, previous, ...options }, stats)) { ... }
 */
export function* rescreen(
  items: Iterable<RescreenItem>,
  options: RescreenOptions,
  stats?: Partial<RescreenStats>,
): Generator<RescreenResult> {
  const { previous, ...evaluateOptions } = options;
  const next = prepareEvaluation(evaluateOptions);
  const before = prepareEvaluation({ ...evaluateOptions, registry: previous, stale: "warn" });
  const scope = updateScope(before, next);
  const counts = stats ?? {};
  counts.evaluated = 0;
  counts.carried = 0;
  counts.scope = scope;
  for (const { product, report } of items) {
    const input = parsed(product, next);
    const keep =
      !scope.all &&
      input !== undefined &&
      input.digest === report.stamp.input &&
      madeWith(report, scope, next) &&
      !touched(input, scope);
    if (keep) {
      counts.carried++;
      yield { report, rescreened: false };
      continue;
    }
    counts.evaluated++;
    yield { report: evaluatePrepared(input ?? product, next), rescreened: true };
  }
}
