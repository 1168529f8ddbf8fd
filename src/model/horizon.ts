import * as z from "zod/mini";
import { defineSchema } from "../util/define-schema.js";
import { IsoDateSchema } from "./date.js";
import { FindingSchema } from "./report.js";
import { VerdictSchema } from "./verdict.js";

/** Why a date is one on which a verdict can change, read from the policy data. */
export const HorizonCauseKindSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum([
    "version-in-force",
    "version-ends",
    "rule-starts",
    "rule-ends",
    "affiliation-starts",
    "affiliation-ends",
    "dated-condition",
    "waiver-expires",
  ]),
);

/** Why a verdict can change on a date. */
export type HorizonCauseKind = z.output<typeof HorizonCauseKindSchema>;

/** One event of the policy data that falls on a change date. */
export const HorizonCauseSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    kind: HorizonCauseKindSchema,
    /** The policy version the event belongs to (absent for a waiver without a policy). */
    policy: z.optional(z.object({ id: z.string(), version: z.string() })),
    ruleId: z.optional(z.string()),
    entity: z.optional(z.string()),
    affiliate: z.optional(z.string()),
    waiver: z.optional(z.string()),
    /** In words: "rule 4g-removal-by-2027-12-31 comes into force", "TikTok Ltd leaves bytedance". */
    description: z.string(),
  }),
);

/** One event behind a change. */
export type HorizonCause = z.output<typeof HorizonCauseSchema>;

/** One policy's verdict before and on a change date. */
export const HorizonPolicyChangeSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    id: z.string(),
    version: z.optional(z.string()),
    previousVersion: z.optional(z.string()),
    applies: z.boolean(),
    verdict: VerdictSchema,
    previous: VerdictSchema,
  }),
);

/** One policy's verdict before and on a change date. */
export type HorizonPolicyChange = z.output<typeof HorizonPolicyChangeSchema>;

/** A date on which the product's verdict changes, with what changes it. */
export const HorizonChangeSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    date: IsoDateSchema,
    /** The verdict from this date. */
    verdict: VerdictSchema,
    /** The verdict on the day before. */
    previous: VerdictSchema,
    /** The policies whose verdict (or version) changes on this date. */
    policies: z.array(HorizonPolicyChangeSchema),
    /** The events of the policy data on this date, for the policies that change. */
    causes: z.array(HorizonCauseSchema),
    /** The findings that decide the changed policies' verdicts from this date (rule, source, part). */
    findings: z.array(FindingSchema),
    /** The findings that decided them on the day before, when the verdict goes down. */
    previousFindings: z.array(FindingSchema),
  }),
);

/** A date on which the verdict changes. */
export type HorizonChange = z.output<typeof HorizonChangeSchema>;

/** The verdict on `asOf` and every date up to `until` on which it changes. */
export const HorizonSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    asOf: IsoDateSchema,
    until: IsoDateSchema,
    product: z.object({ name: z.string(), id: z.optional(z.string()) }),
    verdict: VerdictSchema,
    changes: z.array(HorizonChangeSchema),
  }),
);

/** The verdict on `asOf` and every date up to `until` on which it changes. */
export type Horizon = z.output<typeof HorizonSchema>;
