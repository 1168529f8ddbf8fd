import * as z from "zod/mini";
import { IsoDateSchema } from "./date.js";
import { EntityIdSchema, EntitySchema } from "./entity.js";
import { BasisSchema, CitationSchema, SourceSchema } from "./source.js";
import type { Verdict } from "./verdict.js";

/** A JSON Logic expression; its operations are checked when the policy is compiled. */
export const JsonLogicSchema = z
  .json()
  .check(z.meta({ description: "A JSON Logic expression over the rule view (see the README)." }));

/** A period during which something is in force: from `from` (inclusive) until `until` (inclusive). */
export const EffectiveSchema = z.strictObject({
  from: IsoDateSchema,
  until: z.optional(IsoDateSchema),
});

/** A period in force. */
export type Effective = z.output<typeof EffectiveSchema>;

/** A named exception: when its condition holds, the rule's finding is lifted and reported as such. */
export const ExceptionSchema = z.strictObject({
  id: EntityIdSchema,
  when: JsonLogicSchema,
  message: z.string().check(z.minLength(1)),
  source: CitationSchema,
  basis: BasisSchema,
  note: z.optional(z.string()),
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
  verdict: z.enum(["review", "restricted", "prohibited"] satisfies Verdict[]),
  when: JsonLogicSchema,
  unless: z.optional(z.array(ExceptionSchema)),
  effective: z.optional(
    z.strictObject({ from: z.optional(IsoDateSchema), until: z.optional(IsoDateSchema) }),
  ),
  reach: z.optional(z.enum(["tree", "root"])),
  message: z.string().check(z.minLength(1)),
  source: CitationSchema,
  basis: BasisSchema,
  note: z.optional(z.string()),
});

/** A rule of a policy. */
export type Rule = z.output<typeof RuleSchema>;

/**
 * A policy document: one version of one jurisdiction's vendor restriction. `entities` lists
 * covered entities, each inline or as the id of an entity in the registry's catalogue.
 */
export const PolicySchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: EntityIdSchema,
  version: z.string().check(z.minLength(1)),
  jurisdiction: z
    .string()
    .check(z.regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 code such as JP")),
  title: z.string().check(z.minLength(1)),
  summary: z.optional(z.string()),
  bound: z.optional(z.string().check(z.minLength(1))),
  effective: EffectiveSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  scope: JsonLogicSchema,
  entities: z.array(z.union([EntityIdSchema, EntitySchema])),
  rules: z.array(RuleSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
});

/** A policy document as written. */
export type PolicyDocument = z.output<typeof PolicySchema>;
