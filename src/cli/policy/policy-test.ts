import { parseArgs } from "node:util";
import { createRegistry, formatPath } from "../../index.js";
import { safeParse, zodIssues } from "../../internal.js";
import {
  diffPolicies,
  entityCatalogue,
  loosens,
  type PolicyTestCase,
  PolicyTestFileSchema,
  policyImpact,
  refineWithImpact,
  runPolicyTests,
  validatePolicy,
} from "../../maintain/index.js";
import type { CliIo } from "../io.js";
import { type PolicyFolder, readCatalogue, readPolicyFolders } from "./policy-files.js";
import { issueLines } from "./policy-validate.js";

interface Tally {
  passed: number;
  failed: number;
}

function testCases(folder: PolicyFolder, io: CliIo, tally: Tally): PolicyTestCase[] {
  const cases: PolicyTestCase[] = [];
  for (const file of folder.tests) {
    const parsed = safeParse(PolicyTestFileSchema, file.value);
    if (!parsed.success) {
      tally.failed++;
      io.stdout(`  ✖ ${file.path} is not a valid test file\n`);
      for (const issue of zodIssues(parsed.error.issues, []))
        io.stdout(`      ${formatPath(issue.path)}: ${issue.message}\n`);
      continue;
    }
    cases.push(...parsed.data.cases);
  }
  return cases;
}

/**
 * Checks version numbers: each version against the one before it, on the newer version's own
 * test cases. A number that understates the change (or does not grow) is a failure.
 */
function checkVersions(
  compiled: NonNullable<ReturnType<typeof validatePolicy>["policy"]>[],
  cases: readonly PolicyTestCase[],
  io: CliIo,
  tally: Tally,
): void {
  for (let i = 1; i < compiled.length; i++) {
    const before = compiled[i - 1] as (typeof compiled)[number];
    const after = compiled[i] as (typeof compiled)[number];
    const corpus = cases.map((c) => ({
      name: c.name,
      product: c.product,
      asOf: c.asOf,
      ...(c.context ? { context: c.context } : {}),
    }));
    const impact = policyImpact(before, after, corpus);
    const diff = refineWithImpact(diffPolicies(before, after), {
      loosened: loosens(impact),
      corpusSize: corpus.length,
    });
    const line = `${before.version} → ${after.version}: needs ${diff.requiredBump}, states ${diff.statedBump ?? "a smaller number"}`;
    if (diff.understated) {
      tally.failed++;
      io.stdout(`  ✖ version ${line}\n`);
      for (const change of diff.changes.filter((c) => c.bump === diff.requiredBump)) {
        io.stdout(`      ${change.bump}: ${change.subject}: ${change.detail}\n`);
      }
    } else {
      tally.passed++;
      io.stdout(`  ✔ version ${line}\n`);
    }
  }
}

/**
 * `vendorgate policy test [DIR]`: compiles every version under DIR (default `policies`), runs
 * each policy's test cases, and checks each version number against the change it makes.
 * Prints a line per case and a diff for each failure; exit 1 when anything fails.
 */
export async function policyTest(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { entities: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const dir = positionals[0] ?? "policies";
  const folders = await readPolicyFolders(dir, io);
  const catalogue = entityCatalogue(await readCatalogue(values.entities ?? `${dir}/entities`, io));
  const tally: Tally = { passed: 0, failed: 0 };
  for (const folder of folders) {
    io.stdout(`${folder.id}\n`);
    const compiled = [];
    for (const file of folder.versions) {
      const { issues, policy } = validatePolicy(file.value, catalogue);
      if (policy) compiled.push(policy);
      else {
        tally.failed++;
        io.stdout(`  ✖ ${file.path} does not compile\n${issueLines(`      ${file.path}`, issues)}`);
      }
    }
    if (compiled.length !== folder.versions.length) continue;
    const registry = createRegistry({ policies: compiled.map((policy) => policy.document) });
    const cases = testCases(folder, io, tally);
    for (const result of runPolicyTests(registry, cases, folder.id)) {
      if (result.passed) {
        tally.passed++;
        io.stdout(`  ✔ ${result.name}\n`);
      } else {
        tally.failed++;
        io.stdout(`  ✖ ${result.name}\n${result.problems.map((p) => `      ${p}\n`).join("")}`);
      }
    }
    try {
      checkVersions(compiled, cases, io, tally);
    } catch (error) {
      tally.failed++;
      io.stdout(
        `  ✖ version check could not run: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
  }
  io.stdout(`\n${tally.passed} passed, ${tally.failed} failed\n`);
  return tally.failed > 0 ? 1 : 0;
}
