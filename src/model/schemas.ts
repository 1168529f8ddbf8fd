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
export type { Exception, PolicyDocument, Rule } from "./policy.js";
export { ExceptionSchema, PolicySchema, RuleSchema } from "./policy.js";
export type { Profile } from "./profile.js";
export { ProfileSchema } from "./profile.js";
export type {
  DataGap,
  Finding,
  FindingEntity,
  MatchVia,
  PolicyResult,
  Report,
  WaiverUse,
} from "./report.js";
export {
  FindingEntitySchema,
  FindingSchema,
  MatchViaSchema,
  PolicyResultSchema,
  ReportSchema,
} from "./report.js";
export type { Basis, Source } from "./source.js";
export { BasisSchema, SourceSchema } from "./source.js";
export type { Verdict } from "./verdict.js";
export { VerdictSchema } from "./verdict.js";
export type { Waiver } from "./waiver.js";
export { WaiverSchema } from "./waiver.js";
