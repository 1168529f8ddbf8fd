import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { acme, testPolicy } from "../fixtures/policies.js";
import { makeDir, run, tempFiles } from "./helpers.js";

const ministry = { buyer: { sector: "government", jurisdiction: "XX" } };
const cases = {
  cases: [
    {
      name: "Acme box is prohibited",
      asOf: "2021-01-01",
      context: ministry,
      product: { name: "Box", manufacturer: "Acme" },
      expect: { verdict: "prohibited" },
    },
    {
      name: "Clean box is allowed",
      asOf: "2021-01-01",
      context: ministry,
      product: { name: "Box", manufacturer: "Clean Corp" },
      expect: { verdict: "allowed" },
    },
  ],
};

/** A policies folder: entities/acme.json, test-policy/<versions>.json, test-policy/tests/cases.json. */
function policiesDir(versions: Record<string, object>, testCases: object = cases) {
  const files = tempFiles();
  const root = makeDir(files.path("policies"));
  makeDir(`${root}/entities`);
  makeDir(`${root}/test-policy`);
  makeDir(`${root}/test-policy/tests`);
  writeFileSync(`${root}/entities/acme.json`, JSON.stringify(acme));
  for (const [version, doc] of Object.entries(versions))
    writeFileSync(`${root}/test-policy/${version}.json`, JSON.stringify(doc));
  writeFileSync(`${root}/test-policy/tests/cases.json`, JSON.stringify(testCases));
  return root;
}

const byRef = (overrides = {}) => testPolicy({ entities: ["acme"], ...overrides });

describe("vendorgate policy validate", () => {
  it("accepts a valid file and names its digest", async () => {
    const root = policiesDir({ "1.0.0": byRef() });
    const result = await run(["policy", "validate", `${root}/test-policy/1.0.0.json`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ .*test-policy@1\.0\.0 is valid \(sha256:/);
  });

  it("lists every problem with its JSON path and exits 2", async () => {
    const bad = byRef({
      entities: ["acme", "globex"],
      rules: [
        {
          ...testPolicy().rules[0],
          when: {
            and: [{ made_by: "acme" }, { nope: 1 }, { "!!": { var: "component.__proto__" } }],
          },
          effective: { from: "2019-01-01" },
        },
      ],
    });
    const root = policiesDir({ "1.0.0": bad });
    const result = await run(["policy", "validate", `${root}/test-policy/1.0.0.json`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('entities[1]: Entity "globex"');
    expect(result.stderr).toContain("rules[0].when.and[1].nope: Unknown or disallowed operation");
    expect(result.stderr).toContain('rules[0].when.and[2]["!!"].var');
    expect(result.stderr).toMatch(/\d+ problems found/);
  });

  it("names a missing file and invalid JSON", async () => {
    const { path } = tempFiles({ "broken.json": "{ nope" });
    expect((await run(["policy", "validate", path("missing.json")])).stderr).toContain(
      "missing.json: no such file",
    );
    const broken = await run(["policy", "validate", path("broken.json")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("broken.json: not valid JSON");
  });

  it("reports dates that are inverted or outside the policy's", async () => {
    const root = policiesDir({
      "1.0.0": byRef({ effective: { from: "2020-01-01", until: "2019-01-01" } }),
    });
    const result = await run(["policy", "validate", `${root}/test-policy/1.0.0.json`]);
    expect(result.stderr).toContain("effective.until: The policy ends before it starts");
  });

  it("reports schema problems and condition problems in one run", async () => {
    const rule = { ...testPolicy().rules[0], when: { nope: 1 } };
    const root = policiesDir({ "1.0.0": byRef({ title: "", rules: [rule as never] }) });
    const result = await run(["policy", "validate", `${root}/test-policy/1.0.0.json`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("title: Too small");
    expect(result.stderr).toContain("rules[0].when.nope: Unknown or disallowed operation");
  });
});

describe("vendorgate policy test", () => {
  it("runs the cases and checks version numbers, like a test runner", async () => {
    const root = policiesDir({
      "1.0.0": byRef(),
      "1.1.0": byRef({ version: "1.1.0", title: "Retitled" }),
    });
    const result = await run(["policy", "test", root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✔ Acme box is prohibited");
    expect(result.stdout).toContain("✔ version 1.0.0 → 1.1.0: needs patch, states minor");
    expect(result.stdout).toContain("3 passed, 0 failed");
  });

  it("fails with a diff when a case's expectation is not met", async () => {
    const wrong = { cases: [{ ...cases.cases[0], expect: { verdict: "allowed" } }] };
    const result = await run(["policy", "test", policiesDir({ "1.0.0": byRef() }, wrong)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("verdict: expected allowed, got prohibited");
    expect(result.stdout).toContain("0 passed, 1 failed");
  });

  it("fails when a version number understates its change", async () => {
    const removed = byRef({
      version: "1.0.1",
      rules: [{ ...testPolicy().rules[0], verdict: "review" }],
    });
    const result = await run([
      "policy",
      "test",
      policiesDir({ "1.0.0": byRef(), "1.0.1": removed }),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✖ version 1.0.0 → 1.0.1: needs major, states patch");
    expect(result.stdout).toContain("rule-verdict".length > 0 ? "verdict prohibited → review" : "");
  });

  it("refuses a directory with no policies", async () => {
    const { dir } = tempFiles();
    const result = await run(["policy", "test", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("holds no policy folders");
  });
});

describe("vendorgate policy diff", () => {
  it("says what changed, the bump it needs, and the impact on a corpus", async () => {
    const root = policiesDir({
      "1.0.0": byRef(),
      "2.0.0": byRef({
        version: "2.0.0",
        scope: { "===": [{ var: "context.buyer.jurisdiction" }, "XX"] },
      }),
    });
    const { path } = tempFiles({
      "fleet.ndjson": `${JSON.stringify({ name: "Box", manufacturer: "Acme" })}\n${JSON.stringify({ name: "Fan", manufacturer: "Clean Corp" })}\n`,
    });
    const args = [
      "policy",
      "diff",
      `${root}/test-policy/1.0.0.json`,
      `${root}/test-policy/2.0.0.json`,
      "--corpus",
      path("fleet.ndjson"),
      "--as-of",
      "2021-01-01",
      "--buyer-sector",
      "private",
      "--buyer-jurisdiction",
      "XX",
    ];
    const text = await run(args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("scope: changes who is bound");
    expect(text.stdout).toContain("Box: allowed → prohibited (applies: false → true)");
    const json = JSON.parse((await run([...args, "--format", "json"])).stdout);
    expect(json).toMatchObject({ requiredBump: "minor", statedBump: "major", understated: false });
    expect(
      json.impact.changed.map((row: { name: string; to: string }) => [row.name, row.to]),
    ).toEqual([
      ["Box", "prohibited"],
      ["Fan", "allowed"],
    ]);
  });

  it("refuses one version only", async () => {
    expect((await run(["policy", "diff", "a.json"])).code).toBe(2);
  });
});

describe("vendorgate policy keygen, sign, verify", () => {
  it("signs a version and verifies it, and rejects a flipped byte", async () => {
    const root = policiesDir({ "1.0.0": byRef() });
    const file = `${root}/test-policy/1.0.0.json`;
    const key = `${root}/key.jwk`;
    expect((await run(["policy", "keygen", "--out", key])).code).toBe(0);
    expect((await run(["policy", "keygen", "--out", key])).stderr).toContain("already exists");
    expect((await run(["policy", "sign", file, "--key", key])).stdout).toContain(
      "signed test-policy@1.0.0",
    );
    const verified = await run(["policy", "verify", file, "--key", `${key}.pub`]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain("✔");

    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("Test policy", "Test pol1cy"));
    const tampered = await run(["policy", "verify", file, "--key", `${key}.pub`]);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain("does not match the signature");
  });

  it("rejects another key and a corrupted signature file", async () => {
    const root = policiesDir({ "1.0.0": byRef() });
    const file = `${root}/test-policy/1.0.0.json`;
    await run(["policy", "keygen", "--out", `${root}/a.jwk`]);
    await run(["policy", "keygen", "--out", `${root}/b.jwk`]);
    await run(["policy", "sign", file, "--key", `${root}/a.jwk`]);
    expect((await run(["policy", "verify", file, "--key", `${root}/b.jwk.pub`])).stderr).toContain(
      "not one of the trusted keys",
    );
    writeFileSync(`${file}.sig`, "{ corrupted");
    expect((await run(["policy", "verify", file, "--key", `${root}/a.jwk.pub`])).code).toBe(2);
  });

  it("names a missing signature and a wrong key file", async () => {
    const root = policiesDir({ "1.0.0": byRef() });
    const file = `${root}/test-policy/1.0.0.json`;
    expect(
      (
        await run([
          "policy",
          "verify",
          file,
          "--key",
          "ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ])
      ).stderr,
    ).toContain("1.0.0.json.sig: no such file");
    const { path } = tempFiles({ "bad.jwk": { kty: "RSA" } });
    expect((await run(["policy", "sign", file, "--key", path("bad.jwk")])).stderr).toContain(
      "not an Ed25519 private key",
    );
  });
});

describe("vendorgate policy", () => {
  it("prints the JSON Schema", async () => {
    const result = await run(["policy", "schema"]);
    expect(JSON.parse(result.stdout)).toMatchObject({
      type: "object",
      required: expect.arrayContaining(["id", "rules"]),
    });
  });

  it("refuses an unknown subcommand and flag with exit 2", async () => {
    expect((await run(["policy", "frob"])).stderr).toContain('unknown policy command "frob"');
    const flag = await run(["policy", "validate", "--nope", "x.json"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("vendorgate policy --help");
  });
});
