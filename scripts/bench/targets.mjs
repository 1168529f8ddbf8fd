// The targets, each judged on one bench run: the ratio measured, the ratio asked for, and
// whether it is met (or by how much, as a share of the target, it is missed).

/**
 * A target judged. `beside`, when measured, goes with it: a `ceiling` is a bound the target cannot
 * pass on this machine, a `reference` the same ratio for work it cannot do without, done by
 * Node's own code (a comparison, not a bound); `why` names it.
 */
function judge(name, ratio, target, beside) {
  const met = ratio >= target;
  const note =
    beside?.value === undefined
      ? {}
      : { [beside.kind]: Number(beside.value.toFixed(2)), [`${beside.kind}Why`]: beside.why };
  return {
    name,
    ratio: Number(ratio.toFixed(2)),
    target,
    met,
    missedBy: met ? 0 : Number((1 - ratio / target).toFixed(2)),
    ...note,
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
 * The read + `JSON.parse` floor (`floorMs`) against what the CLI cannot do without, done by
 * Node's own code: the floor with a digest of each line (`digestFloorMs`) and the reports written
 * by `JSON.stringify` (`reportsJsonMs`). `undefined` when they were not measured.
 */
export function outputReference({ floorMs, digestFloorMs, reportsJsonMs }) {
  if (digestFloorMs === undefined || reportsJsonMs === undefined) return undefined;
  return floorMs / (digestFloorMs + reportsJsonMs);
}

/** Every target of the run, from the scenario rows, the CLI figures and the deepest chain. */
export function targetsOf({ rows, cli, deepest }) {
  const targets = rows
    .filter((row) => row.target !== undefined && row.coldRatio !== undefined)
    .map((row) =>
      judge(
        `${row.name} (cold)`,
        row.coldRatio,
        row.target,
        row.reference === undefined
          ? undefined
          : { kind: "reference", value: row.reference, why: row.referenceWhy },
      ),
    );
  for (const row of rows.filter((r) => r.skipped))
    targets.push({ name: row.name, skipped: row.skipped });
  if (cli) {
    targets.push(
      judge("CLI --jobs 1 vs read + JSON.parse floor", cli.floorMs / cli.jobs1Ms, 0.6, {
        kind: "reference",
        value: outputReference(cli),
        why: "Node's own read + parse + digest of each line + reports' JSON alone",
      }),
    );
    const ceiling = parallelCeiling({
      wallMs: cli.jobs1Ms,
      cpuMs: cli.jobs1CpuMs,
      setupCpuMs: cli.workerSetupCpuMs,
      cores: cli.cores,
    });
    const cores = cli.cores === 1 ? "1 core allows" : `${cli.cores} cores allow`;
    targets.push(
      judge("CLI --jobs 2 vs --jobs 1", cli.jobs1Ms / cli.jobs2Ms, 1.7, {
        kind: "ceiling",
        value: ceiling,
        why: `this machine's ${cores}`,
      }),
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
          ? `MISSED by ${Math.round(t.missedBy * 100)}%${besideNote(t)}`
          : "MISSED";
    const measured =
      t.ratio !== undefined
        ? `${t.ratio.toFixed(2)}x of ${t.target.toFixed(1)}x`
        : (t.measured ?? "");
    console.log(`  ${t.name.padEnd(64)} ${measured.padStart(16)}  ${verdict}`);
  }
}

/** What goes beside a missed target: the bound it cannot pass here, or work it cannot skip. */
function besideNote(target) {
  if (target.ceiling !== undefined && target.ceiling < target.target)
    return ` (${target.ceilingWhy} at most ${target.ceiling.toFixed(2)}x)`;
  if (target.reference !== undefined)
    return ` (${target.referenceWhy}: ${target.reference.toFixed(2)}x)`;
  return "";
}
