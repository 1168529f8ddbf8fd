import * as z from "zod/mini";
import { VendorgateError } from "../errors.js";
import { safeParse } from "../formats/zod-parse.js";
import { createRegistry, type Registry } from "../registry/registry.js";
import type { PackInput } from "./read-pack.js";

/** Options for `loadPack`. */
export const LoadPackOptionsSchema = z.strictObject({
  /** Public keys (`ed25519:...`) whose pack signatures are accepted. At least one. */
  trustedKeys: z.readonly(z.array(z.string()).check(z.minLength(1))),
});

/** Options for `loadPack`. */
export type LoadPackOptions = z.input<typeof LoadPackOptionsSchema>;

/**
 * Verifies a signed policy pack (its bytes, text or JSON value) and returns a registry serving
 * it, created with the same trusted keys so later packs can replace it (`registry.loadPack`).
 * Rejects with `VendorgateError` saying why: unsigned, tampered with, signed by an untrusted
 * key, made for another engine version, or not a valid pack.
 * @example
 * const registry = await loadPack(await readFile("policies.pack.json"), {
 *   trustedKeys: ["ed25519:8ACO8z0LSO_2e6lt2oA9aA_el_tx6WozgDhEpqy6iQw"],
 * });
 */
export async function loadPack(input: PackInput, options: LoadPackOptions): Promise<Registry> {
  const parsed = safeParse(LoadPackOptionsSchema, options);
  if (!parsed.success) {
    throw new VendorgateError(
      "The loadPack options are not valid",
      parsed.error.issues.map((issue) => ({
        code: "invalid_input" as const,
        path: ["options", ...(issue.path as (string | number)[])],
        message: issue.message,
      })),
    );
  }
  const registry = createRegistry({ trustedKeys: parsed.data.trustedKeys });
  await registry.loadPack(input);
  return registry;
}
