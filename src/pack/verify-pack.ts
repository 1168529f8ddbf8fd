import satisfies from "semver/functions/satisfies.js";
import { VendorgateError } from "../errors.js";
import { verifyDigest } from "../maintain/signature.js";
import { version } from "../version.js";
import type { Pack, PackInfo } from "./pack-schema.js";
import { packDigest } from "./read-pack.js";

/** What a pack says about itself, with the digest its signature covers. */
export function packInfoOf(pack: Pack, digest = packDigest(pack)): PackInfo {
  const { name, revision, created, engine, maxAgeDays } = pack.manifest;
  return {
    name,
    revision,
    created,
    engine,
    maxAgeDays,
    digest,
    keyId: pack.signature?.keyId ?? "",
  };
}

/** Whether this engine may load a pack made for `range`. */
export function engineAccepts(range: string, engineVersion: string = version): boolean {
  return satisfies(engineVersion, range, { includePrerelease: true });
}

/**
 * Checks a pack's signature against the trusted keys and its engine range against this engine.
 * Throws `VendorgateError` saying why: `invalid_signature` when unsigned, tampered with or signed
 * by an untrusted key; `incompatible_engine` when made for other engine versions.
 */
export async function verifyPack(
  pack: Pack,
  trustedKeys: readonly string[],
  engineVersion: string = version,
): Promise<PackInfo> {
  const where = `${pack.manifest.name} revision ${pack.manifest.revision}`;
  if (pack.signature === undefined) {
    throw new VendorgateError(`The pack is refused: ${where} is not signed`, [
      {
        code: "invalid_signature",
        path: ["signature"],
        message: `Pack ${where} carries no signature; only signed packs are loaded`,
      },
    ]);
  }
  const digest = packDigest(pack);
  try {
    await verifyDigest(digest, pack.signature, trustedKeys, "pack");
  } catch (error) {
    if (!(error instanceof VendorgateError)) throw error;
    const why = error.issues[0]?.message ?? "the signature does not verify";
    throw new VendorgateError(`The pack is refused: ${why}`, [
      { code: "invalid_signature", path: ["signature"], message: `Pack ${where}: ${why}` },
    ]);
  }
  if (!engineAccepts(pack.manifest.engine, engineVersion)) {
    throw new VendorgateError("The pack is refused: it is made for another engine version", [
      {
        code: "incompatible_engine",
        path: ["manifest", "engine"],
        message: `Pack ${where} needs vendorgate ${pack.manifest.engine}; this is vendorgate ${engineVersion}`,
      },
    ]);
  }
  return packInfoOf(pack, digest);
}
