// The fuzz loop shared by `npm run fuzz` (scripts/fuzz.mjs, through the bundle of entry.ts) and
// the short run in `npm test` (short-run.test.ts): generate input `index` of a seeded run, run
// it, collect failures.
import { generateCase } from "./cases.js";
import { createEnv, runCase } from "./check.js";
import type { FuzzCase, FuzzFailure, FuzzResult, FuzzRun, RunFuzzOptions } from "./types.js";
import { type Loose, serializeInput } from "./values.js";

export { createEnv, generateCase, runCase, serializeInput };

/** A failure's signature: target, kind and message with numbers and quoted text blurred. */
export function signatureOf(target: string, failure: { kind: string; message: string }): string {
  const message = failure.message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, "N")
    .slice(0, 160);
  return `${target} ${failure.kind}: ${message}`;
}

/**
 * Runs `runs` inputs starting at `start` and returns the counts, the time, the slowest call and
 * every failure (each with its index, so `generateCase(seed, index, options)` rebuilds it).
 * `onCase(index)` is called before each input (the runner's hang watchdog listens to it).
 */
export async function runFuzz({
  seed,
  runs,
  start = 0,
  env,
  options = {},
  onCase,
  onFailure,
}: RunFuzzOptions): Promise<FuzzRun> {
  const byTarget: FuzzRun["byTarget"] = {};
  const failures: FuzzFailure[] = [];
  let slowest = { ms: 0, index: -1, target: "" };
  const began = performance.now();
  for (let index = start; index < start + runs; index++) {
    onCase?.(index);
    let testCase: FuzzCase | undefined;
    let result: FuzzResult;
    try {
      testCase = generateCase(seed, index, options);
      result = await runCase(testCase, env);
    } catch (error) {
      testCase ??= { seed, index, target: "generator", jsonSafe: true, input: null };
      result = {
        ok: false,
        ms: 0,
        kind: "fuzzer",
        message: `${(error as Loose)?.constructor?.name}: ${(error as Loose)?.message}`,
      };
    }
    byTarget[testCase.target] ??= { inputs: 0, failures: 0, ms: 0 };
    const counts = byTarget[testCase.target] as FuzzRun["byTarget"][string];
    counts.inputs++;
    counts.ms += result.ms;
    if (result.ms > slowest.ms) slowest = { ms: result.ms, index, target: testCase.target };
    if (!result.ok) {
      counts.failures++;
      const failure = {
        index,
        target: testCase.target,
        kind: result.kind,
        message: result.message,
        ms: result.ms,
        signature: signatureOf(testCase.target, result),
      };
      failures.push(failure);
      await onFailure?.(failure, testCase);
    }
  }
  return { seed, start, inputs: runs, ms: performance.now() - began, byTarget, slowest, failures };
}
