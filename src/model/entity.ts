import * as z from "zod/mini";
import { PartialDateSchema } from "./date.js";
import { CitationSchema, SourceSchema } from "./source.js";

/** An entity id: kebab-case, such as `huawei`. */
export const EntityIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Expected a kebab-case id such as huawei"));

/** A name as written somewhere, with the source that shows it. */
export const NameSchema = z.strictObject({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** `exact`: the whole name must be this (for brands that are common words, such as Honor). */
  match: z.optional(z.enum(["token", "exact"])),
  /** `false`: names one edit away from this one are not near misses (for common words). */
  nearMiss: z.optional(z.boolean()),
  source: CitationSchema,
  note: z.optional(z.string()),
});

/** A name with its source. */
export type Name = z.output<typeof NameSchema>;

/**
 * Identifier schemes the matcher understands. `fcc-grantee` matches the start of an FCC ID;
 * `purl-namespace` (`maven/com.huawei`, `npm/@huaweicloud`, `github/zte`) matches a package URL
 * of that type whose namespace is it or starts with it (by `.` segments for Maven, `/` else);
 * `cpe-vendor` matches the vendor of a CPE 2.2 or 2.3 name; `domain` matches a web address or
 * e-mail address at that domain or under it.
 */
export const IdentifierSchemeSchema = z.enum([
  "fcc-grantee",
  "uscc",
  "lei",
  "duns",
  "cage",
  "stock",
  "purl-namespace",
  "cpe-vendor",
  "domain",
]);

/** An identifier of an entity, with its source. */
export const EntityIdentifierSchema = z.strictObject({
  scheme: IdentifierSchemeSchema,
  value: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)),
  source: CitationSchema,
  note: z.optional(z.string()),
});

/** An identifier of an entity. */
export type EntityIdentifier = z.output<typeof EntityIdentifierSchema>;

/**
 * A subsidiary, brand or other affiliate of an entity, covered while the affiliation lasts.
 * Partial dates are read to cover the most: `from` at its first day, `until` at its last.
 */
export const AffiliateSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** `exact`: the whole name must be the affiliate's name (for brands that are common words). */
  match: z.optional(z.enum(["token", "exact"])),
  /** `false`: names one edit away from the affiliate's names are not near misses. */
  nearMiss: z.optional(z.boolean()),
  aliases: z.optional(z.array(NameSchema)),
  identifiers: z.optional(z.array(EntityIdentifierSchema)),
  relation: z.string().check(z.minLength(1)),
  from: z.optional(PartialDateSchema),
  until: z.optional(PartialDateSchema),
  source: CitationSchema,
  note: z.optional(z.string()),
});

/** An affiliate of an entity with the dates the affiliation started and ended. */
export type Affiliate = z.output<typeof AffiliateSchema>;

/** A covered entity: its names in every script, aliases, identifiers and affiliates, each cited. */
export const EntitySchema = z.strictObject({
  id: EntityIdSchema,
  name: z.string().check(z.minLength(1)),
  names: z.array(NameSchema).check(z.minLength(1)),
  aliases: z.optional(z.array(NameSchema)),
  identifiers: z.optional(z.array(EntityIdentifierSchema)),
  affiliates: z.optional(z.array(AffiliateSchema)),
  /** `false`: no near misses for any of the entity's names (they stay exact or look-alike only). */
  nearMiss: z.optional(z.boolean()),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  note: z.optional(z.string()),
});

/** A covered entity. */
export type Entity = z.output<typeof EntitySchema>;
