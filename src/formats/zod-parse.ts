import { en } from "zod/locales";
import type * as z from "zod/mini";

// zod/mini loads no locale (its messages would all read "Invalid input"), and a library must not
// change its users' zod setup with `z.config`: every parse of ours passes English messages itself.
let english: z.core.ParseContext<z.core.$ZodIssue> | undefined;

function englishContext(): z.core.ParseContext<z.core.$ZodIssue> {
  english ??= { error: en().localeError };
  return english;
}

/** `schema.safeParse(input)` with zod's English messages. */
export function safeParse<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
): z.core.util.SafeParseResult<z.output<T>> {
  return schema.safeParse(input, englishContext());
}

/** `schema.parse(input)` with zod's English messages (throws zod's error on bad input). */
export function parse<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  return schema.parse(input, englishContext());
}
