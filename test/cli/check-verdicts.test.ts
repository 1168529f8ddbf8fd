import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { acmeRouter, checkFlags, cleanRouter, exceptedSwitch, run, tempFiles } from "./helpers.js";

describe("vendorgate check verdicts", () => {
  it("exits 0 for a product with nothing covered in it", async () => {
    const { path } = tempFiles({ "clean.json": cleanRouter });
    const result = await run(["check", path("clean.json"), ...checkFlags]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Router: allowed (as of 2021-01-01)
        test-policy@1.0.0 Test policy (XX): applies, allowed, no findings
      "
    `);
  });

  it("exits 1 and prints the path to a covered part deep in the tree", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run(["check", path("router.json"), ...checkFlags]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Router [id rt-1]: prohibited (as of 2021-01-01)
        test-policy@1.0.0 Test policy (XX): applies, prohibited
          prohibited: Router > Mainboard > Modem > Radio
            rule     acme-equipment: Acme equipment may not be procured
            entity   acme: manufacturer "ACME Networks Co., Ltd.", via name "Acme Networks Co., Ltd."
            source   Test law, §2(a), https://example.org/law
            missing  component.attributes.canRouteUserData (would decide an exception)
      "
    `);
  });

  it("says when a finding is excepted, and which exception lifted it", async () => {
    const { path } = tempFiles({ "switch.json": exceptedSwitch });
    const result = await run(["check", path("switch.json"), ...checkFlags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Switch: allowed (as of 2021-01-01)
        test-policy@1.0.0 Test policy (XX): applies, allowed
          allowed (excepted): Switch > Fan
            rule     acme-equipment (rule verdict prohibited): Acme equipment may not be procured
            entity   acme: manufacturer "Acme", via alias
            source   Test law, §2(a), https://example.org/law
            excepted no-user-data: Equipment that cannot route or see user data is excepted
                     Test law, §2(b), https://example.org/law
      "
    `);
  });

  it("summarises parts of unknown origin per missing field, and lists each with --all-gaps", async () => {
    const { path } = tempFiles({ "bare.json": { name: "Bare box" } });
    const result = await run(["check", path("bare.json"), ...checkFlags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("applies, indeterminate, see data gaps\n");
    expect(result.stdout).toContain("data gaps, parts of unknown origin");
    expect(result.stdout).toMatch(/\n {4}component\.manufacturer: 1 finding, rules test-policy\//);
    expect(result.stdout).toMatch(/\n {6}e\.g\. +Bare box\n/);
    const all = await run(["check", path("bare.json"), ...checkFlags, "--all-gaps"]);
    expect(all.stdout).toContain("indeterminate: Bare box\n");
    expect(all.stdout).toMatch(/\n {6}missing {2}\S*manufacturer/);
    expect(all.stdout).not.toContain("data gaps, parts of unknown origin");
  });

  it("leads with findings that name a covered entity", async () => {
    const { path } = tempFiles({
      "mixed.json": {
        name: "Box",
        manufacturer: "Clean Corp",
        components: [{ name: "A part" }, { name: "Radio", manufacturer: "Acme" }],
      },
    });
    const result = await run(["check", path("mixed.json"), ...checkFlags, "--all-gaps"]);
    const radio = result.stdout.indexOf("Box > Radio");
    const part = result.stdout.indexOf("Box > A part");
    expect(radio).toBeGreaterThan(0);
    expect(part).toBeGreaterThan(radio);
  });

  it("says why a policy does not apply", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const flags: string[] = [...checkFlags];
    flags[3] = "2019-06-01";
    const result = await run(["check", path("router.json"), ...flags]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Router [id rt-1]: allowed (as of 2019-06-01)
        test-policy: not applied (No version of test-policy is in force on 2019-06-01 (1.0.0 from 2020-01-01))
      "
    `);
  });

  it("fails a prohibited product with --fail-on review but not with --fail-on prohibited for an allowed one", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter, "clean.json": cleanRouter });
    const prohibited = await run([
      "check",
      path("router.json"),
      ...checkFlags,
      "--fail-on",
      "prohibited",
    ]);
    expect(prohibited.code).toBe(1);
    const review = await run(["check", path("router.json"), ...checkFlags, "--fail-on", "review"]);
    expect(review.code).toBe(1);
    const clean = await run(["check", path("clean.json"), ...checkFlags, "--fail-on", "review"]);
    expect(clean.code).toBe(0);
  });

  it("passes an indeterminate product with --fail-on review and fails it with --fail-on indeterminate", async () => {
    const { path } = tempFiles({ "bare.json": { name: "Bare box" } });
    const review = await run(["check", path("bare.json"), ...checkFlags, "--fail-on", "review"]);
    expect(review.code).toBe(0);
    const indeterminate = await run([
      "check",
      path("bare.json"),
      ...checkFlags,
      "--fail-on",
      "indeterminate",
    ]);
    expect(indeterminate.code).toBe(1);
  });

  it("prints one pretty JSON report for one product with --format json", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run(["check", path("router.json"), ...checkFlags, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\{\n {2}"verdict": "prohibited",/);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.product).toEqual({ name: "Router", id: "rt-1" });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: "acme-equipment",
      verdict: "prohibited",
      path: ["Router", "Mainboard", "Modem", "Radio"],
      entity: { id: "acme", matched: "ACME Networks Co., Ltd.", via: "name" },
    });
  });

  it("prints one report a line with --format json when given several files", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter, "clean.json": cleanRouter });
    const result = await run([
      "check",
      path("router.json"),
      path("clean.json"),
      ...checkFlags,
      "--format",
      "json",
    ]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => (JSON.parse(line) as Report).verdict)).toEqual([
      "prohibited",
      "allowed",
    ]);
  });

  it("separates several text reports with a blank line and ends with a summary", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter, "clean.json": cleanRouter });
    const result = await run(["check", path("clean.json"), path("router.json"), ...checkFlags]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("no findings\n\nRouter [id rt-1]: prohibited");
    expect(result.stdout).toMatch(
      /\n\n2 products: 1 prohibited, 1 allowed; 1 at or above restricted\n$/,
    );
  });

  it("colours verdicts only on a terminal without NO_COLOR", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const args = ["check", path("router.json"), ...checkFlags];
    const tty = await run(args, { stdoutIsTTY: true });
    expect(tty.stdout).toContain("\u001b[1;31mprohibited\u001b[0m");
    const noColor = await run(args, { stdoutIsTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const piped = await run(args);
    expect(piped.stdout).not.toContain("\u001b[");
  });
});
