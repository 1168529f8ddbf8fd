import type * as z from "zod/mini";
import type { Issue, IssuePath } from "../errors.js";

/** zod issues as vendorgate issues (`invalid_input`), their paths under `prefix`. */
export function zodIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath): Issue[] {
  return issues.map((issue) => ({
    code: "invalid_input" as const,
    path: [...prefix, ...(issue.path as (string | number)[])],
    message: issue.message,
  }));
}
