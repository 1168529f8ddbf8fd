import { basename, join } from "node:path";
import { type Pack, readPack, VendorgateError } from "../../index.js";
import type { PackContent } from "../../maintain/index.js";
import { InputError } from "../cli-error.js";
import { readInput } from "../input/read-input.js";
import { decodeUtf8 } from "../input/utf8.js";
import type { CliIo } from "../io.js";
import { readCatalogue, readJson, readPolicyFolders } from "../policy/policy-files.js";

/** Reads a pack file and checks its form (not its signature); `InputError` says what is wrong. */
export async function readPackFile(file: string, io: CliIo): Promise<Pack> {
  const text = await readInput(file, io);
  try {
    return readPack(text);
  } catch (error) {
    if (error instanceof VendorgateError) throw new InputError(`${file}: ${packProblem(error)}`);
    throw error;
  }
}

/** A refusal as one line: the first problem, and where. */
export function packProblem(error: VendorgateError): string {
  const issue = error.issues[0];
  if (!issue) return error.message;
  const at = issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  return `${issue.message}${at}`;
}

async function readProfiles(dir: string, io: CliIo): Promise<unknown[]> {
  const path = join(dir, "profiles.json");
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    return [];
  }
  const text = decodeUtf8(bytes, { label: path, line: 1, offset: 0 });
  try {
    const value = JSON.parse(text) as { profiles?: unknown };
    if (!Array.isArray(value.profiles)) throw new Error("no profiles array");
    return value.profiles;
  } catch (error) {
    throw new InputError(`${join(dir, "profiles.json")}: ${(error as Error).message}`);
  }
}

/**
 * Reads a policies folder as a pack holds it: `entities/*.json`, each `<id>/<version>.json`,
 * each `<id>/tests/*.json` and `profiles.json`.
 */
export async function readPackContent(dir: string, io: CliIo): Promise<PackContent> {
  const folders = await readPolicyFolders(dir, io);
  const tests = folders.flatMap((folder) =>
    folder.tests.map(({ path, value }) => {
      const file = value as { policy?: unknown; cases?: unknown };
      if (!Array.isArray(file?.cases)) throw new InputError(`${path}: has no "cases" array`);
      const policy = typeof file.policy === "string" ? file.policy : folder.id;
      return { policy, file: basename(path), cases: file.cases as unknown[] };
    }),
  );
  return {
    entities: await readCatalogue(join(dir, "entities"), io),
    policies: folders.flatMap((folder) => folder.versions.map((version) => version.value)),
    profiles: await readProfiles(dir, io),
    tests,
  };
}

/** Reads a private key file (a JWK). */
export async function readPrivateKey(file: string, io: CliIo): Promise<JsonWebKey> {
  return (await readJson(file, io)) as JsonWebKey;
}
