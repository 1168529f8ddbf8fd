// Runs in a worker thread, so that pollution (and a hang) stays out of the test runner: for each
// case, sets the given keys on Object.prototype, evaluates a product with a Huawei modem through
// evaluate, safeEvaluate and evaluateMany of the built package, and removes the keys again.
import { parentPort, workerData } from "node:worker_threads";
import { bundledRegistry, evaluate, evaluateMany, safeEvaluate } from "../../dist/index.js";

const registry = bundledRegistry();
const product = () => ({
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Modem", manufacturer: "Huawei Technologies Co., Ltd." }],
});
const options = () => ({
  registry,
  policies: ["jp-gov-procurement@1.0.0"],
  asOf: "2024-06-01",
  context: { buyer: { sector: "government", jurisdiction: "JP" } },
});

function outcome(run) {
  try {
    return { verdict: run() };
  } catch (error) {
    if (error?.name === "VendorgateError") {
      return { refused: error.issues.map((issue) => issue.message).join("\n") };
    }
    return { other: `${error?.name}: ${error?.message}` };
  }
}

const results = [];
for (const keys of workerData.cases) {
  for (const [key, value] of Object.entries(keys)) {
    // A descriptor without a prototype: a polluted `get` or `set` must not be read as part of it.
    const descriptor = Object.assign(Object.create(null), {
      value,
      configurable: true,
      writable: true,
    });
    Object.defineProperty(Object.prototype, key, descriptor);
  }
  try {
    const safe = outcome(() => {
      const result = safeEvaluate(product(), options());
      return result.ok ? result.report.verdict : "issues";
    });
    results.push({
      keys: Object.keys(keys),
      evaluate: outcome(() => evaluate(product(), options()).verdict),
      safeEvaluate: safe,
      evaluateMany: outcome(() => [...evaluateMany([product()], options())][0]?.verdict),
    });
  } finally {
    for (const key of Object.keys(keys)) delete Object.prototype[key];
  }
}
const after = evaluate(product(), options()).verdict;
parentPort.postMessage({ results, after });
