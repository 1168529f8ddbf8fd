// The CLI end to end against the floor of reading the same NDJSON fleet and `JSON.parse`-ing each
// line, each in a process of its own (node's start-up counted on both sides), in one run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { generateFleet } from "./fleet.mjs";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

// What the floor does: read the lines, parse each.
const floorScript = `
const { readFileSync } = require("node:fs");
let count = 0;
for (const line of readFileSync(process.argv[1], "utf8").split("\\n")) {
  if (line.length > 0 && JSON.parse(line)) count++;
}
process.stdout.write(String(count));
`;

function timed(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = performance.now() - start;
  // Exit 1 only says some product is restricted.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.split("\n")[0]}`);
  }
  return ms;
}

/**
 * Writes a fleet of `products` lines to a temporary file and times, `runs` times each in turn,
 * the floor, `vendorgate check --jobs 1` and `--jobs 2` (JSON reports to a pipe). Returns the
 * median milliseconds of each.
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
    const samples = { floor: [], jobs1: [], jobs2: [] };
    for (let run = 0; run < runs; run++) {
      samples.floor.push(timed(["-e", floorScript, file]));
      samples.jobs1.push(timed(check(1)));
      samples.jobs2.push(timed(check(2)));
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      products,
      megabytes: Number((Buffer.byteLength(text) / 1e6).toFixed(1)),
      floorMs: Math.round(median(samples.floor)),
      jobs1Ms: Math.round(median(samples.jobs1)),
      jobs2Ms: Math.round(median(samples.jobs2)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
