// Types for the deep differential cases (deep.mjs), for the TypeScript test that imports them.
import type { DifferentialLib, DifferentialPack } from "./run.d.mts";

/** Deep products, each with its name. */
export function deepProducts(): { name: string; value: unknown }[];

/** Option sets without the registry, each with its name. */
export function deepOptionSets(): { name: string; options: Record<string, unknown> }[];

/** For each option set, the SHA-256 (hex) of a build's reports for the deep products. */
export function deepDigests(
  lib: Omit<DifferentialLib, "importText">,
  pack: DifferentialPack,
): Record<string, string>;
