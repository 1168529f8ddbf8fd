import * as z from "zod/mini";
import { ContextSchema } from "./context.js";
import { IsoDateSchema } from "./date.js";
import { MatchViaSchema } from "./report.js";
import { VerdictSchema } from "./verdict.js";

/** A finding a test case expects; only the keys given are compared. */
export const ExpectedFindingSchema = z.strictObject({
  ruleId: z.optional(z.string()),
  path: z.optional(z.array(z.string())),
  entity: z.optional(z.string()),
  via: z.optional(MatchViaSchema),
  verdict: z.optional(VerdictSchema),
});

/** One policy test case: a product, a buyer and a date, and the verdict expected. */
export const PolicyTestCaseSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** A policy spec; defaults to the policy the test file sits beside. */
  policy: z.optional(z.string().check(z.minLength(1))),
  asOf: IsoDateSchema,
  context: z.optional(ContextSchema),
  product: z.unknown(),
  expect: z.strictObject({
    verdict: VerdictSchema,
    applies: z.optional(z.boolean()),
    version: z.optional(z.string()),
    /** Findings that must be present (each matched on the keys it gives). */
    findings: z.optional(z.array(ExpectedFindingSchema)),
    /** When true, the report must hold exactly the findings listed. */
    exactFindings: z.optional(z.boolean()),
  }),
});

/** One policy test case. */
export type PolicyTestCase = z.output<typeof PolicyTestCaseSchema>;

/** A file of test cases for one policy. */
export const PolicyTestFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  policy: z.optional(z.string().check(z.minLength(1))),
  cases: z.array(PolicyTestCaseSchema).check(z.minLength(1)),
});

/** A file of test cases. */
export type PolicyTestFile = z.output<typeof PolicyTestFileSchema>;
