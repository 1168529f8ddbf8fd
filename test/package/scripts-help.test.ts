// Every script under scripts/ that is run from the command line answers --help with its usage,
// and a bad option with one line and the usage, never a stack trace (scripts/lib/script-args.mjs).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const runnable = [
  ...readdirSync(`${root}scripts`)
    .filter((file) => file.endsWith(".mjs"))
    .map((file) => `scripts/${file}`),
  "scripts/bench/write-fleet.mjs",
  "scripts/bench/big-tree.mjs",
];

describe("the scripts", () => {
  it("all read their command line through scriptArgs", () => {
    const without = runnable.filter(
      (file) => !readFileSync(`${root}${file}`, "utf8").includes("scriptArgs("),
    );
    expect(without).toEqual([]);
  });

  for (const file of runnable) {
    it(`${file} answers --help and refuses an unknown option`, () => {
      const help = spawnSync(process.execPath, [file, "--help"], { cwd: root, encoding: "utf8" });
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^Usage: /);
      const bad = spawnSync(process.execPath, [file, "--no-such-option"], {
        cwd: root,
        encoding: "utf8",
      });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/Unknown option '--no-such-option'[\s\S]*Usage: /);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
