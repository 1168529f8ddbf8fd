import { parseArgs } from "node:util";
import { createRegistry, type Pack, type Registry, VendorgateError } from "../../index.js";
import { diffPacks, type ImpactCase, type PackDiff, packImpact } from "../../maintain/index.js";
import { contextFlags } from "../args.js";
import { InputError, UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { impactContext, nameOf, readCorpus } from "../policy/policy-diff.js";
import { packProblem, readPackFile } from "./pack-files.js";

function registryOf(file: string, pack: Pack): Registry {
  try {
    return createRegistry({
      entities: pack.entities,
      policies: pack.policies,
      profiles: pack.profiles,
    });
  } catch (error) {
    if (error instanceof VendorgateError) throw new InputError(`${file}: ${packProblem(error)}`);
    throw error;
  }
}

function ids(label: string, changes: { added: string[]; removed: string[]; changed?: string[] }) {
  const parts = [
    ...changes.added.map((id) => `+${id}`),
    ...changes.removed.map((id) => `-${id}`),
    ...(changes.changed ?? []).map((id) => `~${id}`),
  ];
  return parts.length > 0 ? [`${label}: ${parts.join(" ")}`] : [];
}

function textOf(a: Pack, b: Pack, diff: PackDiff, impact?: ReturnType<typeof packImpact>): string {
  const lines = [
    `${a.manifest.name} revision ${a.manifest.revision} → ${b.manifest.name} revision ${b.manifest.revision}`,
    ...ids("entities", diff.entities),
    ...ids("versions", diff.versions),
    ...ids("profiles", diff.profiles),
  ];
  for (const policy of diff.policies) {
    lines.push(`${policy.id} ${policy.from.version} → ${policy.to.version}`);
    for (const change of policy.changes)
      lines.push(`  ${change.bump.padEnd(5)} ${change.subject}: ${change.detail}`);
    if (policy.understated)
      lines.push(`  the version number understates a ${policy.requiredBump} change`);
  }
  if (lines.length === 1) lines.push("no changes");
  if (impact) {
    lines.push("", `products whose outcome changes: ${impact.changed.length}`);
    for (const row of impact.changed) {
      lines.push(`  ${row.name} under ${row.policy}: ${row.from} → ${row.to}`);
      for (const finding of row.added) lines.push(`    + ${finding}`);
      for (const finding of row.removed) lines.push(`    - ${finding}`);
      for (const source of row.sources) lines.push(`    source ${source}`);
    }
    for (const failure of impact.failed) lines.push(`  ! ${failure.name}: ${failure.message}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `vendorgate pack diff OLD NEW [--corpus FLEET --as-of D --buyer-sector S ...] [--format json]`:
 * what changed between two packs (entities, versions, each policy's newest version, profiles)
 * and, with a corpus, which products change outcome under which policy, with rules and sources.
 * The packs' signatures are not checked (`pack verify` does).
 */
export async function packDiff(argv: readonly string[], io: CliIo, now: Date): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { corpus: { type: "string" }, format: { type: "string" }, ...contextFlags },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 2) throw new UsageError("pack diff takes two pack files: OLD NEW");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  const [fileA, fileB] = positionals as [string, string];
  const [a, b] = await Promise.all([readPackFile(fileA, io), readPackFile(fileB, io)]);
  const registryA = registryOf(fileA, a);
  const registryB = registryOf(fileB, b);
  const diff = diffPacks(registryA, registryB);
  let impact: ReturnType<typeof packImpact> | undefined;
  if (values.corpus !== undefined) {
    const asOf = values["as-of"] ?? now.toISOString().slice(0, 10);
    const context = impactContext(values);
    const corpus: ImpactCase[] = (await readCorpus(values.corpus, io)).map((product, i) => ({
      name: nameOf(product, i),
      product,
      asOf,
      context,
    }));
    impact = packImpact(registryA, registryB, corpus);
  }
  if (format === "json")
    io.stdout(`${JSON.stringify({ ...diff, ...(impact ? { impact } : {}) }, null, 2)}\n`);
  else io.stdout(textOf(a, b, diff, impact));
  return 0;
}
