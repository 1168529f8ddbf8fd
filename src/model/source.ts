import * as z from "zod/mini";
import { IsoDateSchema } from "./date.js";

/** An identifier for a source, unique within its document (kebab-case). */
export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, "Expected a lowercase id such as far-52-204-25"));

/** A published source a fact or rule rests on. */
export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  title: z.string().check(z.minLength(1)),
  url: z.url(),
  issuer: z.optional(z.string().check(z.minLength(1))),
  date: z.optional(z.union([IsoDateSchema, z.string().check(z.regex(/^\d{4}(-\d{2})?$/))])),
});

/** A published source: title, address, issuer and date. */
export type Source = z.output<typeof SourceSchema>;

/** A citation: a source's id, or the id with the section relied on. */
export const CitationSchema = z.union([
  SourceIdSchema,
  z.strictObject({ id: SourceIdSchema, section: z.optional(z.string().check(z.minLength(1))) }),
]);

/** A citation of a source, optionally with a section. */
export type Citation = z.output<typeof CitationSchema>;

/** How firm the ground under a rule is, from law to newspaper. */
export const BasisSchema = z.enum([
  "statute",
  "regulation",
  "official-guidance",
  "official-statement",
  "press-report",
]);

/** How firm the ground under a rule is. */
export type Basis = z.output<typeof BasisSchema>;

/** The id a citation names. */
export function citedId(citation: Citation): string {
  return typeof citation === "string" ? citation : citation.id;
}
