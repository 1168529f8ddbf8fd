import * as z from "zod";
import { IsoDateSchema } from "./date.js";
import { VerdictSchema } from "./verdict.js";

/**
 * A waiver: an approved decision to accept findings within a scope until a date. Every scope key
 * given must match; at least one is required.
 */
export const WaiverSchema = z
  .strictObject({
    id: z.string().min(1),
    /** A policy id; the waiver covers findings of this policy only. */
    policy: z.string().min(1).optional(),
    rule: z.string().min(1).optional(),
    entity: z.string().min(1).optional(),
    /** Component names from the product down; covers findings at or below this path. */
    path: z.array(z.string()).min(1).optional(),
    /** The product's name or id. */
    product: z.string().min(1).optional(),
    reason: z.string().min(1),
    approver: z.string().min(1),
    /** The last day the waiver counts. */
    expires: IsoDateSchema,
    /** The verdict a waived finding takes (default `allowed`). */
    verdict: VerdictSchema.optional(),
  })
  .refine(
    (waiver) =>
      waiver.policy !== undefined ||
      waiver.rule !== undefined ||
      waiver.entity !== undefined ||
      waiver.path !== undefined ||
      waiver.product !== undefined,
    { message: "A waiver needs a scope: at least one of policy, rule, entity, path or product" },
  );

/** An approved acceptance of findings. */
export type Waiver = z.output<typeof WaiverSchema>;
