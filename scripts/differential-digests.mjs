// node scripts/differential-digests.mjs [--dist DIR] [--out FILE]
// Writes the differential test's expected digests (test/engine/differential-digests.json) from a
// build of the library: by default this worktree's dist/, or --dist, the dist/ of another checkout
// (the pinned commit the digests stand for). See test/engine/differential.test.ts.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { differentialDigests } from "./differential/run.mjs";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: node scripts/differential-digests.mjs [--dist DIR] [--out FILE]

Runs the differential cases (scripts/differential/cases.mjs) on a build of vendorgate and writes
one report digest per option set, with the commit the build came from.

  --dist DIR    the build to run (default: ./dist); to pin another commit, check it out in a
                worktree, npm ci && npm run build there, and pass its dist/
  --out FILE    where to write (default: test/engine/differential-digests.json)
  -h, --help    show this help`;

const { values } = scriptArgs(usage, {
  options: {
    dist: { type: "string", default: "dist" },
    out: { type: "string", default: "test/engine/differential-digests.json" },
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
const digests = differentialDigests(lib, pack);
const out = {
  about:
    "Report digests of the differential test, per option set. Regenerate with scripts/differential-digests.mjs (see its --help).",
  commit: dirty ? `${commit} with uncommitted changes` : commit,
  digests,
};
writeFileSync(values.out, `${JSON.stringify(out, null, 2)}\n`);
console.error(`wrote ${values.out}: ${Object.keys(digests).length} option sets from ${out.commit}`);
