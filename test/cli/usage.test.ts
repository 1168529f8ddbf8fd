import { describe, expect, it } from "vitest";
import { version } from "../../src/index.js";
import { checkFlags, cleanRouter, run, tempFiles } from "./helpers.js";

const synopsis =
  "Usage: vendorgate check FILE... (--policy SPEC... | --profile ID | --policy-file FILE) [options]";

describe("vendorgate usage", () => {
  it("prints the usage with --help and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("vendorgate check FILE... --policy SPEC [options]");
    expect(result.stdout).toContain("vendorgate policy COMMAND ...");
  });

  it("prints the check usage with check --help, even beside other flags", async () => {
    const result = await run(["check", "--frobnicate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(synopsis)).toBe(true);
    expect(result.stdout).toContain("--fail-on VERDICT");
  });

  it("prints the version with --version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect((await run(["check", "--version"])).stdout).toBe(`${version}\n`);
  });

  it("prints the usage on stderr and exits 2 with no command", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage:");
  });

  it("rejects an unknown command", async () => {
    const result = await run(["chek", "a.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `vendorgate: unknown command "chek"\nRun 'vendorgate --help' for usage.\n`,
    );
  });

  it("prints the policy commands with policy --help", async () => {
    const result = await run(["policy", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("validate FILE...");
  });

  it("rejects an unknown flag with the usage", async () => {
    const result = await run(["check", "a.json", ...checkFlags, "--frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `vendorgate: unknown option --frobnicate\n${synopsis}\nRun 'vendorgate check --help' for the options.\n`,
    );
  });

  it("rejects a check without --policy", async () => {
    const result = await run(["check", "a.json", "--buyer-sector", "government"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "vendorgate: missing --policy, --profile or --policy-file (name at least one policy, or a profile)",
    );
    expect(result.stderr).toContain(synopsis);
  });

  it("rejects a check without FILE", async () => {
    const result = await run(["check", ...checkFlags]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "vendorgate: no FILE given (use - for standard input)",
    );
  });

  it("rejects a flag without its value", async () => {
    const result = await run(["check", "a.json", "--policy"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("vendorgate: --policy needs a value");
  });

  it("rejects a bad --fail-on value", async () => {
    const result = await run(["check", "a.json", ...checkFlags, "--fail-on", "banned"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      'vendorgate: --fail-on must be one of allowed, indeterminate, review, restricted, prohibited, not "banned"',
    );
  });

  it("rejects a bad --format value", async () => {
    const result = await run(["check", "a.json", ...checkFlags, "--format", "yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      'vendorgate: --format must be text or json, not "yaml"',
    );
  });

  it("rejects a bad --jobs value", async () => {
    for (const jobs of ["0", "two", "1.5", "257"]) {
      const result = await run(["check", "a.json", ...checkFlags, "--jobs", jobs]);
      expect(result.code, jobs).toBe(2);
      expect(result.stderr.split("\n")[0], jobs).toBe(
        `vendorgate: --jobs must be a whole number from 1 to 256, not "${jobs}"`,
      );
    }
  });

  it("rejects an --as-of that is not a calendar date", async () => {
    const result = await run(["check", "a.json", ...checkFlags, "--as-of", "2019-02-30"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "vendorgate: --as-of 2019-02-30 is not a calendar date written YYYY-MM-DD",
    );
  });

  it("rejects a bad --buyer-sector and --buyer-jurisdiction", async () => {
    const sector = await run(["check", "a.json", ...checkFlags, "--buyer-sector", "army"]);
    expect(sector.code).toBe(2);
    expect(sector.stderr).toMatch(/^vendorgate: --buyer-sector must be one of government, /);
    const country = await run(["check", "a.json", ...checkFlags, "--buyer-jurisdiction", "jp"]);
    expect(country.code).toBe(2);
    expect(country.stderr).toMatch(
      /^vendorgate: --buyer-jurisdiction must be an ISO 3166-1 alpha-2/,
    );
  });

  it("rejects a check without a buyer", async () => {
    const result = await run(["check", "a.json", "--policy", "test-policy"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("vendorgate: missing --buyer-sector");
  });

  it("rejects an unknown policy id before reading any product", async () => {
    const { path } = tempFiles({ "clean.json": cleanRouter });
    const result = await run([
      "check",
      path("clean.json"),
      ...checkFlags,
      "--policy",
      "no-such-policy",
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'vendorgate: --policy no-such-policy: No policy "no-such-policy" in the registry (known: test-policy)\n',
    );
  });

  it("rejects a policy spec with a bad range", async () => {
    const { path } = tempFiles({ "clean.json": cleanRouter });
    const result = await run([
      "check",
      path("clean.json"),
      ...checkFlags,
      "--policy",
      "test-policy@latest",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vendorgate: --policy test-policy@latest: "latest" in "test-policy@latest" is not a semver range\n',
    );
  });
});
