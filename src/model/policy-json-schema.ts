import * as z from "zod/mini";
import { PolicySchema } from "./policy.js";

/**
 * The JSON Schema (draft 2020-12) of policy documents, generated from `PolicySchema`. Policy
 * files can name it in `$schema` so editors validate them while they are typed.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PolicySchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
