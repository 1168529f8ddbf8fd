// Prints "tests: N passed, N failed" from vitest's JSON results (written in CI), for log readers.
import { readFileSync } from "node:fs";
import { scriptArgs } from "./lib/script-args.mjs";

scriptArgs(`Usage: node scripts/test-summary.mjs

Prints "tests: N passed, N failed" from vitest's JSON results (.vitest/results.json, written when
CI is set); exits 1 when a test failed or none passed.`);

const results = JSON.parse(
  readFileSync(new URL("../.vitest/results.json", import.meta.url), "utf8"),
);
console.log(`tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
if (results.numFailedTests > 0 || results.numPassedTests === 0) process.exit(1);
