// Times one evaluation of a single product of N parts, in its own process so its peak memory is
// its own. Prints JSON. Usage: node scripts/bench/big-tree.mjs [tree|chain] [N]
// tree: 1,000 boards of up to 1,000 parts, one covered part per 10,000.
// chain: N levels, each the only child of the one above, every level made by a covered maker
// (a finding on every level).
// padded: the same chain with every name padded with spaces, so every part is one the schema
// reads (and the digest writes as given).
import { performance } from "node:perf_hooks";
import { bundledRegistry, evaluate, parseProduct } from "../../dist/index.js";
import { scriptArgs } from "../lib/script-args.mjs";

scriptArgs(
  `Usage: node scripts/bench/big-tree.mjs [N]

Times one evaluation of a single product with N components (default 1000000) and prints JSON.`,
  { allowPositionals: true },
);

const shape = process.argv[2] ?? "tree";
const size = Number(process.argv[3] ?? 1_000_000);
const registry = bundledRegistry();
const makers = [
  "Kumo Electronics Co., Ltd.",
  "Vortek GmbH",
  "Lintek Inc.",
  "深圳市明华科技有限公司",
];

function wideTree() {
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
  return { name: "Data centre", manufacturer: makers[1], components: boards };
}

function chain(padded) {
  const nameOf = (level) => (padded ? ` Level ${level} ` : `Level ${level}`);
  let node = { name: nameOf(size - 1), manufacturer: "Huawei Technologies Co., Ltd." };
  for (let level = size - 2; level >= 0; level--) {
    node = {
      name: nameOf(level),
      manufacturer: "Huawei Technologies Co., Ltd.",
      components: [node],
    };
  }
  return node;
}

const product = shape === "tree" ? wideTree() : chain(shape === "padded");
const options = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2021-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
};
// Peak memory is judged against the resident size once the product is built.
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const parsed = parseProduct(product);
const t1 = performance.now();
const report = evaluate(parsed, options);
const t2 = performance.now();
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    shape,
    components: size,
    validateMs: Math.round(t1 - t0),
    evaluateMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    nsPerPart: Math.round(((t2 - t0) * 1e6) / size),
    bytesPerPart: Math.round(Math.max(0, peak - rssBefore) / size),
    findings: report.findings.length,
    verdict: report.verdict,
    peakRssMb: Math.round(peak / 2 ** 20),
  }),
);
