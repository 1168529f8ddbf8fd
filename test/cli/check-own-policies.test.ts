import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { testPolicy } from "../fixtures/policies.js";
import { checkFlags, fakeIo, run, tempFiles } from "./helpers.js";

const acmeRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Radio", manufacturer: "Acme Corporation" }],
};
const mine = testPolicy({ id: "my-policy", title: "My own policy" });
const myFlags = [
  "--as-of",
  "2021-01-01",
  "--buyer-sector",
  "government",
  "--buyer-jurisdiction",
  "XX",
];

describe("vendorgate check with your own policies", () => {
  it("points --policy FILE at --policy-file", async () => {
    const { path } = tempFiles({ "p.json": acmeRouter, "my-policy.json": mine });
    const result = await run(["check", path("p.json"), "--policy", "./my-policy.json", ...myFlags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("use --policy-file ./my-policy.json");
  });

  it("checks against a policy file with its own entities, beside named policies", async () => {
    const { path } = tempFiles({ "p.json": acmeRouter, "my-policy.json": mine });
    const result = await run([
      "check",
      path("p.json"),
      "--policy-file",
      path("my-policy.json"),
      ...checkFlags,
      "--format",
      "json",
    ]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout);
    expect(report.policies.map((p: { id: string }) => p.id)).toEqual(["test-policy", "my-policy"]);
    expect(report.policies[1]).toMatchObject({ version: "1.0.0", verdict: "prohibited" });
  });

  it("names the problems of a bad policy file", async () => {
    const { path } = tempFiles({ "p.json": acmeRouter, "bad.json": { ...mine, rules: "none" } });
    const result = await run([
      "check",
      path("p.json"),
      "--policy-file",
      path("bad.json"),
      ...myFlags,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.json: rules: /);
  });
});

describe("vendorgate check --pack", () => {
  async function packed(path: (name: string) => string, dir: string) {
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    await run(["policy", "keygen", "--out", path("other.jwk")]);
    const built = await run([
      "pack",
      "build",
      dir,
      "--key",
      path("k.jwk"),
      "--out",
      path("p.pack.json"),
      "--revision",
      "1",
    ]);
    expect(built.stderr).toBe("");
  }

  it("checks against a verified pack from a file or a URL, and refuses an untrusted or tampered one", async () => {
    const { path, dir } = tempFiles({ "p.json": acmeRouter });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(`${dir}/policies/my-policy`, { recursive: true });
    writeFileSync(`${dir}/policies/my-policy/1.0.0.json`, JSON.stringify(mine));
    await packed(path, `${dir}/policies`);
    const args = ["check", path("p.json"), "--policy", "my-policy", ...myFlags, "--format", "json"];
    const ok = await run([...args, "--pack", path("p.pack.json"), "--key", path("k.jwk.pub")]);
    expect(ok.stderr).toBe("");
    expect(JSON.parse(ok.stdout).verdict).toBe("prohibited");

    const untrusted = await run([
      ...args,
      "--pack",
      path("p.pack.json"),
      "--key",
      path("other.jwk.pub"),
    ]);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toMatch(/--pack .*not one of the trusted keys/);
    const releaseOnly = await run([...args, "--pack", path("p.pack.json")]);
    expect(releaseOnly.stderr).toMatch(/not one of the trusted keys/);

    const text = readFileSync(path("p.pack.json"), "utf8");
    const altered = JSON.parse(text);
    altered.policies[0].rules.pop();
    writeFileSync(path("t.pack.json"), JSON.stringify(altered));
    const tampered = await run([
      ...args,
      "--pack",
      path("t.pack.json"),
      "--key",
      path("k.jwk.pub"),
    ]);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/does not match the signature/);

    const server = createServer((_req, res) => res.end(text));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/p.pack.json`;
      const remote = await run([...args, "--pack", url, "--key", path("k.jwk.pub")]);
      expect(remote.stderr).toBe("");
      expect(JSON.parse(remote.stdout).verdict).toBe("prohibited");
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("vendorgate check with a stale pack", () => {
  it("prints the stale warning with the report", async () => {
    const { path, dir } = tempFiles({ "p.json": acmeRouter });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(`${dir}/policies/my-policy`, { recursive: true });
    writeFileSync(`${dir}/policies/my-policy/1.0.0.json`, JSON.stringify(mine));
    await run(["policy", "keygen", "--out", path("k.jwk")]);
    await run([
      "pack",
      "build",
      `${dir}/policies`,
      "--key",
      path("k.jwk"),
      "--out",
      path("p.pack.json"),
      "--max-age-days",
      "10",
    ]);
    const io = fakeIo();
    const later = () => new Date(Date.now() + 30 * 86_400_000);
    await runCli(
      [
        "check",
        path("p.json"),
        "--policy",
        "my-policy",
        ...myFlags,
        "--pack",
        path("p.pack.json"),
        "--key",
        path("k.jwk.pub"),
      ],
      io,
      { now: later },
    );
    expect(io.out.join("")).toMatch(
      /⚠ stale: The policy pack policies revision \d+ was built .*, 30 days ago, past its maximum age of 10 days/,
    );
  });
});
