// The fuzz worker: runs inputs against the built package and the CLI, reports each failure with
// its input, and stores the index it is on in shared memory so the runner can spot a hang. The
// generators and checks come from the bundle of test/fuzz/entry.ts (`fuzzBundle`).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const {
  seed,
  start,
  end,
  options,
  distIndex,
  distCli,
  fuzzBundle,
  timeLimitMs,
  spawnEvery,
  heartbeat,
} = workerData;
const beat = new Int32Array(heartbeat);
// The whole public API: the screening entry and vendorgate/maintain.
const lib = {
  ...(await import(distIndex)),
  ...(await import(distIndex.replace(/index\.js$/, "maintain.js"))),
};
const cliLib = await import(fuzzBundle);
const { createEnv, runFuzz, serializeInput } = cliLib;

/** Runs the real `dist/cli.js` for some CLI inputs, with their files in a temporary folder. */
const spawnCli =
  spawnEvery > 0
    ? {
        wants: (testCase) => testCase.index % spawnEvery === 0,
        run(argv, files, stdin) {
          const dir = mkdtempSync(join(tmpdir(), "vendorgate-fuzz-"));
          try {
            for (const [path, text] of Object.entries(files)) {
              mkdirSync(dirname(join(dir, path)), { recursive: true });
              writeFileSync(join(dir, path), text);
            }
            const result = spawnSync(process.execPath, [distCli, ...argv], {
              cwd: dir,
              input: stdin,
              encoding: "utf8",
              timeout: 60_000,
              maxBuffer: 256 * 1024 * 1024,
            });
            return {
              code: result.status,
              signal: result.signal,
              stdout: result.stdout,
              stderr: result.stderr,
            };
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      }
    : undefined;

const env = await createEnv({ lib, runCli: cliLib.runCli, cliLib, timeLimitMs, spawnCli });
const chunk = 500;
for (let from = start; from < end; from += chunk) {
  const result = await runFuzz({
    seed,
    start: from,
    runs: Math.min(chunk, end - from),
    env,
    options,
    onCase: (index) => {
      Atomics.store(beat, 0, index);
      Atomics.add(beat, 1, 1);
    },
    onFailure: (failure, testCase) => {
      parentPort.postMessage({ type: "failure", failure, input: serializeInput(testCase.input) });
    },
  });
  parentPort.postMessage({
    type: "chunk",
    result: { ...result, failures: result.failures.length },
  });
}
parentPort.postMessage({ type: "done" });
