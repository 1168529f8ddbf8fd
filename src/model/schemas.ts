export type {
  Attributes,
  Component,
  ComponentType,
  Identifiers,
  Party,
  Product,
} from "./component.js";
export { ComponentSchema, ComponentTypeSchema, PartySchema, ProductSchema } from "./component.js";
export type { Buyer, Context, Phase } from "./context.js";
export { BuyerSectorSchema, ContextSchema, PhaseSchema } from "./context.js";
export type { IsoDate } from "./date.js";
export type { Affiliate, Entity, EntityIdentifier, Name } from "./entity.js";
export { EntitySchema } from "./entity.js";
export type {
  Horizon,
  HorizonCause,
  HorizonCauseKind,
  HorizonChange,
  HorizonPolicyChange,
} from "./horizon.js";
export {
  HorizonCauseKindSchema,
  HorizonCauseSchema,
  HorizonChangeSchema,
  HorizonPolicyChangeSchema,
  HorizonSchema,
} from "./horizon.js";
export type { Matrix, MatrixCell, MatrixRow } from "./matrix.js";
export { MatrixCellSchema, MatrixRowSchema, MatrixSchema } from "./matrix.js";
export type { Exception, PolicyDocument, Rule } from "./policy.js";
export { ExceptionSchema, PolicySchema, RuleSchema } from "./policy.js";
export type { Profile } from "./profile.js";
export { ProfileSchema } from "./profile.js";
export type {
  DataGap,
  Finding,
  FindingEntity,
  GapSummary,
  MatchVia,
  PolicyResult,
  Report,
  TrailStep,
  WaiverUse,
  Warning,
} from "./report.js";
export {
  FindingEntitySchema,
  FindingSchema,
  GapSummarySchema,
  MatchViaSchema,
  PolicyResultSchema,
  ReportSchema,
  TrailStepSchema,
  WarningSchema,
} from "./report.js";
export type { Basis, Source } from "./source.js";
export { BasisSchema, SourceSchema } from "./source.js";
export type { Verdict } from "./verdict.js";
export { VerdictSchema } from "./verdict.js";
export type { Waiver } from "./waiver.js";
export { WaiverSchema } from "./waiver.js";
