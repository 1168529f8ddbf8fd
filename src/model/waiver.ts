import * as z from "zod/mini";
import { IsoDateSchema } from "./date.js";
import { VerdictSchema } from "./verdict.js";

/**
 * A waiver: an approved decision to accept findings within a scope until a date. Every scope key
 * given must match; at least one is required.
 */
export const WaiverSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    /** A policy id; the waiver covers findings of this policy only. */
    policy: z.optional(z.string().check(z.minLength(1))),
    rule: z.optional(z.string().check(z.minLength(1))),
    entity: z.optional(z.string().check(z.minLength(1))),
    /** Component names from the product down; covers findings at or below this path. */
    path: z.optional(z.array(z.string()).check(z.minLength(1))),
    /** The product's name or id. */
    product: z.optional(z.string().check(z.minLength(1))),
    reason: z.string().check(z.minLength(1)),
    approver: z.string().check(z.minLength(1)),
    /** The last day the waiver counts. */
    expires: IsoDateSchema,
    /** The verdict a waived finding takes (default `allowed`). */
    verdict: z.optional(VerdictSchema),
  })
  .check(
    z.refine(
      (waiver) =>
        waiver.policy !== undefined ||
        waiver.rule !== undefined ||
        waiver.entity !== undefined ||
        waiver.path !== undefined ||
        waiver.product !== undefined,
      { message: "A waiver needs a scope: at least one of policy, rule, entity, path or product" },
    ),
  );

/** An approved acceptance of findings. */
export type Waiver = z.output<typeof WaiverSchema>;
