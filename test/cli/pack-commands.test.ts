import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempFiles } from "./helpers.js";

const policies = new URL("../../policies/", import.meta.url).pathname;

/** A policies folder with the entity catalogue and one policy, copied from the bundled ones. */
function policyFolder(dir: string): string {
  cpSync(join(policies, "entities"), join(dir, "entities"), { recursive: true });
  cpSync(join(policies, "us-ndaa-889"), join(dir, "us-ndaa-889"), { recursive: true });
  return dir;
}

function addAlias(dir: string, alias: string): void {
  const file = join(dir, "entities", "huawei.json");
  const entity = JSON.parse(readFileSync(file, "utf8"));
  entity.aliases.push({ ...entity.aliases[0], text: alias, note: undefined });
  writeFileSync(file, JSON.stringify(entity));
}

describe("vendorgate pack build, verify, inspect", () => {
  it("builds a signed pack that verifies with its key and no other", async () => {
    const { path } = tempFiles();
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    await run(["policy", "keygen", "--out", path("other.jwk")]);
    const dir = policyFolder(path("policies"));
    const built = await run([
      "pack",
      "build",
      dir,
      "--key",
      path("k.jwk"),
      "--out",
      path("p1.json"),
      "--revision",
      "3",
      "--name",
      "mine",
      "--max-age-days",
      "30",
    ]);
    expect(built.stderr).toBe("");
    expect(built.stdout).toMatch(
      /mine revision 3, 2 policy versions, \d+ entities, 0 profiles, 1 test files/,
    );
    const ok = await run(["pack", "verify", path("p1.json"), "--key", path("k.jwk.pub")]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✔ .*p1\.json: mine revision 3, sha256:[0-9a-f]{64}, signed by/);
    const wrong = await run(["pack", "verify", path("p1.json"), "--key", path("other.jwk.pub")]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not one of the trusted keys/);

    const pack = JSON.parse(readFileSync(path("p1.json"), "utf8"));
    pack.policies[0].rules.pop();
    writeFileSync(path("tampered.json"), JSON.stringify(pack));
    const tampered = await run([
      "pack",
      "verify",
      path("tampered.json"),
      "--key",
      path("k.jwk.pub"),
    ]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/does not match the signature/);

    const inspect = await run(["pack", "inspect", path("p1.json")]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toMatch(/mine revision 3/);
    expect(inspect.stdout).toMatch(/us-ndaa-889@1\.1\.0 {2}from \S+ {2}sha256:/);
    expect(inspect.stdout).toMatch(/maximum age 30 days/);
    const json = JSON.parse(
      (await run(["pack", "inspect", path("p1.json"), "--format", "json"])).stdout,
    );
    expect(json).toMatchObject({ name: "mine", revision: 3, signed: true, maxAgeDays: 30 });
  });

  it("numbers revisions: one more than --previous, else from the clock, never backwards", async () => {
    const { path } = tempFiles();
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    const dir = policyFolder(path("policies"));
    const build = (...args: string[]) =>
      run(["pack", "build", dir, "--key", path("k.jwk"), ...args]);
    await build("--out", path("a.json"), "--revision", "41");
    expect((await build("--out", path("b.json"), "--previous", path("a.json"))).stdout).toMatch(
      /policies revision 42/,
    );
    const before = Date.now();
    await build("--out", path("c.json"));
    const revision = JSON.parse(readFileSync(path("c.json"), "utf8")).manifest.revision;
    expect(revision).toBeGreaterThanOrEqual(before);
    const back = await build(
      "--out",
      path("d.json"),
      "--previous",
      path("b.json"),
      "--revision",
      "40",
    );
    expect(back.code).toBe(2);
    expect(back.stderr).toMatch(/does not grow past/);
  });

  it("refuses to sign a folder with a broken policy", async () => {
    const { path } = tempFiles();
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    const dir = policyFolder(path("policies"));
    const file = join(dir, "us-ndaa-889", "1.1.0.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.entities.push("no-such-entity");
    writeFileSync(file, JSON.stringify(doc));
    const result = await run([
      "pack",
      "build",
      dir,
      "--key",
      path("k.jwk"),
      "--out",
      path("p.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-such-entity/);
  });
});

describe("vendorgate pack diff", () => {
  it("lists what changed and the products whose outcome changes, with rules and sources", async () => {
    const { path } = tempFiles({
      "fleet.ndjson": [
        { name: "Clean router", manufacturer: "Clean Corp" },
        {
          name: "Camera",
          manufacturer: "Clean Corp",
          components: [{ name: "Module", manufacturer: "Quietly Renamed Telecom" }],
        },
      ]
        .map((p) => JSON.stringify(p))
        .join("\n"),
    });
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    const oldDir = policyFolder(path("old"));
    const newDir = policyFolder(path("new"));
    addAlias(newDir, "Quietly Renamed Telecom");
    await run([
      "pack",
      "build",
      oldDir,
      "--key",
      path("k.jwk"),
      "--out",
      path("old.json"),
      "--revision",
      "1",
    ]);
    await run([
      "pack",
      "build",
      newDir,
      "--key",
      path("k.jwk"),
      "--out",
      path("new.json"),
      "--revision",
      "2",
    ]);
    const diff = await run([
      "pack",
      "diff",
      path("old.json"),
      path("new.json"),
      "--corpus",
      path("fleet.ndjson"),
      "--as-of",
      "2024-01-01",
      "--buyer-sector",
      "government",
      "--buyer-jurisdiction",
      "US",
    ]);
    expect(diff.stderr).toBe("");
    expect(diff.stdout).toMatch(/entities: ~huawei/);
    expect(diff.stdout).toMatch(/minor huawei: adds alias "Quietly Renamed Telecom"/);
    expect(diff.stdout).toMatch(
      /products whose outcome changes: 1\n {2}Camera under us-ndaa-889: allowed → \w+/,
    );
    expect(diff.stdout).toMatch(/\+ \S+ huawei \w+ at Camera > Module/);
    expect(diff.stdout).toMatch(/source ref-\d+/);
    expect(diff.stdout).not.toMatch(/Clean router/);
  });
});
