// The bench's judging of its targets: the ceiling that a machine's cores put on `--jobs 2`, and
// the CPU time of child processes it is computed from.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { childCpuMs } from "../../scripts/bench/cli-floor.mjs";
import {
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
  it("spreads the CPU time of --jobs 1 and a worker's setup over at most two of the cores", () => {
    const run = { wallMs: 3000, cpuMs: 3400, setupCpuMs: 200 };
    expect(parallelCeiling({ ...run, cores: 2 })).toBeCloseTo(5 / 3);
    expect(parallelCeiling({ ...run, cores: 8 })).toBeCloseTo(5 / 3);
    expect(parallelCeiling({ ...run, cores: 1 })).toBeCloseTo(5 / 6);
    expect(parallelCeiling({ ...run, cpuMs: undefined, cores: 2 })).toBeUndefined();
    expect(parallelCeiling({ ...run, setupCpuMs: undefined, cores: 2 })).toBeUndefined();
  });

  it("says why a missed target could not be met on these cores, and only then", () => {
    const capped = targetsOf({
      rows: [],
      cli: cli({ jobs1CpuMs: 3400, workerSetupCpuMs: 350, cores: 2 }),
    });
    const jobs2 = capped.find((t) => t.name === "CLI --jobs 2 vs --jobs 1");
    expect(jobs2).toMatchObject({ met: false, ceiling: 1.6, cores: 2 });
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

describe("childCpuMs", () => {
  it("counts the CPU time of a child once it has been waited for", () => {
    const before = childCpuMs();
    if (!existsSync("/proc/self/stat")) {
      expect(before).toBeUndefined();
      return;
    }
    // About 300 ms of CPU in the child.
    spawnSync(process.execPath, ["-e", "const end = Date.now() + 300; while (Date.now() < end);"]);
    const after = childCpuMs() as number;
    expect(after - (before as number)).toBeGreaterThanOrEqual(200);
  });
});
