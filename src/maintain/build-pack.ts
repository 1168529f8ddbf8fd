import { VendorgateError } from "../errors.js";
import { safeParse } from "../formats/zod-parse.js";
import { PolicyTestCaseSchema } from "../model/policy-test-case.js";
import { type Pack, type PackManifest, PackSchema, packFormat } from "../pack/pack-schema.js";
import { packDigest } from "../pack/read-pack.js";
import { createRegistry } from "../registry/registry.js";
import { version } from "../version.js";
import { signDigest } from "./signature.js";

/** What goes into a pack: the documents as a `policies/` folder holds them. */
export interface PackContent {
  entities: readonly unknown[];
  policies: readonly unknown[];
  profiles: readonly unknown[];
  tests: readonly { policy: string; file: string; cases: readonly unknown[] }[];
}

/** The manifest fields of a new pack; `created` defaults to now, `engine` to `^` this version. */
export type PackBuildManifest = Omit<PackManifest, "created" | "engine"> &
  Partial<Pick<PackManifest, "created" | "engine">>;

function checkTests(tests: PackContent["tests"]): void {
  const issues = tests.flatMap((file, i) =>
    file.cases.flatMap((item, j) => {
      const parsed = safeParse(PolicyTestCaseSchema, item);
      return parsed.success
        ? []
        : parsed.error.issues.map((issue) => ({
            code: "invalid_input" as const,
            path: ["tests", i, "cases", j, ...(issue.path as (string | number)[])],
            message: `${file.policy}/tests/${file.file}: ${issue.message}`,
          }));
    }),
  );
  if (issues.length > 0) throw new VendorgateError("Some test cases are not valid", issues);
}

/**
 * Builds and signs a pack. The content is checked first (every entity, policy version, profile
 * and test case, as a registry would load them), so a pack that would be refused is never signed.
 * Throws `VendorgateError` listing every problem.
 * @example
 * const pack = await buildPack(content, { name: "my-policies", revision: 7, maxAgeDays: 90 }, jwk);
 */
export async function buildPack(
  content: PackContent,
  manifest: PackBuildManifest,
  privateKey: JsonWebKey,
): Promise<Pack> {
  createRegistry({
    entities: content.entities,
    policies: content.policies,
    profiles: content.profiles,
  });
  checkTests(content.tests);
  const parsed = safeParse(PackSchema, {
    format: packFormat,
    manifest: {
      name: manifest.name,
      revision: manifest.revision,
      created: manifest.created ?? new Date().toISOString(),
      engine: manifest.engine ?? `^${version}`,
      maxAgeDays: manifest.maxAgeDays,
    },
    entities: content.entities,
    policies: content.policies,
    profiles: content.profiles,
    tests: content.tests,
  });
  if (!parsed.success) {
    throw new VendorgateError(
      "The pack manifest is not valid",
      parsed.error.issues.map((issue) => ({
        code: "invalid_input" as const,
        path: issue.path as (string | number)[],
        message: issue.message,
      })),
    );
  }
  const unsigned = parsed.data;
  const signature = await signDigest(packDigest(unsigned), privateKey, "pack");
  return { ...unsigned, signature };
}
