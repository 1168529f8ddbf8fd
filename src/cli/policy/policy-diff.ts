import { parseArgs } from "node:util";
import { bundledRegistry, type CompiledPolicy, VendorgateError } from "../../index.js";
import { isParsedProduct } from "../../internal.js";
import {
  diffPolicies,
  entityCatalogue,
  type ImpactCase,
  loosens,
  type PolicyDiff,
  type PolicyImpact,
  policyImpact,
  refineWithImpact,
  validatePolicy,
} from "../../maintain/index.js";
import { contextFlags } from "../args.js";
import { InputError, UsageError } from "../cli-error.js";
import { readProducts } from "../input/read-products.js";
import type { CliIo } from "../io.js";
import { entitiesBeside, readCatalogue, readJson } from "./policy-files.js";
import { issueLines } from "./policy-validate.js";

async function loadVersion(
  ref: string,
  entities: string | undefined,
  io: CliIo,
): Promise<CompiledPolicy> {
  if (!ref.endsWith(".json") && /^[a-z0-9-]+@\d/.test(ref)) {
    const [id, version] = ref.split("@") as [string, string];
    const policy = bundledRegistry().get(id, version);
    if (!policy) throw new InputError(`${ref}: no such bundled policy version`);
    return policy;
  }
  const document = await readJson(ref, io);
  const catalogue = entityCatalogue(await readCatalogue(entities ?? entitiesBeside(ref), io));
  const { issues, policy } = validatePolicy(document, catalogue);
  if (!policy) throw new InputError(issueLines(ref, issues).trimEnd());
  return policy;
}

/** The products of a corpus: a folder of product files, or one file (an NDJSON fleet). */
export async function readCorpus(path: string, io: CliIo): Promise<unknown[]> {
  let entries: { name: string; isDirectory: boolean }[] | undefined;
  try {
    entries = await io.listDir(path);
  } catch {
    entries = undefined;
  }
  const files = entries
    ? entries
        .filter((e) => !e.isDirectory && /\.(json|ndjson|jsonl)$/.test(e.name))
        .map((e) => `${path}/${e.name}`)
        .sort()
    : [path];
  const products: unknown[] = [];
  for (const file of files)
    products.push(...(await readProducts(file, io)).products.map((p) => p.product));
  return products;
}

/** A product's name for impact listings. */
export function nameOf(product: unknown, index: number): string {
  const name = isParsedProduct(product)
    ? product.graph.nodes[0]?.view.name
    : (product as { name?: unknown } | null)?.name;
  return typeof name === "string" ? name : `product ${index + 1}`;
}

function printText(diff: PolicyDiff, impact: PolicyImpact | undefined, io: CliIo): void {
  io.stdout(`${diff.id} ${diff.from.version} → ${diff.to.version}\n`);
  if (diff.changes.length === 0) io.stdout("  no changes\n");
  for (const change of diff.changes)
    io.stdout(`  ${change.bump.padEnd(5)} ${change.subject}: ${change.detail}\n`);
  io.stdout(
    `needs a ${diff.requiredBump} bump; the version number states ${diff.statedBump ?? "no increase"}`,
  );
  io.stdout(diff.understated ? " — UNDERSTATED\n" : " — ok\n");
  if (!impact) return;
  io.stdout(
    `\nimpact on the corpus: ${impact.changed.length} changed, ${impact.unchanged} unchanged\n`,
  );
  for (const row of impact.changed) {
    const applies =
      row.applies.from === row.applies.to
        ? ""
        : ` (applies: ${row.applies.from} → ${row.applies.to})`;
    io.stdout(`  ${row.name}: ${row.from} → ${row.to}${applies}\n`);
    for (const finding of row.added) io.stdout(`    + ${finding}\n`);
    for (const finding of row.removed) io.stdout(`    - ${finding}\n`);
  }
  for (const failure of impact.failed) io.stdout(`  ! ${failure.name}: ${failure.message}\n`);
}

/** The buyer and use an impact is judged for, from the context flags. */
export function impactContext(
  values: Partial<Record<keyof typeof contextFlags, string | undefined>>,
): NonNullable<ImpactCase["context"]> {
  const buyer = {
    ...(values["buyer-sector"] ? { sector: values["buyer-sector"] } : {}),
    ...(values["buyer-jurisdiction"] ? { jurisdiction: values["buyer-jurisdiction"] } : {}),
    ...(values["buyer-body"] ? { body: values["buyer-body"] } : {}),
  };
  return {
    ...(Object.keys(buyer).length ? { buyer } : {}),
    ...(values.use ? { use: values.use } : {}),
    ...(values.purpose ? { purpose: values.purpose } : {}),
    ...(values.phase ? { phase: values.phase } : {}),
  } as NonNullable<ImpactCase["context"]>;
}

/**
 * `vendorgate policy diff A B [--corpus DIR|FILE --as-of D --buyer-sector S --buyer-jurisdiction CC
 * ...] [--format text|json]`: what changed between two versions (files, or bundled `id@version`),
 * the bump the change needs, and with a corpus which products change verdict and why.
 */
export async function policyDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      corpus: { type: "string" },
      entities: { type: "string" },
      ...contextFlags,
      format: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 2)
    throw new UsageError("policy diff takes two versions: A B (files or bundled id@version)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json, not "${format}"`);
  const [a, b] = await Promise.all(positionals.map((ref) => loadVersion(ref, values.entities, io)));
  if (!a || !b) throw new UsageError("policy diff takes two versions");
  let diff = diffPolicies(a, b);
  let impact: PolicyImpact | undefined;
  if (values.corpus !== undefined) {
    const context = impactContext(values);
    const asOf =
      values["as-of"] ??
      (a.document.effective.from > b.document.effective.from ? a : b).document.effective.from;
    const corpus: ImpactCase[] = (await readCorpus(values.corpus, io)).map((product, i) => ({
      name: nameOf(product, i),
      product,
      asOf,
      context,
    }));
    try {
      impact = policyImpact(a, b, corpus);
    } catch (error) {
      if (error instanceof VendorgateError)
        throw new InputError(`--corpus ${values.corpus}: ${error.issues[0]?.message}`);
      throw error;
    }
    diff = refineWithImpact(diff, { loosened: loosens(impact), corpusSize: corpus.length });
  }
  if (format === "json")
    io.stdout(`${JSON.stringify({ ...diff, ...(impact ? { impact } : {}) }, null, 2)}\n`);
  else printText(diff, impact, io);
  return 0;
}
