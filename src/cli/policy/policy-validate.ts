import { parseArgs } from "node:util";
import { formatPath, type Issue } from "../../index.js";
import { entityCatalogue, validatePolicy } from "../../maintain/index.js";
import { UsageError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { entitiesBeside, readCatalogue, readJson } from "./policy-files.js";

/** One line per problem: `FILE: path: message`. */
export function issueLines(file: string, issues: readonly Issue[]): string {
  return issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}\n`).join("");
}

/**
 * `vendorgate policy validate FILE... [--entities DIR]`: every problem in each policy file at
 * once, with its JSON path. Entities named by id come from DIR (default: the `entities` folder
 * beside the policy's folder, else the bundled catalogue). Exit 2 on any problem.
 */
export async function policyValidate(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { entities: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError("policy validate needs at least one FILE");
  let problems = 0;
  // Files in one folder share one catalogue: read and check it once.
  const catalogues = new Map<string, ReturnType<typeof entityCatalogue>>();
  for (const file of positionals) {
    const document = await readJson(file, io);
    const dir = values.entities ?? entitiesBeside(file);
    let catalogue = catalogues.get(dir);
    if (!catalogue) {
      catalogue = entityCatalogue(await readCatalogue(dir, io));
      catalogues.set(dir, catalogue);
    }
    const { issues, policy } = validatePolicy(document, catalogue);
    if (policy)
      io.stdout(`✔ ${file}: ${policy.id}@${policy.version} is valid (${policy.digest})\n`);
    else {
      problems += issues.length;
      io.stderr(issueLines(file, issues));
    }
  }
  if (problems > 0) io.stderr(`${problems} problem${problems === 1 ? "" : "s"} found\n`);
  return problems > 0 ? 2 : 0;
}
