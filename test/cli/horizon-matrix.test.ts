import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { bundledRegistry, HorizonSchema, MatrixSchema } from "../../src/index.js";
import { clockAt, fakeIo, tempFiles } from "./helpers.js";

const registry = bundledRegistry();
const radio = {
  name: "4G radio unit",
  type: "device",
  manufacturer: "Huawei Technologies Co., Ltd.",
  attributes: { networkDomain: "ran" },
};

async function bundled(args: readonly string[]) {
  const io = fakeIo();
  const code = await runCli(args, io, { registry, now: clockAt("2025-01-01") });
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

describe("vendorgate check --horizon", () => {
  it("prints the date a verdict changes, with the rule, source and cause", async () => {
    const { path } = tempFiles({ "radio.json": radio });
    const args = ["check", path("radio.json"), "--profile", "ca-telecom-provider"];
    const flags = ["--use", "4g-network", "--phase", "operate", "--horizon", "2030-12-31"];
    const text = await bundled([...args, ...flags]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      "4G radio unit: allowed on 2025-01-01; 1 change until 2030-12-31",
    );
    expect(text.stdout).toContain("from 2028-01-01: restricted (was allowed)");
    expect(text.stdout).toContain("cause    rule 4g-removal-by-2027-12-31");
    expect(text.stdout).toContain("source   Canada to ban Huawei, ZTE from 5G, 4G networks");

    const json = await bundled([...args, ...flags, "--format", "json", "--fail-on", "prohibited"]);
    expect(json.code).toBe(0);
    const result = HorizonSchema.parse(JSON.parse(json.stdout));
    expect(result.changes.map((c) => c.date)).toEqual(["2028-01-01"]);
  });

  it("refuses a bad date, several profiles with a horizon, and fleets", async () => {
    const { path } = tempFiles({
      "radio.json": radio,
      "fleet.ndjson": `${JSON.stringify(radio)}\n`,
    });
    const base = ["check", path("radio.json"), "--profile", "ca-telecom-provider"];
    const bad = await bundled([...base, "--horizon", "2030-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--horizon 2030-02-30 is not a calendar date");
    const both = await bundled([
      ...base,
      "--profile",
      "gb-telecom-provider",
      "--horizon",
      "2030-01-01",
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--horizon takes one --profile");
    const before = await bundled([...base, "--horizon", "2024-01-01"]);
    expect(before.code).toBe(2);
    expect(before.stderr).toContain("until (2024-01-01) is before asOf (2025-01-01)");
    const fleet = await bundled([
      "check",
      path("fleet.ndjson"),
      "--profile",
      "ca-telecom-provider",
      "--horizon",
      "2030-01-01",
    ]);
    expect(fleet.code).toBe(2);
    expect(fleet.stderr).toContain("not NDJSON fleets");
  });
});

describe("vendorgate check --profile A --profile B", () => {
  it("prints a profile × policy matrix, in text and JSON", async () => {
    const { path } = tempFiles({ "radio.json": radio });
    const args = [
      "check",
      path("radio.json"),
      "--profile",
      "gb-telecom-provider",
      "--profile",
      "eu-commission",
      "--as-of",
      "2025-06-01",
    ];
    const text = await bundled(args);
    expect(text.code).toBe(1);
    const [title, header, gb, ec] = text.stdout.split("\n");
    expect(title).toBe("4G radio unit on 2025-06-01");
    expect(header?.split(/\s+/)).toEqual([
      "profile",
      "verdict",
      "gb-5g-designated-vendor",
      "eu-commission-corporate",
    ]);
    expect(gb?.split(/\s+/)).toEqual(["gb-telecom-provider", "prohibited", "prohibited", "-"]);
    expect(ec?.split(/\s+/)).toEqual(["eu-commission", "allowed", "-", "allowed"]);
    expect(text.stdout).toContain(
      "gb-telecom-provider × gb-5g-designated-vendor@2.0.0: prohibited",
    );

    const json = await bundled([...args, "--format", "json"]);
    const matrix = MatrixSchema.parse(JSON.parse(json.stdout));
    expect(matrix.rows.map((row) => [row.profile, row.verdict])).toEqual([
      ["gb-telecom-provider", "prohibited"],
      ["eu-commission", "allowed"],
    ]);
  });

  it("refuses --policy beside several profiles, and an unknown profile", async () => {
    const { path } = tempFiles({ "radio.json": radio });
    const base = ["check", path("radio.json"), "--profile", "gb-telecom-provider", "--profile"];
    const withPolicy = await bundled([...base, "eu-commission", "--policy", "us-ndaa-889"]);
    expect(withPolicy.code).toBe(2);
    expect(withPolicy.stderr).toContain("drop --policy");
    const unknown = await bundled([...base, "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--profile nope: No profile "nope"');
  });
});
