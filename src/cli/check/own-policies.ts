import { type Registry, readPack, VendorgateError, verifyPack } from "../../index.js";
import { createRegistryOf, downloadPack, releaseKey } from "../../internal.js";
import type { CheckArgs } from "../args.js";
import { InputError } from "../cli-error.js";
import { readInput } from "../input/read-input.js";
import type { CliIo } from "../io.js";
import { packProblem } from "../pack/pack-files.js";
import { readJson } from "../policy/policy-files.js";
import { publicKey } from "../policy/policy-signing.js";
import { issueLines } from "../policy/policy-validate.js";

/** The registry a check runs with when it has `--pack` or `--policy-file`, and the specs those add. */
export interface OwnPolicies {
  registry: Registry;
  /** `id@version` of each `--policy-file`, checked beside the named policies. */
  specs: string[];
}

async function packBytes(source: string, io: CliIo): Promise<string | Uint8Array> {
  if (!/^https?:\/\//.test(source)) return readInput(source, io);
  const result = await downloadPack(source, {});
  if (result.status !== "downloaded") throw new InputError(`--pack ${source}: no pack received`);
  return result.bytes;
}

/** A verified pack, as a registry that `--policy-file` versions can still be added to. */
async function packRegistry(source: string, keyArgs: readonly string[], io: CliIo) {
  const keys =
    keyArgs.length > 0 ? await Promise.all(keyArgs.map((k) => publicKey(k, io))) : [releaseKey];
  try {
    const pack = readPack(await packBytes(source, io));
    const info = await verifyPack(pack, keys);
    return createRegistryOf(
      { entities: pack.entities, policies: pack.policies, profiles: pack.profiles },
      false,
      info,
    );
  } catch (error) {
    if (error instanceof VendorgateError)
      throw new InputError(`--pack ${source}: ${packProblem(error)}`);
    throw error;
  }
}

/**
 * Builds the registry for `--pack` (verified against `--key`, default the release key) and
 * `--policy-file` (each the user's own policy document, its entities inline or named from the
 * catalogue); `undefined` when neither is given.
 */
export async function ownPolicies(
  args: CheckArgs,
  io: CliIo,
  bundled: () => Registry,
): Promise<OwnPolicies | undefined> {
  if (args.pack === undefined && args.policyFiles.length === 0) return undefined;
  const registry =
    args.pack === undefined ? bundled() : await packRegistry(args.pack, args.keys, io);
  const specs: string[] = [];
  for (const file of args.policyFiles) {
    const document = await readJson(file, io);
    try {
      const { id, version } = registry.add(document);
      specs.push(`${id}@${version}`);
    } catch (error) {
      if (error instanceof VendorgateError)
        throw new InputError(issueLines(file, error.issues).trimEnd());
      throw error;
    }
  }
  return { registry, specs };
}
