import { dirname, join } from "node:path";
import semver from "semver";
import { bundledEntityCatalogue } from "../../internal.js";
import { InputError } from "../cli-error.js";
import { readInput } from "../input/read-input.js";
import type { CliIo } from "../io.js";

/** A JSON document read from a file. */
export interface JsonFile {
  path: string;
  value: unknown;
}

/** One policy's folder: its versions (oldest first) and its test files. */
export interface PolicyFolder {
  id: string;
  versions: JsonFile[];
  tests: JsonFile[];
}

const versionFile = /^(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.json$/;

/** Reads and parses a JSON file; `InputError` names the file when it cannot. */
export async function readJson(path: string, io: CliIo): Promise<unknown> {
  const text = await readInput(path, io);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
}

async function listOrEmpty(path: string, io: CliIo) {
  try {
    return await io.listDir(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
}

/** The entity catalogue in `DIR/entities/*.json`, or the bundled catalogue when there is none. */
export async function readCatalogue(
  dir: string | undefined,
  io: CliIo,
): Promise<readonly unknown[]> {
  if (dir === undefined) return bundledEntityCatalogue();
  const entries = (await listOrEmpty(dir, io)).filter(
    (entry) => !entry.isDirectory && entry.name.endsWith(".json"),
  );
  if (entries.length === 0) return bundledEntityCatalogue();
  return Promise.all(
    entries
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((entry) => readJson(join(dir, entry.name), io)),
  );
}

/** The `entities/` folder beside a policy file's folder (`policies/<id>/1.0.0.json` → `policies/entities`). */
export function entitiesBeside(policyFile: string): string {
  return join(dirname(dirname(policyFile)), "entities");
}

/** Reads every policy folder under `dir` (each `DIR/<id>/<version>.json` and `DIR/<id>/tests/*.json`). */
export async function readPolicyFolders(dir: string, io: CliIo): Promise<PolicyFolder[]> {
  let entries: { name: string; isDirectory: boolean }[];
  try {
    entries = await io.listDir(dir);
  } catch {
    throw new InputError(`${dir}: not a readable directory of policies`);
  }
  const folders: PolicyFolder[] = [];
  for (const entry of entries
    .filter((e) => e.isDirectory && e.name !== "entities")
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const base = join(dir, entry.name);
    const files = (await io.listDir(base)).filter(
      (file) => !file.isDirectory && versionFile.test(file.name),
    );
    const versions = files
      .map((file) => file.name.replace(/\.json$/, ""))
      .sort(semver.compare)
      .map((version) => join(base, `${version}.json`));
    const testDir = join(base, "tests");
    const testFiles = (await listOrEmpty(testDir, io))
      .filter((file) => !file.isDirectory && file.name.endsWith(".json"))
      .map((file) => join(testDir, file.name))
      .sort();
    folders.push({
      id: entry.name,
      versions: await Promise.all(
        versions.map(async (path) => ({ path, value: await readJson(path, io) })),
      ),
      tests: await Promise.all(
        testFiles.map(async (path) => ({ path, value: await readJson(path, io) })),
      ),
    });
  }
  if (folders.length === 0)
    throw new InputError(`${dir}: holds no policy folders (<id>/<version>.json)`);
  return folders;
}
