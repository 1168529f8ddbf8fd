// The bench's judging of its targets: the ceiling that a machine's cores put on `--jobs 2`, the
// references (work done by Node's own code) beside the untrusted and CLI targets, and the CPU time
// of child processes.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { childCpuMs } from "../../scripts/bench/cli-floor.mjs";
import { nativeDigest } from "../../scripts/bench/digest-floor.mjs";
import {
  outputReference,
  parallelCeiling,
  printTargets,
  type Target,
  targetsOf,
} from "../../scripts/bench/targets.mjs";

const cli = (extra: object) => ({ floorMs: 900, jobs1Ms: 3000, jobs2Ms: 2700, ...extra });

function printed(targets: Target[]): string {
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    printTargets(targets);
  } finally {
    console.log = log;
  }
  return lines.join("\n");
}

describe("the --jobs 2 ceiling", () => {
  it("spreads the CPU time of --jobs 1 and a worker's setup over one or two cores", () => {
    const run = { wallMs: 3000, cpuMs: 3400, setupCpuMs: 200 };
    expect(parallelCeiling({ ...run, cores: 2 })).toBeCloseTo(5 / 3);
    expect(parallelCeiling({ ...run, cores: 1 })).toBeCloseTo(5 / 6);
    // V8's own threads could use a third core: no bound is claimed there.
    expect(parallelCeiling({ ...run, cores: 3 })).toBeUndefined();
    expect(parallelCeiling({ ...run, cpuMs: undefined, cores: 2 })).toBeUndefined();
    expect(parallelCeiling({ ...run, setupCpuMs: undefined, cores: 2 })).toBeUndefined();
  });

  it("says why a missed target could not be met on these cores, and only then", () => {
    const capped = targetsOf({
      rows: [],
      cli: cli({ jobs1CpuMs: 3400, workerSetupCpuMs: 350, cores: 2 }),
    });
    const jobs2 = capped.find((t) => t.name === "CLI --jobs 2 vs --jobs 1");
    expect(jobs2).toMatchObject({
      met: false,
      ceiling: 1.6,
      ceilingWhy: "this machine's 2 cores allow",
    });
    expect(printed(capped)).toMatch(
      /MISSED by \d+% \(this machine's 2 cores allow at most 1\.60x\)/,
    );

    const roomy = targetsOf({
      rows: [],
      cli: cli({ jobs1CpuMs: 3000, workerSetupCpuMs: 300, cores: 4 }),
    });
    expect(printed(roomy)).toMatch(/CLI --jobs 2 vs --jobs 1 .* MISSED by \d+%$/m);

    const unknown = targetsOf({ rows: [], cli: cli({}) });
    expect(unknown.find((t) => t.name.startsWith("CLI --jobs 2"))).not.toHaveProperty("ceiling");
  });
});

describe("the references beside untrusted input and the CLI", () => {
  it("gives a missed scenario its reference, whether above or below the ratio", () => {
    const row = { name: "untrusted", target: 0.5, coldRatio: 0.2, referenceWhy: "the digest" };
    const below = targetsOf({ rows: [{ ...row, reference: 0.33 }] });
    expect(printed(below)).toMatch(/untrusted \(cold\) .* MISSED by 60% \(the digest: 0\.33x\)$/m);
    // A comparison, not a bound: a ratio past it is no contradiction.
    const above = targetsOf({ rows: [{ ...row, coldRatio: 0.4, reference: 0.33 }] });
    expect(printed(above)).toMatch(/untrusted \(cold\) .* MISSED by 20% \(the digest: 0\.33x\)$/m);
    expect(above[0]).not.toHaveProperty("ceiling");
    const met = targetsOf({ rows: [{ ...row, coldRatio: 0.6, reference: 0.33 }] });
    expect(printed(met)).toMatch(/untrusted \(cold\) .* met$/m);
  });

  it("sets the CLI's floor against its floor with a digest of each line and its reports' JSON", () => {
    expect(outputReference({ floorMs: 900, digestFloorMs: 1400, reportsJsonMs: 200 })).toBeCloseTo(
      0.5625,
    );
    expect(
      outputReference({ floorMs: 900, digestFloorMs: undefined, reportsJsonMs: 200 }),
    ).toBeUndefined();
    const targets = targetsOf({
      rows: [],
      cli: cli({ digestFloorMs: 1400, reportsJsonMs: 200 }),
    });
    expect(printed(targets)).toMatch(
      /CLI --jobs 1 vs read \+ JSON.parse floor .* MISSED by \d+% \(Node's own read \+ parse \+ digest of each line \+ reports' JSON alone: 0\.56x\)/,
    );
    const unmeasured = targetsOf({ rows: [], cli: cli({}) });
    expect(printed(unmeasured)).toMatch(
      /CLI --jobs 1 vs read \+ JSON.parse floor .* MISSED by \d+%$/m,
    );
  });

  it("digests a product's JSON text", () => {
    // sha256 of {"name":"x"}
    expect(nativeDigest({ name: "x" })).toBe(
      "0229d37e33daae149bf40543a5ce1db4459d10f830d5139279aa2bfd5f6485a1",
    );
  });
});

describe("childCpuMs", () => {
  it("counts the CPU time of a child once it has been waited for", () => {
    const before = childCpuMs();
    if (!existsSync("/proc/self/stat")) {
      expect(before).toBeUndefined();
      return;
    }
    // 300 ms of CPU in the child, however busy the machine.
    const burn =
      "const u = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; }; const end = u() + 300; while (u() < end);";
    spawnSync(process.execPath, ["-e", burn]);
    const after = childCpuMs() as number;
    expect(after - (before as number)).toBeGreaterThanOrEqual(280);
  });
});
