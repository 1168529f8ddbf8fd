// Runs the test cases that sit beside each bundled policy (policies/<id>/tests/*.json).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../src/index.js";
import { PolicyTestFileSchema, runPolicyTests } from "../../src/maintain/index.js";

const policiesDir = new URL("../../policies/", import.meta.url);
const registry = bundledRegistry();
const policyDirs = readdirSync(policiesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "entities")
  .map((entry) => entry.name)
  .sort();

describe("bundled policies", () => {
  it("are all in the bundled registry", () => {
    const versions = registry.list().map((p) => `${p.id}@${p.version}`);
    for (const id of policyDirs) {
      const files = readdirSync(new URL(`${id}/`, policiesDir)).filter((f) =>
        /^\d+\.\d+\.\d+\.json$/.test(f),
      );
      expect(files.length, id).toBeGreaterThan(0);
      for (const file of files) expect(versions).toContain(`${id}@${file.replace(/\.json$/, "")}`);
    }
  });

  it("each have test cases", () => {
    for (const id of policyDirs)
      expect(existsSync(new URL(`${id}/tests/`, policiesDir)), id).toBe(true);
  });
});

for (const id of policyDirs) {
  const testDir = new URL(`${id}/tests/`, policiesDir);
  if (!existsSync(testDir)) continue;
  for (const file of readdirSync(testDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const suite = PolicyTestFileSchema.parse(
      JSON.parse(readFileSync(new URL(file, testDir), "utf8")),
    );
    describe(`${id} ${file}`, () => {
      for (const result of runPolicyTests(registry, suite.cases, suite.policy ?? id)) {
        it(result.name, () => {
          expect(result.problems).toEqual([]);
        });
      }
    });
  }
}
