import * as z from "zod";
import { IsoDateSchema } from "./date.js";
import { EntityIdSchema, EntitySchema } from "./entity.js";
import { BasisSchema, CitationSchema, SourceSchema } from "./source.js";
import { VerdictSchema } from "./verdict.js";

/** A JSON Logic expression; its operations are checked when the policy is compiled. */
export const JsonLogicSchema = z
  .json()
  .meta({ description: "A JSON Logic expression over the rule view (see the README)." });

/** A period during which something is in force: from `from` (inclusive) until `until` (inclusive). */
export const EffectiveSchema = z.strictObject({
  from: IsoDateSchema,
  until: IsoDateSchema.optional(),
});

/** A period in force. */
export type Effective = z.output<typeof EffectiveSchema>;

/** A named exception: when its condition holds, the rule's finding is lifted and reported as such. */
export const ExceptionSchema = z.strictObject({
  id: EntityIdSchema,
  when: JsonLogicSchema,
  message: z.string().min(1),
  source: CitationSchema,
  basis: BasisSchema,
  note: z.string().optional(),
});

/** A named exception to a rule. */
export type Exception = z.output<typeof ExceptionSchema>;

/**
 * A rule: when its condition holds for a component, the component (and so the product) gets the
 * rule's verdict. `reach: "root"` tests only the product itself; `"tree"` (the default) tests
 * every component, and a match anywhere taints the product.
 */
export const RuleSchema = z.strictObject({
  id: EntityIdSchema,
  verdict: VerdictSchema.exclude(["allowed", "indeterminate"]),
  when: JsonLogicSchema,
  unless: z.array(ExceptionSchema).optional(),
  effective: z
    .strictObject({ from: IsoDateSchema.optional(), until: IsoDateSchema.optional() })
    .optional(),
  reach: z.enum(["tree", "root"]).optional(),
  message: z.string().min(1),
  source: CitationSchema,
  basis: BasisSchema,
  note: z.string().optional(),
});

/** A rule of a policy. */
export type Rule = z.output<typeof RuleSchema>;

/**
 * A policy document: one version of one jurisdiction's vendor restriction. `entities` lists
 * covered entities, each inline or as the id of an entity in the registry's catalogue.
 */
export const PolicySchema = z.strictObject({
  $schema: z.string().optional(),
  id: EntityIdSchema,
  version: z.string().min(1),
  jurisdiction: z.string().regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code such as JP"),
  title: z.string().min(1),
  summary: z.string().optional(),
  bound: z.string().min(1).optional(),
  effective: EffectiveSchema,
  sources: z.array(SourceSchema).min(1),
  scope: JsonLogicSchema,
  entities: z.array(z.union([EntityIdSchema, EntitySchema])),
  rules: z.array(RuleSchema).min(1),
  note: z.string().optional(),
});

/** A policy document as written. */
export type PolicyDocument = z.output<typeof PolicySchema>;
