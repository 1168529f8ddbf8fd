import { describe, expect, it } from "vitest";
import { acmeRouter, run, tempFiles } from "./helpers.js";

describe("vendorgate check --profile", () => {
  it("checks against a profile's policies with its buyer as the context", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run([
      "check",
      path("router.json"),
      "--profile",
      "xx-ministry",
      "--as-of",
      "2021-01-01",
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("test-policy@1.0.0");
    expect(result.stdout).toContain("prohibited");
  });

  it("lets flags override the profile's context", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run([
      "check",
      path("router.json"),
      "--profile",
      "xx-ministry",
      "--as-of",
      "2021-01-01",
      "--buyer-sector",
      "private",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("not applied");
  });

  it("refuses an unknown profile with exit 2", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run(["check", path("router.json"), "--profile", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--profile nope: No profile "nope"');
  });
});
