// Reports stay byte-identical: today's engine against the digests of a pinned earlier build.
// The digests (differential-digests.json) were written by scripts/differential-digests.mjs from
// the build of the commit they name. When a change of reports is intended (a fixed bug, a policy
// edit), regenerate them from your build and say so in the commit message:
//   npm run build && node scripts/differential-digests.mjs
// To find what changed, write the digests of the old commit's build with --dist and compare.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { differentialDigests } from "../../scripts/differential/run.mjs";
import * as lib from "../../src/index.js";

const pack = JSON.parse(readFileSync(new URL("../../packs/bundled.json", import.meta.url), "utf8"));
const expected = JSON.parse(
  readFileSync(new URL("./differential-digests.json", import.meta.url), "utf8"),
) as { commit: string; digests: Record<string, string> };

describe("differential: reports match those of the pinned build", () => {
  it(`gives, for every option set, the reports of ${expected.commit.slice(0, 12)}`, () => {
    const digests = differentialDigests(lib as never, pack);
    expect(Object.keys(digests).length).toBeGreaterThan(100);
    const changed = Object.keys({ ...expected.digests, ...digests }).filter(
      (name) => digests[name] !== expected.digests[name],
    );
    expect(changed, "option sets whose reports changed").toEqual([]);
  }, 300_000);
});
