// npm run bench [-- --quick --products N --runs N --cli-products N --json]
// Measures vendorgate against a plain hand-written baseline, in one run, on the same deterministic
// synthetic fleet: every bundled policy in scope alone, the US federal agency profile and
// untrusted input (cold: a fresh registry and an empty baseline cache per pass; warm: the same
// pass again), then chains and trees of many sizes, each in its own process, the CLI against the
// read + JSON.parse floor, and the real documents in ../shared/outside-boms. Prints every target
// of issue 17 with its ratio, met or missed. Build first.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { evaluate, evaluateMany, parseProduct } from "../dist/index.js";
import { makeBaseline, makeJsonLogicPerComponent } from "./bench/baselines.mjs";
import { benchCli } from "./bench/cli-floor.mjs";
import { nativeDigest } from "./bench/digest-floor.mjs";
import { countComponents, generateFleet } from "./bench/fleet.mjs";
import { benchOutsideBoms } from "./bench/outside-boms.mjs";
import { freshRegistry, scenarios } from "./bench/scenarios.mjs";
import { printTargets, targetsOf } from "./bench/targets.mjs";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: npm run bench [-- --quick --products N --runs N --cli-products N --json]

Measures vendorgate against a plain hand-written baseline on a deterministic synthetic fleet, then
chains and trees of many sizes, the CLI against the read + JSON.parse floor and the real documents
in ../shared/outside-boms, and prints every target with its ratio. Build first (npm run build).

  --quick             fewer products, one run, smaller shapes
  --products N        products in the fleet (default 1000; 300 with --quick)
  --runs N            runs whose median is taken (default 3; 1 with --quick)
  --cli-products N    lines in the CLI's NDJSON fleet (default 20000; 5000 with --quick)
  --clock wall|cpu    time in-process passes by the wall clock (default) or by this process's
                      CPU time (steadier on a machine shared with other work)
  --json              print the result as JSON
  -h, --help          show this help`;

const { values } = scriptArgs(usage, {
  options: {
    quick: { type: "boolean", default: false },
    products: { type: "string" },
    runs: { type: "string" },
    "cli-products": { type: "string" },
    clock: { type: "string", default: "wall" },
    json: { type: "boolean", default: false },
  },
});
const quick = values.quick;
const productCount = Number(values.products ?? (quick ? 300 : 1000));
const runs = Number(values.runs ?? (quick ? 1 : 3));
const chainSizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const cliProducts = Number(values["cli-products"] ?? (quick ? 5000 : 20_000));
const treeSizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];

const startCompile = performance.now();
freshRegistry();
const compileMs = performance.now() - startCompile;

// Through JSON text once, as real input comes (a portal's request body, an SBOM file): names
// built in-process are engine "cons" strings, slower to read character by character on both sides.
const fleet = JSON.parse(JSON.stringify(generateFleet({ count: productCount })));
const components = fleet.reduce((sum, product) => sum + countComponents(product), 0);
const trusted = fleet.map((product) => parseProduct(product));
const tokens = ["huawei", "zte", "hisilicon"];
const cjk = ["华为", "華為", "ファーウェイ", "中興通訊", "中兴通讯"];
const list = scenarios(fleet[0]);

if (values.clock !== "wall" && values.clock !== "cpu") {
  console.error(`--clock must be wall or cpu, not "${values.clock}"`);
  process.exit(2);
}
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const now = values.clock === "cpu" ? cpuMs : () => performance.now();

/** Milliseconds to screen the fleet once. */
function time(fn) {
  const start = now();
  fn();
  return now() - start;
}

function pass(scenario, registry) {
  const opts = scenario.options(registry);
  const inputs = scenario.input === "trusted" ? trusted : fleet;
  if (scenario.mode === "many") {
    return time(() => {
      for (const _ of evaluateMany(inputs, opts));
    });
  }
  return time(() => {
    for (const product of inputs) evaluate(product, opts);
  });
}

// Warm-up (JIT), on a registry of its own: each scenario as it runs (untrusted input and
// `evaluate` per call too), on the first 100 products.
const warmRegistry = freshRegistry();
const warmBaseline = makeBaseline(tokens, cjk);
for (const scenario of list) {
  if (scenario.skip) continue;
  const opts = scenario.options(warmRegistry);
  const inputs = (scenario.input === "trusted" ? trusted : fleet).slice(0, 100);
  if (scenario.mode === "many") for (const _ of evaluateMany(inputs, opts));
  else for (const product of inputs) evaluate(product, opts);
  for (const product of fleet.slice(0, 100)) warmBaseline(product);
}

// Each scenario runs beside its own baseline passes, so a slow spell of the machine hits both
// alike; each ratio is the median over runs of baseline time / vendorgate time.
const samples = list.map(() => ({ cold: [], warm: [], coldMs: [], warmMs: [] }));
const naive = makeJsonLogicPerComponent(tokens);
const naiveRatios = [];
const digestRatios = [];
for (let run = 0; run < runs; run++) {
  list.forEach((scenario, i) => {
    if (scenario.skip) return;
    const registry = freshRegistry();
    const baseline = makeBaseline(tokens, cjk);
    const baseCold = time(() => fleet.forEach(baseline));
    const cold = pass(scenario, registry);
    const baseWarm = time(() => fleet.forEach(baseline));
    const warm = pass(scenario, registry);
    samples[i].cold.push(baseCold / cold);
    samples[i].warm.push(baseWarm / warm);
    samples[i].coldMs.push(cold);
    samples[i].warmMs.push(warm);
  });
  const baseline = makeBaseline(tokens, cjk);
  const base = time(() => fleet.forEach(baseline));
  naiveRatios.push(base / time(() => fleet.forEach(naive)));
  digestRatios.push(base / time(() => fleet.forEach(nativeDigest)));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, digits = 2) => Number(x.toFixed(digits));
const digestRatio = median(digestRatios);
const rows = list.map((scenario, i) => {
  if (scenario.skip)
    return { name: scenario.name, target: scenario.target, skipped: scenario.skip };
  const cold = round(median(samples[i].cold));
  return {
    name: scenario.name,
    target: scenario.target,
    coldRatio: cold,
    warmRatio: round(median(samples[i].warm)),
    coldComponentsPerSecond: Math.round(components / (median(samples[i].coldMs) / 1000)),
    met: cold >= scenario.target,
    // How far below the target, as a share of the target.
    missedBy: cold >= scenario.target ? 0 : round(1 - cold / scenario.target),
    // What untrusted input cannot skip, the report's input digest, made by Node's own code.
    ...(scenario.input === "untrusted"
      ? {
          reference: round(digestRatio),
          referenceWhy: "Node's own JSON.stringify + SHA-256 of the input alone",
        }
      : {}),
  };
});
rows.push({
  name: "input digest by Node's own JSON.stringify + SHA-256",
  coldRatio: round(digestRatio),
});
rows.push({
  name: "json-logic-js per component (yardstick)",
  warmRatio: round(median(naiveRatios)),
});

function shapeRun(shape, size) {
  try {
    const out = execFileSync(
      process.execPath,
      [
        "--max-old-space-size=4096",
        new URL("./bench/big-tree.mjs", import.meta.url).pathname,
        shape,
        String(size),
      ],
      { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 },
    );
    return JSON.parse(out);
  } catch (error) {
    const reason =
      error.signal === "SIGTERM" ? "timed out after 120 s" : String(error.message).split("\n")[0];
    return { shape, components: size, failed: reason };
  }
}
const shapes = [
  ...chainSizes.map((size) => shapeRun("chain", size)),
  shapeRun("padded", chainSizes.at(-1)),
  ...treeSizes.map((size) => shapeRun("tree", size)),
];
const deepest = shapes.find((s) => s.shape === "chain" && s.components === 100_000);
const cli = benchCli({ products: cliProducts, runs });
const outside = benchOutsideBoms({ registry: freshRegistry(), runs });
const targets = targetsOf({ rows, cli, deepest });

const result = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
  fleet: { products: productCount, components, runs },
  clock: values.clock,
  compileBundledMs: round(compileMs, 1),
  rows,
  shapes,
  cli: {
    ...cli,
    jobs1VsFloor: round(cli.floorMs / cli.jobs1Ms),
    jobs2VsJobs1: round(cli.jobs1Ms / cli.jobs2Ms),
  },
  ...(outside
    ? { outsideBoms: { ...outside, vsFloor: round(outside.floorMs / outside.screenMs) } }
    : {}),
  targets,
  ...(deepest
    ? {
        deepChainTarget: {
          target: "under 1000 ms and 500 MB",
          met: !deepest.failed && deepest.totalMs < 1000 && deepest.peakRssMb < 500,
        },
      }
    : {}),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(
    `vendorgate bench: ${productCount} products, ${components} components, median of ${runs} runs, ${values.clock} clock, ${result.machine.node}; compile bundled pack ${result.compileBundledMs} ms`,
  );
  console.log(
    "ratios are baseline time / vendorgate time, measured side by side in this run (higher is faster)\n",
  );
  console.log(
    `${"scenario".padEnd(54)} ${"cold ×".padStart(7)} ${"warm ×".padStart(7)} ${"target".padStart(7)} ${"cold parts/s".padStart(13)}  result`,
  );
  for (const row of rows) {
    const verdict = row.skipped
      ? `skipped: ${row.skipped}`
      : row.target === undefined
        ? ""
        : row.met
          ? "met"
          : `missed by ${Math.round(row.missedBy * 100)}%`;
    console.log(
      `${row.name.padEnd(54)} ${String(row.coldRatio?.toFixed(2) ?? "").padStart(7)} ${String(row.warmRatio?.toFixed(2) ?? "").padStart(7)} ${String(row.target?.toFixed(1) ?? "").padStart(7)} ${(row.coldComponentsPerSecond?.toLocaleString("en") ?? "").padStart(13)}  ${verdict}`,
    );
  }
  console.log(
    `\n${"shape".padEnd(8)} ${"parts".padStart(10)} ${"total ms".padStart(9)} ${"ns/part".padStart(8)} ${"bytes/part".padStart(11)} ${"peak MB".padStart(8)} findings`,
  );
  for (const s of shapes) {
    if (s.failed) {
      console.log(
        `${s.shape.padEnd(8)} ${s.components.toLocaleString("en").padStart(10)} failed: ${s.failed}`,
      );
      continue;
    }
    console.log(
      `${s.shape.padEnd(8)} ${s.components.toLocaleString("en").padStart(10)} ${String(s.totalMs).padStart(9)} ${String(s.nsPerPart).padStart(8)} ${String(s.bytesPerPart).padStart(11)} ${String(s.peakRssMb).padStart(8)} ${s.findings}`,
    );
  }
  if (result.deepChainTarget)
    console.log(
      `100,000-deep chain, a finding on every level: target ${result.deepChainTarget.target}: ${result.deepChainTarget.met ? "met" : "missed"}`,
    );
  const c = result.cli;
  console.log(
    `\nCLI, ${c.products.toLocaleString("en")} NDJSON lines (${c.megabytes} MB), us-federal-agency, JSON reports: read + JSON.parse floor ${c.floorMs} ms; --jobs 1 ${c.jobs1Ms} ms (${c.jobs1VsFloor}x the floor); --jobs 2 ${c.jobs2Ms} ms (${c.jobs2VsJobs1}x --jobs 1)`,
  );
  if (c.jobs1CpuMs !== undefined)
    console.log(
      `CLI CPU time: --jobs 1 ${c.jobs1CpuMs} ms, --jobs 2 ${c.jobs2CpuMs} ms, a check worker's setup ${c.workerSetupCpuMs} ms; ${c.cores} cores`,
    );
  console.log(
    `CLI work it cannot skip, by Node's own code: read + JSON.parse + a digest of each line ${c.digestFloorMs} ms; JSON.stringify of the reports ${c.reportsJsonMs} ms`,
  );
  const o = result.outsideBoms;
  console.log(
    o
      ? `outside-boms: ${o.documents} real documents (${o.megabytes} MB, ${o.refused} refused), import + evaluate us-federal-agency ${o.screenMs} ms against read + JSON.parse ${o.floorMs} ms: ${o.vsFloor}x the floor`
      : "outside-boms: ../shared/outside-boms not found, not measured",
  );
  printTargets(targets);
  console.log(`peak RSS of this run: ${result.peakRssMb} MB`);
}
