// The CLI end to end against the floor of reading the same NDJSON fleet and `JSON.parse`-ing each
// line, each in a process of its own (node's start-up counted on both sides), in one run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateFleet } from "./fleet.mjs";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const library = new URL("../../dist/index.js", import.meta.url).href;

// What a check worker does before its first batch: load the library, build the bundled registry.
const workerSetupScript = `import(${JSON.stringify(library)}).then((lib) => {
  lib.bundledRegistry();
  process.stdout.write("ready");
});`;

/**
 * What the floor does: read the lines, parse each. With `digest`, also what the CLI must add to
 * every line at the least: the digest of its product (`stamp.input`), by Node's own code (see
 * digest-floor.mjs).
 */
const floorScript = (digest) => `
const { readFileSync } = require("node:fs");
${digest ? 'const { createHash } = require("node:crypto");' : ""}
let count = 0;
for (const line of readFileSync(process.argv[1], "utf8").split("\\n")) {
  if (line.length === 0) continue;
  const product = JSON.parse(line);
  ${digest ? 'createHash("sha256").update(JSON.stringify(product)).digest("hex");' : ""}
  count++;
}
process.stdout.write(String(count));
`;

/** Clock ticks a second of `/proc` times, asked once (asking runs a child process too). */
let ticksPerSecond;

/**
 * The CPU milliseconds, user and system, of every child process this one has waited for
 * (Linux's `/proc/self/stat`); `undefined` where there is no such file to read.
 */
export function childCpuMs() {
  let stat;
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
    stat = readFileSync("/proc/self/stat", "utf8");
  } catch {
    return undefined;
  }
  // The fields after the command's name, which may hold spaces, start at the 3rd (`state`):
  // `cutime` and `cstime` are the 16th and 17th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[13]) + Number(fields[14]);
  if (!Number.isFinite(ticks) || !(ticksPerSecond > 0)) return undefined;
  return (ticks * 1000) / ticksPerSecond;
}

// Node's own `JSON.stringify` writing the reports of an NDJSON file again: prints its milliseconds.
const reportsJsonScript = `
const { readFileSync } = require("node:fs");
const reports = readFileSync(process.argv[1], "utf8")
  .split("\\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line));
const start = performance.now();
for (const report of reports) JSON.stringify(report);
process.stdout.write(String(performance.now() - start));
`;

/**
 * Runs node with `args` and times it. A script must exit 0 and print `expect`; `vendorgate
 * check` may also exit 1 (some product is restricted).
 */
function timed(args, expect) {
  const cpuBefore = childCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = performance.now() - start;
  const cpuAfter = childCpuMs();
  const script = args[0] === "-e";
  if (run.status !== 0 && (script || run.status !== 1)) {
    throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  }
  if (expect !== undefined && !expect.test(run.stdout)) {
    throw new Error(`${args.join(" ")} printed ${JSON.stringify(run.stdout.slice(0, 80))}`);
  }
  const cpuMs =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ms, cpuMs, stdout: run.stdout };
}

/**
 * Writes a fleet of `products` lines to a temporary file and times, `runs` times each in turn,
 * the floor, `vendorgate check --jobs 1` and `--jobs 2` (JSON reports to a pipe). Returns the
 * median milliseconds of each, the median CPU milliseconds of each `check` where the system
 * tells (`childCpuMs`) and of a check worker's setup (a process that only loads the library and
 * builds the bundled registry, less one that does nothing), and the cores this process may use;
 * and what the CLI cannot do without, at Node's own speed: the floor with a digest of each line
 * (`digestFloorMs`), and `JSON.stringify` of the reports `--jobs 1` wrote (`reportsJsonMs`, in a
 * process of its own).
 */
export function benchCli({ products, runs }) {
  const dir = mkdtempSync(join(tmpdir(), "vendorgate-bench-"));
  try {
    const file = join(dir, "fleet.ndjson");
    const lines = [];
    for (let i = 0; lines.length < products; i++) {
      const count = Math.min(1000, products - lines.length);
      for (const product of generateFleet({ count, seed: 42 + i })) {
        product.name = `Product ${lines.length}`;
        lines.push(JSON.stringify(product));
      }
    }
    const text = `${lines.join("\n")}\n`;
    writeFileSync(file, text);
    const check = (jobs) => [
      cli,
      "check",
      file,
      "--profile",
      "us-federal-agency",
      "--as-of",
      "2025-06-01",
      "--format",
      "json",
      "--jobs",
      String(jobs),
    ];
    const samples = { floor: [], digestFloor: [], jobs1: [], jobs2: [], setup: [], bare: [] };
    const reportsJson = [];
    const reportsFile = join(dir, "reports.ndjson");
    const keep = ({ ms, cpuMs }) => ({ ms, cpuMs });
    /** Keeps a run's times in `list`; returns what it printed. */
    const recorded = (list, run) => {
      list.push(keep(run));
      return run.stdout;
    };
    const count = new RegExp(`^${products}$`);
    for (let run = 0; run < runs; run++) {
      samples.setup.push(keep(timed(["-e", workerSetupScript], /^ready$/)));
      samples.bare.push(keep(timed(["-e", ""], /^$/)));
      samples.floor.push(keep(timed(["-e", floorScript(false), file], count)));
      samples.digestFloor.push(keep(timed(["-e", floorScript(true), file], count)));
      // The reports go to a file before the next run, so that this process does not hold them.
      writeFileSync(reportsFile, recorded(samples.jobs1, timed(check(1))));
      const json = timed(["-e", reportsJsonScript, reportsFile], /^\d+(\.\d+)?$/);
      reportsJson.push({ ms: Number(json.stdout) });
      rmSync(reportsFile);
      samples.jobs2.push(keep(timed(check(2))));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const medianMs = (timings, key) =>
      timings.some((t) => t[key] === undefined)
        ? undefined
        : Math.round(median(timings.map((t) => t[key])));
    const setupCpu = medianMs(samples.setup, "cpuMs");
    const bareCpu = medianMs(samples.bare, "cpuMs");
    return {
      products,
      megabytes: Number((Buffer.byteLength(text) / 1e6).toFixed(1)),
      cores: availableParallelism(),
      floorMs: medianMs(samples.floor, "ms"),
      digestFloorMs: medianMs(samples.digestFloor, "ms"),
      reportsJsonMs: medianMs(reportsJson, "ms"),
      jobs1Ms: medianMs(samples.jobs1, "ms"),
      jobs2Ms: medianMs(samples.jobs2, "ms"),
      jobs1CpuMs: medianMs(samples.jobs1, "cpuMs"),
      jobs2CpuMs: medianMs(samples.jobs2, "cpuMs"),
      workerSetupCpuMs: setupCpu === undefined ? undefined : Math.max(0, setupCpu - bareCpu),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
