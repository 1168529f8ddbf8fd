// Types for the differential runner (run.mjs), for the TypeScript test that imports it.

/** What the runner needs of a build of the library. */
export interface DifferentialLib {
  createRegistry(options: {
    entities: unknown[];
    policies: unknown[];
    profiles: unknown[];
  }): unknown;
  evaluate(product: unknown, options: never): unknown;
  importText(text: string): unknown;
  VendorgateError: abstract new (...args: never[]) => Error;
}

/** The pack the cases read: its entities, policies, profiles and test files. */
export interface DifferentialPack {
  entities: unknown[];
  policies: unknown[];
  profiles: unknown[];
  tests: unknown[];
}

/** The example products and documents, and the SBOM fixtures in ../shared/fixtures. */
export function readDocuments(): { name: string; text: string }[];

/** For each option set, the SHA-256 (hex) of a build's answers for its products, in order. */
export function differentialDigests(
  lib: DifferentialLib,
  pack: DifferentialPack,
  documents?: { name: string; text: string }[],
): Record<string, string>;
