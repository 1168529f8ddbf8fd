// The bundled policies ship as one signed pack, packs/bundled.json, built from policies/. Only
// holders of the release key can rebuild it, so this test names the command when it is stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeIo } from "../../src/cli/node-io.js";
import { readPackContent } from "../../src/cli/pack/pack-files.js";
import { bundledRegistry, loadPack, readPack, verifyPack, version } from "../../src/index.js";
import { engineAccepts } from "../../src/pack/verify-pack.js";
import { canonicalJson } from "../../src/util/canonical-json.js";

const root = new URL("../../", import.meta.url);
const releaseKey = readFileSync(new URL("policies/release-key.pub", root), "utf8").trim();
const bytes = readFileSync(new URL("packs/bundled.json", root));
const pack = readPack(new Uint8Array(bytes));
const rebuild = "npm run pack:bundled -- --key ../shared/keys/release-signing-key.jwk";

describe("the bundled pack", () => {
  it("holds exactly what policies/ holds", async () => {
    const content = await readPackContent(new URL("policies", root).pathname, nodeIo());
    const parts = ["entities", "policies", "profiles", "tests"] as const;
    for (const part of parts) {
      expect(
        canonicalJson(pack[part]) === canonicalJson(content[part]),
        `packs/bundled.json is out of date with policies/ (${part} differ): rebuild and re-sign it with \`${rebuild}\``,
      ).toBe(true);
    }
  });

  it("is signed with the release key, for this engine version", async () => {
    const info = await verifyPack(pack, [releaseKey]);
    expect(info.name).toBe("vendorgate-bundled");
    expect(engineAccepts(pack.manifest.engine, version)).toBe(true);
    expect(bundledRegistry().packInfo()).toEqual(info);
  });

  it("loads as a verified registry holding what bundledRegistry() holds", async () => {
    const registry = await loadPack(bytes, { trustedKeys: [releaseKey] });
    expect(registry.list()).toEqual(bundledRegistry().list());
    expect(registry.profiles()).toEqual(bundledRegistry().profiles());
  });
});

describe("the release key", () => {
  it("that the CLI trusts by default is policies/release-key.pub", async () => {
    const { releaseKey: builtIn } = await import("../../src/registry/release-key.js");
    expect(builtIn).toBe(releaseKey);
  });
});
