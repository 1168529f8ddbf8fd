import * as z from "zod/mini";
import { defineSchema } from "../util/define-schema.js";
import { IsoDateSchema } from "./date.js";
import { ResolvedSourceSchema } from "./resolved-source.js";
import { BasisSchema } from "./source.js";
import { VerdictSchema } from "./verdict.js";

/** How a covered name was disguised, when it was found only as a look-alike. */
export const DisguiseSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /**
     * What was undone: `confusable` (look-alike letters or digits), `invisible` (characters that
     * show nothing), `reordered` (a right-to-left override), `spacing` (punctuation or spaces
     * inside the name), `compound` (the name run together with another word).
     */
    kinds: z.array(z.enum(["confusable", "invisible", "reordered", "spacing", "compound"])),
    /** Characters swapped for look-alikes, as `written→expected`, such as `н→h` or `0→o`. */
    swapped: z.optional(z.array(z.string())),
    /** Invisible characters removed, as `U+XXXX`. */
    removed: z.optional(z.array(z.string())),
  }),
);

/** How a covered name was disguised. */
export type Disguise = z.output<typeof DisguiseSchema>;

/** How a covered entity was recognised (see `FindingEntitySchema.via`). */
export const MatchViaSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum(["name", "alias", "affiliate", "identifier", "look-alike", "near-miss"]),
);

/** How a covered entity was recognised. */
export type MatchVia = z.output<typeof MatchViaSchema>;

/** The covered entity behind a finding, and how it was recognised. */
export const FindingEntitySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /** The entity's id, such as `huawei`. */
    id: z.string(),
    /** The component's own text that matched. */
    matched: z.string(),
    /**
     * `name`, `alias`, `affiliate`, `identifier` (an FCC grantee code, package-URL namespace, CPE
     * vendor, web or e-mail domain), `look-alike` (a disguised spelling: the rule's own verdict) or
     * `near-miss` (a name a small edit away: at most `review`).
     */
    via: MatchViaSchema,
    /** The policy's name, alias or identifier that the text matched (or, for a near miss, resembles). */
    alias: z.string(),
    /** For `identifier`: the scheme, such as `fcc-grantee`, `purl-namespace`, `cpe-vendor`, `domain`, `email-domain`. */
    scheme: z.optional(z.string()),
    /** For `look-alike`: what was undone to find the name. */
    disguise: z.optional(DisguiseSchema),
    /** For `near-miss`: how alike the text and the alias are, from 0 to 1 (1 - edits / length). */
    similarity: z.optional(z.number()),
    /** `true` when the evidence only supports a `review` (a near miss, a person's e-mail domain). */
    reviewOnly: z.optional(z.boolean()),
    /** Where on the component: `manufacturer`, `brand`, `supplier`, `identifiers.fccId`, ... */
    field: z.string(),
    /** The affiliate's name, when the match was through an affiliate. */
    affiliate: z.optional(z.string()),
    /** Where an imported document gave the party, such as `cyclonedx:publisher`. */
    origin: z.optional(z.string()),
  }),
);

/** One rule's decision about one component, on one path from the product. */
export const FindingSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    policy: z.object({ id: z.string(), version: z.string() }),
    ruleId: z.string(),
    /** The verdict that counts, after exceptions and waivers. */
    verdict: VerdictSchema,
    /** The rule's own verdict, before exceptions, waivers or missing data changed it. */
    ruleVerdict: VerdictSchema,
    /**
     * Component names from the product (first) down to the component concerned (last), on the
     * first path that reaches it. A path deeper than 64 names keeps the product and the 63 names
     * nearest the component; `pathOmitted` counts the names left out and `trailAt` rebuilds it.
     */
    path: z.array(z.string()),
    /** How many names were left out of `path` after the product (only on very deep paths). */
    pathOmitted: z.optional(z.number().check(z.int(), z.positive())),
    /** Where the full path ends in `report.trail` (only when `pathOmitted` is set). */
    trailAt: z.optional(z.number().check(z.int(), z.nonnegative())),
    /**
     * How many paths from the product reach this component with this outcome, when more than one
     * (a shared sub-assembly): the finding is reported once, not once per path.
     */
    occurrences: z.optional(z.number().check(z.int(), z.gte(2))),
    /** The first few of those paths (up to 5), `path` first, each shortened like `path`. */
    paths: z.optional(z.array(z.array(z.string()))),
    /** The component's `id`, when it has one. */
    componentId: z.optional(z.string()),
    entity: z.optional(FindingEntitySchema),
    source: ResolvedSourceSchema,
    basis: BasisSchema,
    message: z.string(),
    /**
     * Data that would settle the rule (when it could not be decided, including a covered part
     * raised to `review` because a fact the rule needs is unknown) or an exception (when not lifted).
     */
    missing: z.optional(z.array(z.string())),
    /** The exception that lifted the finding. */
    exception: z.optional(
      z.object({
        id: z.string(),
        message: z.string(),
        source: ResolvedSourceSchema,
        basis: BasisSchema,
      }),
    ),
    /** The waiver that lifted or lowered the finding. */
    waiver: z.optional(
      z.object({
        id: z.string(),
        reason: z.string(),
        approver: z.string(),
        expires: IsoDateSchema,
      }),
    ),
  }),
);

/** The covered entity behind a finding, and how it was recognised. */
export type FindingEntity = z.output<typeof FindingEntitySchema>;

/** One rule's decision about one component. */
export type Finding = z.output<typeof FindingSchema>;

/** The outcome under one requested policy. */
export const PolicyResultSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    id: z.string(),
    /** The version resolved for `asOf`; absent when no version is in force. */
    version: z.optional(z.string()),
    title: z.optional(z.string()),
    jurisdiction: z.optional(z.string()),
    /** Whether the policy is in force on `asOf` and its scope covers the context. */
    applies: z.boolean(),
    /** Why the policy does not apply, when it does not. */
    reason: z.optional(z.string()),
    verdict: VerdictSchema,
    findings: z.array(FindingSchema),
  }),
);

/** The outcome under one policy. */
export type PolicyResult = z.output<typeof PolicyResultSchema>;

/** Something to find out: data whose absence left a rule undecided. */
export const DataGapSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    path: z.array(z.string()),
    data: z.string(),
    rules: z.array(z.string()),
  }),
);

/** A piece of missing data and the rules it would decide. */
export type DataGap = z.output<typeof DataGapSchema>;

/**
 * Parts whose maker is not known to be covered and that leave rules undecided for want of one
 * piece of data, summarised: how many, the rules, and a few sample paths. Their findings are
 * listed one by one only with the `allGaps` option; they count in every verdict either way.
 */
export const GapSummarySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /** The missing data, such as `component.manufacturer` or `component.categories`. */
    data: z.string(),
    /** How many undecided findings lack it (one per part and rule). */
    findings: z.number().check(z.int(), z.positive()),
    /** `policy/rule` for each rule it would decide. */
    rules: z.array(z.string()),
    /** The first few paths (up to 5), in report order, shortened like a finding's `path`. */
    samples: z.array(z.array(z.string())),
  }),
);

/** Undecided findings about parts of unknown origin, summarised per missing piece of data. */
export type GapSummary = z.output<typeof GapSummarySchema>;

/** One step of a shortened path: a component name and the step above it (absent at the product). */
export const TrailStepSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    name: z.string(),
    parent: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
);

/** One step of a shortened path. */
export type TrailStep = z.output<typeof TrailStepSchema>;

/** How a waiver given to `evaluate` was used. */
export const WaiverUseSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    id: z.string(),
    status: z.enum(["applied", "unused", "expired"]),
    findings: z.number().check(z.int()),
  }),
);

/** How a waiver was used. */
export type WaiverUse = z.output<typeof WaiverUseSchema>;

/**
 * Something the report's reader should know that did not stop the evaluation, such as a quirk
 * an importer accepted in the document (`code`, the path into the input, and what was done).
 */
export const WarningSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    /** What kind of warning, such as `dangling_ref` or `party_without_kind`. */
    code: z.string(),
    /** Where in the input (object keys and array indexes from its root). */
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
  }),
);

/** Something the report's reader should know that did not stop the evaluation. */
export type Warning = z.output<typeof WarningSchema>;

/** What a report records so the decision can be reproduced and audited. */
export const StampSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    engine: z.object({ name: z.literal("vendorgate"), version: z.string() }),
    asOf: IsoDateSchema,
    /** `sha256:` digest of the product's canonical JSON (keys sorted). */
    input: z.string(),
    /** `sha256:` digest of the canonical JSON of the policy specs, context and waivers. */
    options: z.string(),
    policies: z.array(z.object({ id: z.string(), version: z.string(), digest: z.string() })),
  }),
);

/** The answer for one product. */
export const ReportSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    verdict: VerdictSchema,
    asOf: IsoDateSchema,
    product: z.object({ name: z.string(), id: z.optional(z.string()) }),
    policies: z.array(PolicyResultSchema),
    findings: z.array(FindingSchema),
    dataGaps: z.array(DataGapSchema),
    /** Undecided findings about parts of unknown origin, per missing data (see `allGaps`). */
    gapSummary: z.array(GapSummarySchema),
    /**
     * The steps of paths too deep to give in full, shared between them: follow `parent` from a
     * finding's `trailAt` to the product. Present only when some path was shortened.
     */
    trail: z.optional(z.array(TrailStepSchema)),
    waivers: z.array(WaiverUseSchema),
    /**
     * Warnings about the input and the policies: quirks an importer accepted in the document (with
     * their paths), `stale` when the policy pack is past its maximum age; absent when none.
     */
    warnings: z.optional(z.array(WarningSchema)),
    stamp: StampSchema,
  }),
);

/** The answer for one product: verdict, per-policy results, findings, data gaps and the stamp. */
export type Report = z.output<typeof ReportSchema>;
