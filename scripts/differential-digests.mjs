// node scripts/differential-digests.mjs [--dist DIR] [--out FILE] [--deep]
// Writes the differential test's expected digests (test/engine/differential-digests.json) from a
// build of the library: by default this worktree's dist/, or --dist, the dist/ of another checkout
// (the pinned commit the digests stand for). See test/engine/differential.test.ts. With --deep,
// the digests of the deep products (test/engine/deep-differential-digests.json) instead.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { deepDigests } from "./differential/deep.mjs";
import { differentialDigests } from "./differential/run.mjs";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: node scripts/differential-digests.mjs [--dist DIR] [--out FILE] [--deep]

Runs the differential cases (scripts/differential/cases.mjs) on a build of vendorgate and writes
one report digest per option set, with the commit the build came from.

  --dist DIR    the build to run (default: ./dist); to pin another commit, check it out in a
                worktree, npm ci && npm run build there, and pass its dist/
  --out FILE    where to write (default: test/engine/differential-digests.json, or
                test/engine/deep-differential-digests.json with --deep)
  --deep        the deep products of scripts/differential/deep.mjs instead
  -h, --help    show this help`;

const { values } = scriptArgs(usage, {
  options: {
    dist: { type: "string", default: "dist" },
    out: { type: "string" },
    deep: { type: "boolean", default: false },
  },
});
const dist = resolve(values.dist);
const lib = await import(pathToFileURL(`${dist}/index.js`).href);
const checkout = dirname(dist);
const commit = execFileSync("git", ["-C", checkout, "rev-parse", "HEAD"], {
  encoding: "utf8",
}).trim();
const dirty = execFileSync(
  "git",
  ["-C", checkout, "status", "--porcelain", "--", "src", "policies", "packs"],
  {
    encoding: "utf8",
  },
).trim();
// The cases read the pack of this checkout, so both builds see the same policies.
const pack = JSON.parse(readFileSync(new URL("../packs/bundled.json", import.meta.url), "utf8"));
const digests = values.deep ? deepDigests(lib, pack) : differentialDigests(lib, pack);
const file =
  values.out ??
  `test/engine/${values.deep ? "deep-differential-digests" : "differential-digests"}.json`;
const out = {
  about:
    "Report digests of the differential test, per option set. Regenerate with scripts/differential-digests.mjs (see its --help).",
  commit: dirty ? `${commit} with uncommitted changes` : commit,
  digests,
};
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.error(`wrote ${file}: ${Object.keys(digests).length} option sets from ${out.commit}`);
