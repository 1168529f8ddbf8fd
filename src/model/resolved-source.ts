import * as z from "zod";
import { SourceSchema } from "./source.js";

/** A source as reports show it: the source itself plus the section relied on. */
export const ResolvedSourceSchema = SourceSchema.extend({ section: z.string().optional() });

/** A source with the section relied on. */
export type ResolvedSource = z.output<typeof ResolvedSourceSchema>;
