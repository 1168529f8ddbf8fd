import * as z from "zod/mini";
import { parse } from "../formats/zod-parse.js";

/** Bounds on the work one evaluation may do; inputs past them are refused with a clear error. */
export const LimitsSchema = z.strictObject({
  /** Component nodes in one product (shared sub-assemblies count once). */
  maxComponents: z._default(z.number().check(z.int(), z.positive()), 5_000_000),
  /**
   * Components visited when a policy must walk every path through shared sub-assemblies (a rule
   * reads a component's ancestors, or a waiver names a path), and states (a component at one
   * depth) when a rule reads `depth`. Other policies count paths without walking them. Never
   * fewer than the product's own components: a tree is walked whatever the limit.
   */
  maxExpandedComponents: z._default(z.number().check(z.int(), z.positive()), 1_000_000),
  /** Levels of nesting below the product. */
  maxDepth: z._default(z.number().check(z.int(), z.positive()), 1_000_000),
  /**
   * Findings in one report, each part's outcome under a rule counted once however many paths
   * reach it. A product past it is refused rather than reported in part.
   */
  maxFindings: z._default(z.number().check(z.int(), z.positive()), 5_000_000),
  /** Characters in any one name or text field. */
  maxTextLength: z._default(z.number().check(z.int(), z.positive()), 10_000),
});

/** Bounds on the work of one evaluation. */
export type Limits = z.output<typeof LimitsSchema>;

/** The limits used when none are given. */
export const defaultLimits: Limits = parse(LimitsSchema, {});
