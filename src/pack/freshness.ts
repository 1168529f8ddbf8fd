import { VendorgateError } from "../errors.js";
import type { Warning } from "../model/report.js";
import type { PackInfo } from "./pack-schema.js";

const day = 86_400_000;

/** How many days old a pack is at `now` (fractional; negative when created in the future). */
export function packAgeDays(pack: PackInfo, now: Date): number {
  return (now.getTime() - Date.parse(pack.created)) / day;
}

/** Whether a pack is past its maximum age at `now`. */
export function isStale(pack: PackInfo, now: Date): boolean {
  return packAgeDays(pack, now) > pack.maxAgeDays;
}

function describe(pack: PackInfo, now: Date): string {
  const age = Math.floor(packAgeDays(pack, now));
  return `The policy pack ${pack.name} revision ${pack.revision} was built ${pack.created}, ${age} days ago, past its maximum age of ${pack.maxAgeDays} days: newer law may be missing; load a newer pack`;
}

/**
 * The warnings a report carries about the pack behind it: `stale` when past its maximum age.
 * With `refuse`, a stale pack throws `VendorgateError` (code `stale_data`) instead (default `warn`).
 */
export function freshnessWarnings(
  pack: PackInfo | undefined,
  now: Date,
  stale?: "warn" | "refuse",
): Warning[] {
  if (!pack || !isStale(pack, now)) return [];
  const message = describe(pack, now);
  if (stale === "refuse") {
    throw new VendorgateError("Refusing to evaluate with stale policy data", [
      { code: "stale_data", path: ["options", "registry"], message },
    ]);
  }
  return [{ code: "stale", path: [], message }];
}
