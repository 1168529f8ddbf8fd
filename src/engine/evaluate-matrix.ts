import * as z from "zod/mini";
import { VendorgateError } from "../errors.js";
import { zodIssues } from "../formats/zod-issues.js";
import { safeParse } from "../formats/zod-parse.js";
import { ContextSchema } from "../model/context.js";
import { IsoDateSchema } from "../model/date.js";
import type { Matrix, MatrixCell, MatrixRow } from "../model/matrix.js";
import { WaiverSchema } from "../model/waiver.js";
import {
  EvaluateOptionsSchema,
  evaluatePrepared,
  parseInput,
  prepareEvaluation,
} from "./evaluate.js";
import { refuseForbiddenKeys } from "./forbidden-input-keys.js";
import { refusePollutedHost } from "./host-pollution.js";
import { defaultLimits, LimitsSchema } from "./limits.js";

/** Options for `evaluateMatrix`. */
export const MatrixOptionsSchema = z.strictObject({
  registry: EvaluateOptionsSchema.shape.registry,
  /** The profiles (kinds of buyer) to evaluate for, each with its own policies and context. */
  profiles: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** The date of the decision (`YYYY-MM-DD`). */
  asOf: IsoDateSchema,
  /** Context given to every profile; it overrides each profile's defaults key by key. */
  context: z.optional(ContextSchema),
  waivers: z.optional(z.array(WaiverSchema)),
  limits: z.optional(LimitsSchema),
});

/** Options for `evaluateMatrix`. */
export type MatrixOptions = z.input<typeof MatrixOptionsSchema>;

function parseOptions(options: unknown): z.output<typeof MatrixOptionsSchema> {
  refuseForbiddenKeys(options, ["options"], ["registry"]);
  const parsed = safeParse(MatrixOptionsSchema, options);
  if (parsed.success) return parsed.data;
  throw new VendorgateError(
    "The matrix options are not valid",
    zodIssues(parsed.error.issues, ["options"]),
  );
}

/**
 * Evaluates one product for several kinds of buyer at once: each profile with its own policies
 * and context, on one date. Returns a matrix of profile × policy → verdict, each cell with its
 * findings; the product is validated once. Throws `VendorgateError` on bad input.
 * @example
 * const matrix = evaluateMatrix(product, {
 *   registry: bundledRegistry(),
 *   profiles: ["jp-national-ministry", "us-federal-agency", "gb-telecom-provider"],
 *   asOf: "2025-06-01",
 * });
 * matrix.rows[1].cells["us-ndaa-889"].verdict; // "prohibited"
 */
export function evaluateMatrix(product: unknown, options: MatrixOptions): Matrix {
  refusePollutedHost();
  const { profiles, asOf, registry, context, waivers, limits } = parseOptions(options);
  const parsed = parseInput(product, limits ?? defaultLimits);
  const columns: string[] = [];
  let productInfo: Matrix["product"] = { name: "" };
  const rows = profiles.map((id, i): MatrixRow => {
    let report: ReturnType<typeof evaluatePrepared>;
    try {
      const prepared = prepareEvaluation({
        registry,
        profile: id,
        asOf,
        ...(context ? { context } : {}),
        ...(waivers ? { waivers } : {}),
        ...(limits ? { limits } : {}),
      });
      report = evaluatePrepared(parsed, prepared);
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      throw new VendorgateError(
        `Profile "${id}": ${error.message}`,
        error.issues.map((issue) =>
          issue.path.length === 0 ? { ...issue, path: ["options", "profiles", i] } : issue,
        ),
      );
    }
    productInfo = report.product;
    const cells: Record<string, MatrixCell> = {};
    for (const result of report.policies) {
      if (!columns.includes(result.id)) columns.push(result.id);
      cells[result.id] = {
        ...(result.version !== undefined ? { version: result.version } : {}),
        applies: result.applies,
        ...(result.reason !== undefined ? { reason: result.reason } : {}),
        verdict: result.verdict,
        findings: result.findings,
      };
    }
    return { profile: id, title: registry.profile(id).title, verdict: report.verdict, cells };
  });
  return { asOf, product: productInfo, policies: columns, rows };
}
