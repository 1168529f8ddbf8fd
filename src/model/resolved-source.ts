import * as z from "zod/mini";
import { SourceSchema } from "./source.js";

/** A source as reports show it: the source itself plus the section relied on. */
export const ResolvedSourceSchema = z.extend(SourceSchema, { section: z.optional(z.string()) });

/** A source with the section relied on. */
export type ResolvedSource = z.output<typeof ResolvedSourceSchema>;
