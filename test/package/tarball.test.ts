// The npm package must hold what `vendorgate pack verify` needs: the bundled pack and the
// release public key (checked against the files list with `npm pack --dry-run --json`).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("the npm package", () => {
  it("ships the bundled pack, the release key and the JSON Schemas", () => {
    const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: new URL("../../", import.meta.url).pathname,
      encoding: "utf8",
    });
    const [manifest] = JSON.parse(output) as [{ files: { path: string }[] }];
    const files = manifest.files.map((file) => file.path);
    for (const path of [
      "packs/bundled.json",
      "policies/release-key.pub",
      "dist/pack.schema.json",
      "dist/policy.schema.json",
      "dist/cli.js",
    ]) {
      expect(files).toContain(path);
    }
    expect(files.some((path) => path.endsWith(".jwk"))).toBe(false);
  });
});
