// Fuzzes every public entry point of the built package (dist/index.js) and the CLI.
//
//   npm run fuzz -- --runs N [--seed S] [--avoid-known-bugs] [--time-limit MS] [--hang-after MS]
//                   [--spawn-every N] [--replay FILE]
//
// Inputs run in a worker thread. The library is the built dist/index.js. The generators and
// checks are TypeScript beside the tests (test/fuzz/), bundled with tsup into .fuzz/build/fuzz.js
// together with `runCli` (from src/cli/run-cli.ts, because dist/cli.js runs the command on import
// and exports nothing; see test/fuzz/entry.ts). The CLI runs in-process through `runCli` with an
// in-memory file system; every
// `--spawn-every`-th input that is a `check` command also runs the real dist/cli.js as a child
// process. A call over `--time-limit` is a failure ("slow"); a worker that makes no progress for
// `--hang-after` is stopped, its input saved as a hang, and a new worker continues after it.
// Each failure's input is saved under .fuzz/failures/ (up to 3 per kind of failure); the exit
// code is 1 when anything failed.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: npm run fuzz -- [--runs N] [--seed S] [--avoid-known-bugs] [--time-limit MS]
                      [--hang-after MS] [--spawn-every N] [--replay FILE]

Fuzzes every public entry point of the built package and the CLI (build first: npm run build).

  --runs N            inputs to try (default 10000)
  --seed S            the seed (default: a random one, printed)
  --avoid-known-bugs  skip inputs that hit bugs already known
  --time-limit MS     a call slower than this is a failure (default 5000)
  --hang-after MS     a worker with no progress for this long is stopped (default 60000)
  --spawn-every N     every N-th check input also runs dist/cli.js as a process (default 100)
  --replay FILE       run one saved failure again
  -h, --help          show this help`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = scriptArgs(usage, {
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string" },
    "avoid-known-bugs": { type: "boolean", default: false },
    "time-limit": { type: "string", default: "5000" },
    "hang-after": { type: "string", default: "60000" },
    "spawn-every": { type: "string", default: "100" },
    replay: { type: "string" },
  },
});

const number = (name) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`fuzz: --${name} must be a whole number, not ${values[name]}`);
    process.exit(2);
  }
  return value;
};

const distIndex = join(root, "dist/index.js");
const distCli = join(root, "dist/cli.js");
if (!existsSync(distIndex) || !existsSync(distCli)) {
  console.error("fuzz: dist/ is missing; run `npm run build` first");
  process.exit(2);
}

const buildDir = join(root, ".fuzz/build");
const failuresDir = join(root, ".fuzz/failures");
mkdirSync(failuresDir, { recursive: true });

const fuzzSources = join(root, "test/fuzz");

/** The newest change to what the bundle is made of: dist/ (built from src/) and test/fuzz/. */
function sourcesChanged() {
  const times = readdirSync(fuzzSources)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => statSync(join(fuzzSources, name)).mtimeMs);
  return Math.max(statSync(distCli).mtimeMs, ...times);
}

/** Bundles the fuzz core and runCli (test/fuzz/entry.ts), again when dist/ or test/fuzz/ is newer. */
async function buildFuzzBundle() {
  const bundle = join(buildDir, "fuzz.js");
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesChanged();
  if (!fresh) {
    const { build } = await import("tsup");
    try {
      await build({
        entry: { fuzz: join(fuzzSources, "entry.ts") },
        format: ["esm"],
        outDir: buildDir,
        platform: "node",
        target: "node20",
        config: false,
        silent: true,
        dts: false,
        splitting: false,
        clean: false,
      });
    } catch (error) {
      console.error(
        `fuzz: cannot bundle test/fuzz/entry.ts (${String(error.message).split("\n")[0]})`,
      );
      process.exit(2);
    }
  }
  return pathToFileURL(bundle).href;
}

const fuzzBundle = await buildFuzzBundle();
const core = await import(fuzzBundle);
const timeLimitMs = number("time-limit");
const options = { avoidKnownBugs: values["avoid-known-bugs"] };

if (values.replay !== undefined) await replay(values.replay);
else await fuzz();

async function replay(file) {
  const saved = JSON.parse(readFileSync(file, "utf8"));
  const { createEnv, generateCase, runCase } = core;
  const lib = {
    ...(await import(pathToFileURL(distIndex).href)),
    ...(await import(pathToFileURL(join(root, "dist/maintain.js")).href)),
  };
  const env = await createEnv({ lib, runCli: core.runCli, cliLib: core, timeLimitMs });
  const testCase = generateCase(saved.seed, saved.index, saved.options);
  const result = await runCase(testCase, env);
  console.log(`${testCase.target} input ${saved.index} of seed ${saved.seed}:`, result);
  process.exitCode = result.ok ? 0 : 1;
}

async function fuzz() {
  const runs = number("runs");
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : number("seed");
  const hangAfter = number("hang-after");
  const spawnEvery = number("spawn-every");
  // [0]: the index of the input in progress; [1]: how many inputs the current worker started.
  const heartbeat = new SharedArrayBuffer(8);
  const beat = new Int32Array(heartbeat);
  const totals = { inputs: 0, byTarget: {}, slowest: { ms: 0, index: -1, target: "" } };
  const failures = [];
  const savedBySignature = new Map();
  const began = performance.now();
  console.log(
    `fuzz: seed ${seed}, ${runs} inputs${options.avoidKnownBugs ? ", avoiding known bugs" : ""}`,
  );

  const save = (failure, input) => {
    failures.push(failure);
    const saved = savedBySignature.get(failure.signature) ?? 0;
    savedBySignature.set(failure.signature, saved + 1);
    if (saved >= 3) return;
    const file = join(
      failuresDir,
      `${seed}-${failure.index}-${failure.target}-${failure.kind}.json`,
    );
    const head = JSON.stringify({
      seed,
      ...failure,
      options,
      replay: `npm run fuzz -- --replay ${file}`,
    });
    writeFileSync(file, `${head.slice(0, -1)},"input":${input ?? "null"}}\n`);
    console.log(`  ✖ #${failure.index} ${failure.signature}\n    → ${file}`);
  };

  let next = 0;
  while (next < runs) {
    const from = next;
    const outcome = await new Promise((settle) => {
      const worker = new Worker(join(root, "scripts/fuzz/worker.mjs"), {
        workerData: {
          seed,
          start: from,
          end: runs,
          options,
          distIndex: pathToFileURL(distIndex).href,
          distCli,
          fuzzBundle,
          timeLimitMs,
          spawnEvery,
          heartbeat,
        },
        resourceLimits: { maxOldGenerationSizeMb: 4096 },
      });
      Atomics.store(beat, 0, from);
      Atomics.store(beat, 1, 0);
      // The clock runs from the first input on, not while the worker loads the package.
      let started = 0;
      let lastChange = performance.now();
      let done = false;
      let reported = from;
      // Where the chunk in progress started: inputs before it are counted in `totals` already.
      let chunkStart = from;
      const watchdog = setInterval(() => {
        const now = Atomics.load(beat, 0);
        const count = Atomics.load(beat, 1);
        if (count === 0 || count !== started) {
          started = count;
          lastChange = performance.now();
        } else if (performance.now() - lastChange > hangAfter) {
          clearInterval(watchdog);
          done = true;
          worker.terminate();
          settle({
            stoppedAt: now,
            kind: "hang",
            message: `no progress for ${hangAfter} ms`,
            chunkStart,
          });
        }
        if (now - reported >= 10_000) {
          reported = now;
          const seconds = (performance.now() - began) / 1000;
          console.log(
            `  … ${now} inputs, ${failures.length} failures, ${Math.round(now / seconds)}/s`,
          );
        }
      }, 250);
      worker.on("message", (message) => {
        if (message.type === "failure") save(message.failure, message.input);
        else if (message.type === "chunk") {
          const { result } = message;
          totals.inputs += result.inputs;
          for (const [target, counts] of Object.entries(result.byTarget)) {
            totals.byTarget[target] ??= { inputs: 0, failures: 0, ms: 0 };
            const sum = totals.byTarget[target];
            sum.inputs += counts.inputs;
            sum.failures += counts.failures;
            sum.ms += counts.ms;
          }
          if (result.slowest.ms > totals.slowest.ms) totals.slowest = result.slowest;
          chunkStart = result.start + result.inputs;
        } else if (message.type === "done") {
          done = true;
          clearInterval(watchdog);
          settle({ finished: true });
        }
      });
      const crash = (detail) => {
        if (done) return;
        done = true;
        clearInterval(watchdog);
        if (Atomics.load(beat, 1) === 0) {
          console.error(`fuzz: the worker failed before its first input: ${detail}`);
          process.exit(2);
        }
        settle({ stoppedAt: Atomics.load(beat, 0), kind: "crash", message: detail, chunkStart });
      };
      worker.on("error", (error) => crash(`${error?.constructor?.name}: ${error?.message}`));
      worker.on("exit", (code) => crash(`the worker exited with code ${code}`));
    });
    if (outcome.finished) break;
    const index = outcome.stoppedAt;
    totals.inputs += index + 1 - outcome.chunkStart;
    const { generateCase, serializeInput, signatureOf } = core;
    const testCase = generateCase(seed, index, options);
    const failure = {
      index,
      target: testCase.target,
      kind: outcome.kind,
      message: outcome.message,
      ms: hangAfter,
    };
    failure.signature = signatureOf(testCase.target, failure);
    save(failure, serializeInput(testCase.input));
    next = index + 1;
  }

  const seconds = (performance.now() - began) / 1000;
  console.log(
    `\nfuzz: ${totals.inputs} inputs in ${seconds.toFixed(1)} s (${Math.round(totals.inputs / seconds)}/s), seed ${seed}`,
  );
  for (const [target, counts] of Object.entries(totals.byTarget).sort()) {
    console.log(
      `  ${target.padEnd(18)} ${String(counts.inputs).padStart(7)} inputs  ${String(counts.failures).padStart(5)} failures  ${(counts.ms / Math.max(1, counts.inputs)).toFixed(2)} ms avg`,
    );
  }
  console.log(
    `  slowest: ${totals.slowest.target} #${totals.slowest.index} ${Math.round(totals.slowest.ms)} ms`,
  );
  if (failures.length === 0) {
    console.log("no failures");
    return;
  }
  console.log(`\n${failures.length} failures, ${savedBySignature.size} kinds:`);
  for (const [signature, count] of [...savedBySignature].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${String(count).padStart(6)} × ${signature}`);
  }
  console.log(`reproducers in ${failuresDir}`);
  process.exitCode = 1;
}
