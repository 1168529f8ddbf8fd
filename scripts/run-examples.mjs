// Runs every program in examples/ against the built package; fails if any of them fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { scriptArgs } from "./lib/script-args.mjs";

scriptArgs(`Usage: npm run examples

Runs every program in examples/ against the built package (npm run build first); fails if any of
them fails.`);

const dir = new URL("../examples/", import.meta.url);
let failed = 0;
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith(".mjs"))
  .sort()) {
  console.log(`--- examples/${file}`);
  const result = spawnSync(process.execPath, [new URL(file, dir).pathname], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`examples/${file} exited with ${result.status}`);
    failed++;
  }
}
if (failed > 0) process.exit(1);
