// vendorgate: screening products against versioned vendor-restriction policies. Policy
// maintainers' tools (validation, tests, diff, impact, signing, the JSON Schema) are in
// `vendorgate/maintain`.
export type { CompiledPolicy } from "./engine/compiled-policy.js";
export type { EvaluateOptions, SafeEvaluateResult } from "./engine/evaluate.js";
export { EvaluateOptionsSchema, evaluate, safeEvaluate } from "./engine/evaluate.js";
export { evaluateMany } from "./engine/evaluate-many.js";
export type { MatrixOptions } from "./engine/evaluate-matrix.js";
export { evaluateMatrix, MatrixOptionsSchema } from "./engine/evaluate-matrix.js";
export type { HorizonOptions } from "./engine/horizon.js";
export { HorizonOptionsSchema, horizon } from "./engine/horizon.js";
export type { Limits } from "./engine/limits.js";
export { defaultLimits, LimitsSchema } from "./engine/limits.js";
export type { ParsedProduct } from "./engine/parse-product.js";
export { parseProduct } from "./engine/parse-product.js";
export { findingPath } from "./engine/path-stack.js";
export type { Issue, IssueCode, IssuePath } from "./errors.js";
export { formatIssues, formatPath, VendorgateError } from "./errors.js";
export { fromCycloneDX } from "./formats/cyclonedx/from-cyclonedx.js";
export type { DocumentFormat } from "./formats/detect-format.js";
export { DocumentFormatSchema, detectFormat, detectTextFormat } from "./formats/detect-format.js";
export type { DocumentInput, FormatReader } from "./formats/format-reader.js";
export { importDocument, importText } from "./formats/import-document.js";
export type { ImportOptions } from "./formats/import-options.js";
export { ImportOptionsSchema } from "./formats/import-options.js";
export { fromSPDX } from "./formats/spdx/from-spdx.js";
export type { Signature, SignaturePurpose } from "./maintain/signature.js";
export { PublicKeySchema, SignatureSchema } from "./maintain/signature.js";
export * from "./model/schemas.js";
export { compareVerdicts, maxVerdict } from "./model/verdict.js";
export { normalizeName } from "./names/normalize.js";
export type { FetchPackOptions, FetchPackResult } from "./pack/fetch-pack.js";
export { fetchPack } from "./pack/fetch-pack.js";
export { isStale, packAgeDays } from "./pack/freshness.js";
export type { LoadPackOptions } from "./pack/load-pack.js";
export { LoadPackOptionsSchema, loadPack } from "./pack/load-pack.js";
export type { Pack, PackInfo, PackManifest } from "./pack/pack-schema.js";
export { PackManifestSchema, PackSchema, packFormat } from "./pack/pack-schema.js";
export type { PackInput } from "./pack/read-pack.js";
export { packDigest, readPack } from "./pack/read-pack.js";
export type {
  RescreenItem,
  RescreenOptions,
  RescreenResult,
  RescreenStats,
} from "./pack/rescreen.js";
export { rescreen } from "./pack/rescreen.js";
export type { UpdateScope } from "./pack/update-scope.js";
export { verifyPack } from "./pack/verify-pack.js";
export { bundledRegistry } from "./registry/bundled.js";
export type { PolicySpec } from "./registry/policy-spec.js";
export { parsePolicySpec } from "./registry/policy-spec.js";
export type {
  PolicyVersionInfo,
  Registry,
  RegistryOptions,
  Resolution,
} from "./registry/registry.js";
export { createRegistry } from "./registry/registry.js";
export { renderHtml } from "./render/html/render-html.js";
export { renderJunit } from "./render/junit.js";
export { renderMarkdown } from "./render/markdown.js";
export type { RenderOptions, ReportEntry } from "./render/report-entry.js";
export { RenderOptionsSchema, ReportEntrySchema } from "./render/report-entry.js";
export { renderSarif } from "./render/sarif.js";
export { version } from "./version.js";
export type { CategoryTerm } from "./vocabulary/categories.js";
export { categoryVocabulary } from "./vocabulary/categories.js";
export { componentTypeSynonyms } from "./vocabulary/component-types.js";
