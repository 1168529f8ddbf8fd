import { parseArgs } from "node:util";
import { createRegistry, isStale, packAgeDays, VendorgateError } from "../../index.js";
import { packInfoOf } from "../../internal.js";
import { InputError, UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { packProblem, readPackFile } from "./pack-files.js";

/**
 * `vendorgate pack inspect FILE [--format text|json]`: the manifest, the digest and signing key,
 * the age, and each policy version (with its digest), entity, profile and test file. It does not
 * check the signature: `pack verify` does.
 */
export async function packInspect(argv: readonly string[], io: CliIo, now: Date): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { format: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (file === undefined || positionals.length > 1) throw new UsageError("pack inspect needs FILE");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  const pack = await readPackFile(file, io);
  let registry: ReturnType<typeof createRegistry>;
  try {
    registry = createRegistry({
      entities: pack.entities,
      policies: pack.policies,
      profiles: pack.profiles,
    });
  } catch (error) {
    if (error instanceof VendorgateError) throw new InputError(`${file}: ${packProblem(error)}`);
    throw error;
  }
  const info = packInfoOf(pack);
  const summary = {
    ...info,
    signed: pack.signature !== undefined,
    ageDays: Math.floor(packAgeDays(info, now)),
    stale: isStale(info, now),
    policies: registry.list().map(({ id, version, from, until, digest }) => ({
      id,
      version,
      from,
      ...(until ? { until } : {}),
      digest,
    })),
    entities: [...registry.entities.keys()].sort(),
    profiles: registry.profiles().map((profile) => profile.id),
    tests: pack.tests.map((t) => ({ policy: t.policy, file: t.file, cases: t.cases.length })),
  };
  if (format === "json") {
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `${info.name} revision ${info.revision} (${file})`,
    `  digest    ${info.digest}`,
    `  signed    ${summary.signed ? `by key ${info.keyId} (not checked here: use pack verify)` : "NO"}`,
    `  built     ${info.created}, ${summary.ageDays} days ago; maximum age ${info.maxAgeDays} days${summary.stale ? ": STALE" : ""}`,
    `  engine    ${info.engine}`,
    `  policies  ${summary.policies.length} versions`,
    ...summary.policies.map(
      (p) =>
        `    ${p.id}@${p.version}  from ${p.from}${p.until ? ` until ${p.until}` : ""}  ${p.digest}`,
    ),
    `  entities  ${summary.entities.join(", ") || "none"}`,
    `  profiles  ${summary.profiles.join(", ") || "none"}`,
    `  tests     ${summary.tests.reduce((n, t) => n + t.cases, 0)} cases in ${summary.tests.length} files`,
  ];
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
