import { parseArgs } from "node:util";
import { createRegistry, isStale, packAgeDays, VendorgateError, verifyPack } from "../../index.js";
import { UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { publicKey } from "../policy/policy-signing.js";
import { packProblem, readPackFile } from "./pack-files.js";

/**
 * `vendorgate pack verify FILE --key PUBLIC_KEY|FILE`: checks the pack's signature, its engine
 * range and its content (as a registry would load it). Exit 1 when it would be refused.
 */
export async function packVerify(argv: readonly string[], io: CliIo, now: Date): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { key: { type: "string", multiple: true } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1 || !values.key?.length)
    throw new UsageError("pack verify needs FILE and --key PUBLIC_KEY (or a .pub file)");
  const keys = await Promise.all(values.key.map((key) => publicKey(key, io)));
  const pack = await readPackFile(file, io);
  try {
    const info = await verifyPack(pack, keys);
    createRegistry({ entities: pack.entities, policies: pack.policies, profiles: pack.profiles });
    const age = packAgeDays(info, now);
    io.stdout(
      `✔ ${file}: ${info.name} revision ${info.revision}, ${info.digest}, signed by ${info.keyId}\n  built ${info.created} (${Math.floor(age)} days ago, maximum age ${info.maxAgeDays} days${isStale(info, now) ? ": STALE" : ""}), engine ${info.engine}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof VendorgateError)) throw error;
    io.stderr(`✖ ${file}: ${packProblem(error)}\n`);
    return 1;
  }
}
