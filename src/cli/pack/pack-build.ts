import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { VendorgateError } from "../../index.js";
import { buildPack } from "../../maintain/index.js";
import { InputError, UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { issueLines } from "../policy/policy-validate.js";
import { readPackContent, readPackFile, readPrivateKey } from "./pack-files.js";

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,15}$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`${flag} must be a positive whole number, not "${value}"`);
  return Number(value);
}

/**
 * `vendorgate pack build DIR --key KEY --out FILE [--revision N | --previous FILE] [--name NAME]
 * [--max-age-days N] [--engine RANGE]`: checks and signs a policies folder into one pack file.
 * Without `--revision`: one more than the `--previous` pack's, else the time in milliseconds.
 */
export async function packBuild(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      key: { type: "string" },
      out: { type: "string" },
      revision: { type: "string" },
      previous: { type: "string" },
      name: { type: "string" },
      "max-age-days": { type: "string" },
      engine: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [dir] = positionals;
  if (dir === undefined || positionals.length > 1 || !values.key || !values.out)
    throw new UsageError("pack build needs DIR, --key PRIVATE_KEY_FILE and --out FILE");
  const previous =
    values.previous === undefined ? undefined : await readPackFile(values.previous, io);
  const revision =
    wholeNumber("--revision", values.revision) ??
    (previous ? previous.manifest.revision + 1 : Date.now());
  if (previous && revision <= previous.manifest.revision)
    throw new UsageError(
      `--revision ${revision} does not grow past ${values.previous}'s revision ${previous.manifest.revision}`,
    );
  const name = values.name ?? previous?.manifest.name ?? basename(resolve(dir)).toLowerCase();
  const maxAgeDays =
    wholeNumber("--max-age-days", values["max-age-days"]) ?? previous?.manifest.maxAgeDays ?? 90;
  const content = await readPackContent(dir, io);
  const key = await readPrivateKey(values.key, io);
  let pack: Awaited<ReturnType<typeof buildPack>>;
  try {
    pack = await buildPack(
      content,
      { name, revision, maxAgeDays, ...(values.engine ? { engine: values.engine } : {}) },
      key,
    );
  } catch (error) {
    if (error instanceof VendorgateError)
      throw new InputError(issueLines(dir, error.issues).trimEnd());
    throw error;
  }
  await io.writeFile(values.out, `${JSON.stringify(pack, null, 1)}\n`);
  io.stdout(
    `built ${values.out}: ${name} revision ${revision}, ${content.policies.length} policy versions, ${content.entities.length} entities, ${content.profiles.length} profiles, ${content.tests.length} test files; signed by ${pack.signature?.keyId}\n`,
  );
  return 0;
}
