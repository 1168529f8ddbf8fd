// vendorgate/maintain: for policy maintainers. Validate, test, compare, measure and sign policy
// versions, and get the JSON Schema of policy documents. Screening is in `vendorgate`.
export type { EntityCatalogue } from "../engine/compile-policy.js";
export { compilePolicy } from "../engine/compile-policy.js";
export type { PolicyTestResult } from "../engine/run-policy-tests.js";
export { runPolicyTests } from "../engine/run-policy-tests.js";
export { policyJsonSchema } from "../model/policy-json-schema.js";
export type { PolicyTestCase, PolicyTestFile } from "../model/policy-test-case.js";
export { PolicyTestCaseSchema, PolicyTestFileSchema } from "../model/policy-test-case.js";
export { packJsonSchema } from "../pack/pack-schema.js";
export type { PackBuildManifest, PackContent } from "./build-pack.js";
export { buildPack } from "./build-pack.js";
export type { Bump } from "./bump.js";
export { entityCatalogue } from "./catalogue.js";
export type { IdChanges, PackDiff, PackImpactRow } from "./pack-diff.js";
export { diffPacks, packImpact } from "./pack-diff.js";
export type { PolicyChange, PolicyDiff } from "./policy-diff.js";
export { diffPolicies, refineWithImpact } from "./policy-diff.js";
export type { ImpactCase, ImpactRow, PolicyImpact } from "./policy-impact.js";
export { loosens, policyImpact } from "./policy-impact.js";
export { generateSigningKey, keyIdOf, signDigest, verifyDigest } from "./signature.js";
export { validatePolicy } from "./validate-policy.js";
