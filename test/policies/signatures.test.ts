import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledRegistry } from "../../src/index.js";
import { keyIdOf, verifyDigest } from "../../src/maintain/index.js";

const releaseKey = readFileSync(
  new URL("../../policies/release-key.pub", import.meta.url),
  "utf8",
).trim();
const registry = bundledRegistry();

describe("bundled policy signatures", () => {
  it("exist for every bundled version and verify with the release key", async () => {
    const versions = registry.list();
    expect(versions.length).toBeGreaterThan(10);
    for (const { id, version, digest } of versions) {
      const path = new URL(`../../policies/${id}/${version}.json.sig`, import.meta.url);
      const signature = JSON.parse(readFileSync(path, "utf8"));
      expect(signature.keyId, `${id}@${version}`).toBe(keyIdOf(releaseKey));
      await expect(
        verifyDigest(digest, signature, [releaseKey]),
        `${id}@${version}`,
      ).resolves.toBeUndefined();
    }
  });

  it("are documented in the README", () => {
    expect(readFileSync(new URL("../../README.md", import.meta.url), "utf8")).toContain(releaseKey);
  });
});
