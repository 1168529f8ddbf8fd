// node scripts/bench/write-fleet.mjs --out /tmp/fleet.ndjson --gigabytes 1 [--products N] [--seed S]
// Writes a large deterministic NDJSON fleet for `vendorgate check` benchmarks, streaming: the
// seeded generator in ./fleet.mjs makes it in chunks (one seed per chunk), so memory stays small
// however large the file. Stops after --products products, else once --gigabytes GiB (2^30 bytes each) are written.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { scriptArgs } from "../lib/script-args.mjs";
import { generateFleet } from "./fleet.mjs";

const usage = `Usage: node scripts/bench/write-fleet.mjs --out FILE [--gigabytes N | --products N] [--seed S] [--chunk N]

Writes a large deterministic NDJSON fleet for vendorgate check benchmarks, streaming.

  --out FILE       where to write the fleet
  --gigabytes N    stop after N GiB (default 1)
  --products N     stop after N products instead
  --seed S         the generator's seed (default 42)
  --chunk N        products per generated chunk (default 1000)
  -h, --help       show this help`;

const { values } = scriptArgs(usage, {
  options: {
    out: { type: "string" },
    gigabytes: { type: "string", default: "1" },
    products: { type: "string" },
    seed: { type: "string", default: "42" },
    chunk: { type: "string", default: "1000" },
  },
});
if (!values.out) {
  console.error(
    "usage: node scripts/bench/write-fleet.mjs --out FILE [--gigabytes N | --products N]",
  );
  process.exit(2);
}
const limitBytes = values.products
  ? Number.POSITIVE_INFINITY
  : Number(values.gigabytes) * 1024 ** 3;
const limitProducts = values.products ? Number(values.products) : Number.POSITIVE_INFINITY;
const chunk = Number(values.chunk);
const seed = Number(values.seed);

const out = createWriteStream(values.out);
const started = performance.now();
let bytes = 0;
let products = 0;
for (let i = 0; bytes < limitBytes && products < limitProducts; i++) {
  const count = Math.min(chunk, limitProducts - products);
  const lines = generateFleet({ count, seed: seed + i }).map((product, p) => {
    product.name = `Product ${products + p}`;
    return JSON.stringify(product);
  });
  const text = `${lines.join("\n")}\n`;
  products += count;
  bytes += Buffer.byteLength(text);
  if (!out.write(text)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const seconds = (performance.now() - started) / 1000;
console.error(
  `wrote ${values.out}: ${products.toLocaleString("en")} products, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s`,
);
