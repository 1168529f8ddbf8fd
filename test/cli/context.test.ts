import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { acmeRouter, run, tempFiles } from "./helpers.js";

describe("vendorgate check context", () => {
  it("takes the buyer from a --context file", async () => {
    const { path } = tempFiles({
      "router.json": acmeRouter,
      "context.json": {
        buyer: { sector: "government", jurisdiction: "XX" },
        use: "office network",
      },
    });
    const result = await run([
      "check",
      path("router.json"),
      "--policy",
      "test-policy",
      "--as-of",
      "2021-01-01",
      "--context",
      path("context.json"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("applies, prohibited");
  });

  it("lets the flags override the --context file key by key", async () => {
    const { path } = tempFiles({
      "router.json": acmeRouter,
      "context.json": {
        asOf: "2021-01-01",
        buyer: { sector: "government", jurisdiction: "YY", body: "Ministry" },
      },
    });
    const args = [
      "check",
      path("router.json"),
      "--policy",
      "test-policy",
      "--context",
      path("context.json"),
    ];
    const fromFile = await run(args);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain("(as of 2021-01-01)");
    expect(fromFile.stdout).toContain("not applied (Its scope does not cover this context)");

    const overridden = await run([
      ...args,
      "--buyer-jurisdiction",
      "XX",
      "--as-of",
      "2022-02-02",
      "--format",
      "json",
    ]);
    expect(overridden.code).toBe(1);
    const report = JSON.parse(overridden.stdout) as Report;
    expect(report.asOf).toBe("2022-02-02");
    expect(report.policies[0]?.applies).toBe(true);
  });

  it("names the --context file and the path of a bad key", async () => {
    const { path } = tempFiles({
      "router.json": acmeRouter,
      "context.json": { buyer: { sector: "navy", jurisdiction: "XX" } },
    });
    const result = await run([
      "check",
      path("router.json"),
      "--policy",
      "test-policy",
      "--context",
      path("context.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^vendorgate: .*context\.json: buyer\.sector: .+\n$/);
  });

  it("asks for the buyer when neither the flags nor the --context file give it", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter, "context.json": { use: "lab" } });
    const result = await run([
      "check",
      path("router.json"),
      "--policy",
      "test-policy",
      "--buyer-sector",
      "government",
      "--context",
      path("context.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      "vendorgate: missing --buyer-jurisdiction (or buyer.jurisdiction in the --context file)",
    );
  });

  it("checks as of today when --as-of is not given", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const result = await run([
      "check",
      path("router.json"),
      "--policy",
      "test-policy",
      "--buyer-sector",
      "government",
      "--buyer-jurisdiction",
      "XX",
    ]);
    expect(result.stdout).toContain("(as of 2021-06-15)");
  });
});
