import validRange from "semver/ranges/valid.js";
import * as z from "zod/mini";
import { SignatureSchema } from "../maintain/signature.js";

/** The format tag every pack carries; a new tag means an engine that does not know it refuses it. */
export const packFormat = "vendorgate-pack/1";

/** What a pack says about itself. Every field is signed. */
export const PackManifestSchema = z.strictObject({
  /** The pack's name, such as `vendorgate-bundled`: revisions compare only within one name. */
  name: z
    .string()
    .check(z.regex(/^[a-z0-9][a-z0-9._-]{0,99}$/, "Expected a lower-case name (a-z, 0-9, . _ -)")),
  /** Grows with every build: an app refuses a revision lower than the one it has (a rollback). */
  revision: z.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
  /** When the pack was built, an ISO 8601 UTC date-time such as `2026-01-31T12:00:00Z`. */
  created: z.iso.datetime(),
  /** The engine versions that may load it, a semver range such as `^0.1.0`. */
  engine: z.string().check(
    z.minLength(1),
    z.refine((range) => validRange(range) !== null, "Expected a semver range"),
  ),
  /** Days after `created` when the data counts as stale: reports warn, or evaluation refuses. */
  maxAgeDays: z.number().check(z.int(), z.positive(), z.lte(36_500)),
});

/** What a pack says about itself: name, revision, creation time, engine range and maximum age. */
export type PackManifest = z.output<typeof PackManifestSchema>;

/** The test cases of one policy, as its `tests/*.json` file holds them. */
export const PackTestsSchema = z.strictObject({
  /** The policy id the cases belong to. */
  policy: z.string().check(z.minLength(1)),
  /** The file's name inside the policy's `tests/` folder. */
  file: z.string().check(z.minLength(1)),
  cases: z.array(z.unknown()),
});

/**
 * A policy pack: one file holding entities, policy versions, profiles and test cases, with one
 * Ed25519 signature over the canonical digest of everything but the signature itself.
 * Entities, policies and profiles are checked by their own schemas when the pack is loaded.
 */
export const PackSchema = z.strictObject({
  format: z.literal(packFormat),
  manifest: PackManifestSchema,
  /** Entity documents (see the policy JSON Schema's entities). */
  entities: z.array(z.unknown()),
  /** Policy documents (see `policy.schema.json`). */
  policies: z.array(z.unknown()),
  /** Profiles: named sets of policies for kinds of buyer. */
  profiles: z.array(z.unknown()),
  /** The policies' test cases. */
  tests: z.array(PackTestsSchema),
  /** Ed25519 over `digest` (purpose `pack`); a pack without one is refused by every loader. */
  signature: z.optional(SignatureSchema),
});

/** A policy pack. */
export type Pack = z.output<typeof PackSchema>;

/** What a registry says about the pack it serves. */
export interface PackInfo {
  name: string;
  revision: number;
  created: string;
  engine: string;
  maxAgeDays: number;
  /** The `sha256:` digest the signature covers. */
  digest: string;
  /** The id of the key that signed it. */
  keyId: string;
}

/**
 * The JSON Schema (draft 2020-12) of policy packs, generated from `PackSchema`.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}
