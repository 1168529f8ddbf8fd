// npm run bench [-- --products N --runs N --json]
// Measures vendorgate against a plain hand-written baseline and json-logic-js per component, in
// one run, on the same deterministic synthetic fleet. Build first (npm run build).
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { bundledRegistry, evaluate, evaluateMany, parseProduct } from "../dist/index.js";
import { makeBaseline, makeJsonLogicPerComponent } from "./bench/baselines.mjs";
import { countComponents, generateFleet } from "./bench/fleet.mjs";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: npm run bench [-- --products N --runs N --tree-size N --json]

Measures vendorgate against a plain hand-written baseline and json-logic-js per component, in one
run, on the same deterministic synthetic fleet. Build first (npm run build).

  --products N   products in the synthetic fleet (default 2000)
  --runs N       runs per contender (default 5)
  --tree-size N  components of the one large product (default 1000000)
  --json         print the results as JSON
  -h, --help     show this help`;

const { values } = scriptArgs(usage, {
  options: {
    products: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
    "tree-size": { type: "string", default: "1000000" },
  },
});
const productCount = Number(values.products);
const runs = Number(values.runs);

const startCompile = performance.now();
const registry = bundledRegistry();
const compileMs = performance.now() - startCompile;

const fleet = generateFleet({ count: productCount });
const components = fleet.reduce((sum, product) => sum + countComponents(product), 0);
const asOf = "2021-06-01";
const context = { buyer: { sector: "government", jurisdiction: "JP" } };
const options = { registry, policies: ["jp-gov-procurement"], asOf, context };
const threePolicies = {
  registry,
  profile: "us-federal-agency",
  asOf,
  context: { purpose: "public-safety" },
};
const trusted = fleet.map((product) => parseProduct(product));

const tokens = ["huawei", "zte", "hisilicon"];
const cjk = ["华为", "華為", "ファーウェイ", "中興通訊", "中兴通讯"];
const baseline = makeBaseline(tokens, cjk);
const naive = makeJsonLogicPerComponent(tokens);

// evaluateMany checks options and resolves policies once for the whole fleet, as apps do.
const contenders = [
  ["baseline (walk + Set + name cache)", (product) => baseline(product), fleet],
  ["evaluateMany, trusted, 1 policy", null, trusted, options],
  ["evaluateMany, untrusted, 1 policy", null, fleet, options],
  ["evaluateMany, trusted, 3 policies", null, trusted, threePolicies],
  ["evaluateMany, untrusted, 3 policies", null, fleet, threePolicies],
  [
    "evaluate (options checked per call), trusted, 1 policy",
    (product) => evaluate(product, options),
    trusted,
  ],
  ["json-logic-js per component", (product) => naive(product), fleet],
];

function measure(fn, inputs, opts) {
  const times = new Float64Array(inputs.length);
  const start = performance.now();
  if (fn === null) {
    const reports = evaluateMany(inputs, opts);
    for (let i = 0; i < inputs.length; i++) {
      const t = performance.now();
      reports.next();
      times[i] = performance.now() - t;
    }
  } else {
    for (let i = 0; i < inputs.length; i++) {
      const t = performance.now();
      fn(inputs[i]);
      times[i] = performance.now() - t;
    }
  }
  const total = performance.now() - start;
  times.sort();
  return {
    total,
    median: times[Math.floor(times.length / 2)],
    p99: times[Math.floor(times.length * 0.99)],
  };
}

// Contenders take turns within each run, so a slow spell of the machine hits them all alike;
// each ratio is the median of the ratios measured run by run.
for (const [, fn, inputs, opts] of contenders) measure(fn, inputs.slice(0, 200), opts); // warm-up
const samples = contenders.map(() => []);
for (let run = 0; run < runs; run++) {
  contenders.forEach(([, fn, inputs, opts], i) => {
    samples[i].push(measure(fn, inputs, opts));
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = contenders.map(([name], i) => {
  const mine = samples[i];
  const mid = [...mine].sort((a, b) => a.total - b.total)[Math.floor(mine.length / 2)];
  return {
    name,
    componentsPerSecond: Math.round(components / (mid.total / 1000)),
    productMedianUs: Math.round(mid.median * 1000),
    productP99Us: Math.round(mid.p99 * 1000),
    ratioToBaseline: Number(
      median(mine.map((sample, run) => samples[0][run].total / sample.total)).toFixed(2),
    ),
  };
});

const bigTree = JSON.parse(
  execFileSync(
    process.execPath,
    [new URL("./bench/big-tree.mjs", import.meta.url).pathname, values["tree-size"]],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  ),
);

const firstStart = performance.now();
evaluate(fleet[0], { ...options, registry: bundledRegistry() });
const result = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}` },
  fleet: { products: productCount, components, runs },
  compileBundledMs: Number(compileMs.toFixed(1)),
  firstEvaluateMs: Number((performance.now() - firstStart).toFixed(1)),
  rows,
  bigTree,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(
    `vendorgate bench: ${productCount} products, ${components} components, median of ${runs} runs, ${result.machine.node}`,
  );
  console.log(
    `compile bundled policies: ${result.compileBundledMs} ms; first evaluate after: ${result.firstEvaluateMs} ms`,
  );
  console.log("");
  console.log(
    `${"contender".padEnd(56)} ${"components/s".padStart(13)} ${"µs/product p50".padStart(15)} ${"p99".padStart(8)} ${"× baseline".padStart(11)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(56)} ${row.componentsPerSecond.toLocaleString("en").padStart(13)} ${String(row.productMedianUs).padStart(15)} ${String(row.productP99Us).padStart(8)} ${row.ratioToBaseline.toFixed(2).padStart(11)}`,
    );
  }
  const big = result.bigTree;
  console.log(
    `\none ${big.components.toLocaleString("en")}-component product: validate ${big.validateMs} ms + evaluate ${big.evaluateMs} ms = ${big.totalMs} ms, peak RSS ${big.peakRssMb} MB (own process)`,
  );
  console.log(`peak RSS of this run: ${result.peakRssMb} MB`);
}
