// Reports of deep products (paths shortened into the report's trail, parts read in one walk)
// stay byte-identical: today's engine against the digests of a pinned earlier build, as the
// differential test does for its products. Regenerate only when a change of reports is meant:
//   npm run build && node scripts/differential-digests.mjs --deep
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deepDigests } from "../../scripts/differential/deep.mjs";
import * as lib from "../../src/index.js";

const pack = JSON.parse(readFileSync(new URL("../../packs/bundled.json", import.meta.url), "utf8"));
const expected = JSON.parse(
  readFileSync(new URL("./deep-differential-digests.json", import.meta.url), "utf8"),
) as { commit: string; digests: Record<string, string> };

describe("differential: reports of deep products match those of the pinned build", () => {
  it(`gives, for every option set, the reports of ${expected.commit.slice(0, 12)}`, () => {
    const digests = deepDigests(lib, pack);
    expect(Object.keys(digests).length).toBe(4);
    const changed = Object.keys({ ...expected.digests, ...digests }).filter(
      (name) => digests[name] !== expected.digests[name],
    );
    expect(changed, "option sets whose reports changed").toEqual([]);
  }, 120_000);
});
