// The targets, each judged on one bench run: the ratio measured, the ratio asked for, and
// whether it is met (or by how much, as a share of the target, it is missed).

function judge(name, ratio, target, ceiling, ceilingWhy) {
  const met = ratio >= target;
  return {
    name,
    ratio: Number(ratio.toFixed(2)),
    target,
    met,
    missedBy: met ? 0 : Number((1 - ratio / target).toFixed(2)),
    ...(ceiling === undefined ? {} : { ceiling: Number(ceiling.toFixed(2)), ceilingWhy }),
  };
}

/**
 * The most `--jobs 2` can be faster than `--jobs 1` (`cpuMs` of CPU in `wallMs`) on a machine of
 * one or two cores: its work is at least that of `--jobs 1` and the setup of its one worker
 * (`setupCpuMs`), and it is done no sooner than that CPU time spread over the cores. `undefined`
 * when the CPU times are unknown, or with more cores (V8's own threads could then use a third).
 */
export function parallelCeiling({ wallMs, cpuMs, setupCpuMs, cores }) {
  if (cpuMs === undefined || setupCpuMs === undefined || !(cpuMs > 0) || cores > 2)
    return undefined;
  return (wallMs * cores) / (cpuMs + setupCpuMs);
}

/**
 * The most `--jobs 1` can be against the read + `JSON.parse` floor (`floorMs`) when it must also
 * digest every line and write its report: the floor with a digest of each line made by Node's own
 * code (`digestFloorMs`), and the reports written by Node's own `JSON.stringify`
 * (`reportsJsonMs`); checking them free. `undefined` when they were not measured.
 */
export function outputCeiling({ floorMs, digestFloorMs, reportsJsonMs }) {
  if (digestFloorMs === undefined || reportsJsonMs === undefined) return undefined;
  return floorMs / (digestFloorMs + reportsJsonMs);
}

/** Every target of the run, from the scenario rows, the CLI figures and the deepest chain. */
export function targetsOf({ rows, cli, deepest }) {
  const targets = rows
    .filter((row) => row.target !== undefined && row.coldRatio !== undefined)
    .map((row) =>
      judge(`${row.name} (cold)`, row.coldRatio, row.target, row.ceiling, row.ceilingWhy),
    );
  for (const row of rows.filter((r) => r.skipped))
    targets.push({ name: row.name, skipped: row.skipped });
  if (cli) {
    targets.push(
      judge(
        "CLI --jobs 1 vs read + JSON.parse floor",
        cli.floorMs / cli.jobs1Ms,
        0.6,
        outputCeiling(cli),
        "the input digests and the reports' JSON, at Node's own JSON.stringify + SHA-256 speed, allow",
      ),
    );
    const ceiling = parallelCeiling({
      wallMs: cli.jobs1Ms,
      cpuMs: cli.jobs1CpuMs,
      setupCpuMs: cli.workerSetupCpuMs,
      cores: cli.cores,
    });
    const cores = cli.cores === 1 ? "1 core allows" : `${cli.cores} cores allow`;
    targets.push(
      judge(
        "CLI --jobs 2 vs --jobs 1",
        cli.jobs1Ms / cli.jobs2Ms,
        1.7,
        ceiling,
        `this machine's ${cores}`,
      ),
    );
  }
  if (deepest) {
    const met = !deepest.failed && deepest.totalMs < 1000 && deepest.peakRssMb < 500;
    targets.push({
      name: "100,000-deep chain, a finding on every level: under 1000 ms and 500 MB",
      measured: deepest.failed ?? `${deepest.totalMs} ms, ${deepest.peakRssMb} MB`,
      met,
    });
  }
  return targets;
}

/** Prints the targets, one a line: measured ratio, target, met or missed by how much. */
export function printTargets(targets) {
  const met = targets.filter((t) => t.met).length;
  const judged = targets.filter((t) => t.met !== undefined).length;
  console.log(`\ntargets: ${met} of ${judged} met`);
  for (const t of targets) {
    const verdict = t.skipped
      ? `skipped: ${t.skipped}`
      : t.met
        ? "met"
        : t.missedBy !== undefined
          ? `MISSED by ${Math.round(t.missedBy * 100)}%${ceilingNote(t)}`
          : "MISSED";
    const measured =
      t.ratio !== undefined
        ? `${t.ratio.toFixed(2)}x of ${t.target.toFixed(1)}x`
        : (t.measured ?? "");
    console.log(`  ${t.name.padEnd(64)} ${measured.padStart(16)}  ${verdict}`);
  }
}

/** Why a target is missed when the run shows it cannot be met: what allows at most how much. */
function ceilingNote(target) {
  if (target.ceiling === undefined || target.ceiling >= target.target) return "";
  return ` (${target.ceilingWhy} at most ${target.ceiling.toFixed(2)}x)`;
}
