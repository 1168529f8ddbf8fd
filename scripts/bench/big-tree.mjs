// Times one evaluation of a single product with N components (default 1,000,000), in its own
// process so its peak memory is its own. Prints JSON. Usage: node scripts/bench/big-tree.mjs [N]
import { performance } from "node:perf_hooks";
import { bundledRegistry, evaluate, parseProduct } from "../../dist/index.js";
import { scriptArgs } from "../lib/script-args.mjs";

scriptArgs(
  `Usage: node scripts/bench/big-tree.mjs [N]

Times one evaluation of a single product with N components (default 1000000) and prints JSON.`,
  { allowPositionals: true },
);

const size = Number(process.argv[2] ?? 1_000_000);
const registry = bundledRegistry();
const makers = [
  "Kumo Electronics Co., Ltd.",
  "Vortek GmbH",
  "Lintek Inc.",
  "深圳市明华科技有限公司",
];
// A wide, shallow tree: 1,000 boards of 1,000 parts each, one covered part per 10,000 (numbers 1, 10,001, ...: boards take the multiples of 1,000).
const boards = [];
let made = 1;
while (made < size) {
  const parts = [];
  for (let i = 0; i < 999 && made + 1 < size; i++, made++) {
    parts.push({
      name: `Part ${made}`,
      manufacturer:
        made % 10_000 === 1 ? "Huawei Technologies Co., Ltd." : makers[made % makers.length],
    });
  }
  boards.push({ name: `Board ${boards.length}`, manufacturer: makers[0], components: parts });
  made++;
}
const product = { name: "Data centre", manufacturer: makers[1], components: boards };
const options = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2021-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
};

const t0 = performance.now();
const parsed = parseProduct(product);
const t1 = performance.now();
const report = evaluate(parsed, options);
const t2 = performance.now();
console.log(
  JSON.stringify({
    components: made,
    validateMs: Math.round(t1 - t0),
    evaluateMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    findings: report.findings.length,
    verdict: report.verdict,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
