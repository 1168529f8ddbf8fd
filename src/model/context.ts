import * as z from "zod/mini";
import { IsoDateSchema } from "./date.js";

/** The kinds of buyer the bundled policies distinguish. */
export const BuyerSectorSchema = z.enum([
  "government",
  "government-contractor",
  "telecom-carrier",
  "critical-infrastructure",
  "private",
]);

/** Who is buying or using the product. */
export const BuyerSchema = z.strictObject({
  sector: z.optional(BuyerSectorSchema),
  jurisdiction: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 country code such as JP")),
  ),
  body: z.optional(z.string().check(z.minLength(1))),
});

/** Who is buying or using the product. */
export type Buyer = z.output<typeof BuyerSchema>;

/**
 * Whether the buyer is acquiring the product (`acquire`, the default) or keeping installed
 * equipment in service (`operate`): many instruments bar new purchases from one date and
 * installed equipment only from a later deadline.
 */
export const PhaseSchema = z.enum(["acquire", "operate"]);

/** Acquiring new equipment, or keeping installed equipment in service. */
export type Phase = z.output<typeof PhaseSchema>;

/**
 * The situation a product is judged in. A policy's `scope` reads it to decide whether the
 * policy applies. `asOf` is always supplied by the caller: the engine never reads the clock.
 */
export const ContextSchema = z.strictObject({
  asOf: z.optional(IsoDateSchema),
  buyer: z.optional(BuyerSchema),
  use: z.optional(z.string().check(z.minLength(1))),
  purpose: z.optional(z.string().check(z.minLength(1))),
  phase: z.optional(PhaseSchema),
  attributes: z.optional(
    z.record(z.string().check(z.minLength(1)), z.union([z.string(), z.number(), z.boolean()])),
  ),
});

/** The situation a product is judged in. */
export type Context = z.output<typeof ContextSchema>;

/**
 * A context over defaults (such as a profile's), key by key: `buyer` and `attributes` are merged
 * one key at a time, every other key given replaces the default.
 */
export function mergeContext(
  defaults: Context | undefined,
  given: Context | undefined,
): Context | undefined {
  if (!defaults) return given;
  if (!given) return defaults;
  const buyer = defaults.buyer || given.buyer ? { ...defaults.buyer, ...given.buyer } : undefined;
  const attributes =
    defaults.attributes || given.attributes
      ? { ...defaults.attributes, ...given.attributes }
      : undefined;
  return {
    ...defaults,
    ...given,
    ...(buyer ? { buyer } : {}),
    ...(attributes ? { attributes } : {}),
  };
}
