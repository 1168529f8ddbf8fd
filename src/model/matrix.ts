import * as z from "zod/mini";
import { defineSchema } from "../util/define-schema.js";
import { IsoDateSchema } from "./date.js";
import { FindingSchema } from "./report.js";
import { VerdictSchema } from "./verdict.js";

/** One profile × policy cell: the policy's outcome for that profile's buyer. */
export const MatrixCellSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /** The version resolved for `asOf`; absent when none is in force. */
    version: z.optional(z.string()),
    applies: z.boolean(),
    /** Why the policy does not apply for this buyer, when it does not. */
    reason: z.optional(z.string()),
    verdict: VerdictSchema,
    findings: z.array(FindingSchema),
  }),
);

/** One profile × policy cell. */
export type MatrixCell = z.output<typeof MatrixCellSchema>;

/** One row: a profile, its overall verdict, and a cell for each of its policies. */
export const MatrixRowSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    profile: z.string(),
    title: z.string(),
    verdict: VerdictSchema,
    /** By policy id; a policy the profile does not name has no cell. */
    cells: z.record(z.string(), MatrixCellSchema),
  }),
);

/** One profile's row of the matrix. */
export type MatrixRow = z.output<typeof MatrixRowSchema>;

/** One product's verdicts for several kinds of buyer at once: profile × policy. */
export const MatrixSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    asOf: IsoDateSchema,
    product: z.object({ name: z.string(), id: z.optional(z.string()) }),
    /** The columns: every policy id some profile names, in first-seen order. */
    policies: z.array(z.string()),
    rows: z.array(MatrixRowSchema),
  }),
);

/** One product's verdicts for several kinds of buyer at once. */
export type Matrix = z.output<typeof MatrixSchema>;
