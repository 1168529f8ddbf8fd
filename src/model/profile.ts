import * as z from "zod/mini";
import { ContextSchema } from "./context.js";
import { EntityIdSchema } from "./entity.js";

/**
 * A profile: a named set of policies and a default context for one kind of buyer (a Japanese
 * ministry, a US federal agency), so an app need not know every policy id.
 */
export const ProfileSchema = z.strictObject({
  id: EntityIdSchema,
  title: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  /** Policy specs, `id` or `id@range`. */
  policies: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Context defaults; what the caller gives overrides them key by key. */
  context: z.optional(ContextSchema),
});

/** A named set of policies and context defaults for a kind of buyer. */
export type Profile = z.output<typeof ProfileSchema>;
