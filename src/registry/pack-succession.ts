import { VendorgateError } from "../errors.js";
import type { PackInfo } from "../pack/pack-schema.js";

function refusePack(code: "rollback" | "invalid_input", message: string): never {
  throw new VendorgateError(`The pack is refused: ${message}`, [
    { code, path: ["manifest"], message },
  ]);
}

/**
 * Checks that a verified pack may replace the one a registry serves: same name, higher revision.
 * Returns false when it is the pack already served (nothing to do); throws when it is refused.
 */
export function checkSuccession(current: PackInfo | undefined, next: PackInfo): boolean {
  if (!current) return true;
  if (current.name !== next.name) {
    refusePack(
      "invalid_input",
      `This registry serves pack "${current.name}", not "${next.name}"; load that into a new registry`,
    );
  }
  if (next.revision === current.revision && next.digest === current.digest) return false;
  if (next.revision <= current.revision) {
    refusePack(
      "rollback",
      `Pack ${next.name} revision ${next.revision} is not newer than revision ${current.revision}, which the registry serves (a rollback)`,
    );
  }
  return true;
}
