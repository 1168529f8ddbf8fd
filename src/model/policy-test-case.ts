import * as z from "zod";
import { ContextSchema } from "./context.js";
import { IsoDateSchema } from "./date.js";
import { MatchViaSchema } from "./report.js";
import { VerdictSchema } from "./verdict.js";

/** A finding a test case expects; only the keys given are compared. */
export const ExpectedFindingSchema = z.strictObject({
  ruleId: z.string().optional(),
  path: z.array(z.string()).optional(),
  entity: z.string().optional(),
  via: MatchViaSchema.optional(),
  verdict: VerdictSchema.optional(),
});

/** One policy test case: a product, a buyer and a date, and the verdict expected. */
export const PolicyTestCaseSchema = z.strictObject({
  name: z.string().min(1),
  /** A policy spec; defaults to the policy the test file sits beside. */
  policy: z.string().min(1).optional(),
  asOf: IsoDateSchema,
  context: ContextSchema.optional(),
  product: z.unknown(),
  expect: z.strictObject({
    verdict: VerdictSchema,
    applies: z.boolean().optional(),
    version: z.string().optional(),
    /** Findings that must be present (each matched on the keys it gives). */
    findings: z.array(ExpectedFindingSchema).optional(),
    /** When true, the report must hold exactly the findings listed. */
    exactFindings: z.boolean().optional(),
  }),
});

/** One policy test case. */
export type PolicyTestCase = z.output<typeof PolicyTestCaseSchema>;

/** A file of test cases for one policy. */
export const PolicyTestFileSchema = z.strictObject({
  $schema: z.string().optional(),
  policy: z.string().min(1).optional(),
  cases: z.array(PolicyTestCaseSchema).min(1),
});

/** A file of test cases. */
export type PolicyTestFile = z.output<typeof PolicyTestFileSchema>;
