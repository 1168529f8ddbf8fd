import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { bundledRegistry, version } from "../../src/index.js";
import { fakeIo, run } from "./helpers.js";

describe("vendorgate's command-line habits", () => {
  it("prints the version for -v and --version, alone or after check", async () => {
    for (const args of [["-v"], ["--version"], ["check", "-v"], ["check", "x.json", "--version"]]) {
      const result = await run(args);
      expect(result, args.join(" ")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("prints only the help of the policy subcommand asked about", async () => {
    const diff = await run(["policy", "diff", "--help"]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^Usage: vendorgate policy diff A B /);
    expect(diff.stdout).not.toContain("validate");
    expect((await run(["policy", "sign", "-h"])).stdout).toMatch(
      /^Usage: vendorgate policy sign FILE\.\.\. --key FILE\n\nWrite FILE\.sig/,
    );
    const group = await run(["policy", "--help"]);
    for (const name of ["validate", "test", "diff", "schema", "keygen", "sign", "verify"])
      expect(group.stdout).toContain(`  ${name} `);
  });

  it("prints only the help of the pack subcommand asked about", async () => {
    const inspect = await run(["pack", "inspect", "--help"]);
    expect(inspect.code).toBe(0);
    expect(inspect.stdout).toMatch(/^Usage: vendorgate pack inspect FILE \[--format json\]/);
    expect(inspect.stdout).not.toContain("build");
  });

  it("lists the registry's policies with their versions and dates, and its profiles", async () => {
    const result = await run(["list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Policies:
        test-policy (XX): Test policy
          1.0.0  from 2020-01-01

      Profiles:
        xx-ministry: A ministry of XX
          test-policy
      "
    `);
  });

  it("lists the bundled policies and profiles as JSON", async () => {
    const io = fakeIo();
    const code = await runCli(["list", "--format", "json"], io, { registry: bundledRegistry() });
    expect(code).toBe(0);
    const listed = JSON.parse(io.out.join("")) as {
      policies: { id: string; version: string; from: string }[];
      profiles: { id: string; policies: string[] }[];
    };
    expect(listed.policies).toContainEqual(
      expect.objectContaining({ id: "jp-gov-procurement", version: "1.0.0", from: "2019-04-01" }),
    );
    expect(listed.policies.length).toBe(bundledRegistry().list().length);
    expect(listed.profiles.map((profile) => profile.id)).toContain("us-federal-agency");
  });

  it("refuses a bad list option with exit 2, pointing to its help", async () => {
    const result = await run(["list", "--format", "xml"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `vendorgate: --format must be text or json, not "xml"\nRun 'vendorgate list --help' for usage.\n`,
    });
  });
});
