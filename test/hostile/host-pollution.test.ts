// A host that puts properties on Object.prototype (by a bug of its own or a polluted dependency)
// cannot make evaluate hang or change a verdict: every key the engine reads (the fields of every
// schema, and every property name the engine's code reads) is set, alone and in pairs, to hostile
// values, and each call must end promptly with the right verdict or a refusal, never another
// verdict and never a raw error. The calls run in a worker thread on the built package.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import {
  bundledRegistry,
  ContextSchema,
  EntitySchema,
  EvaluateOptionsSchema,
  evaluate,
  HorizonOptionsSchema,
  LimitsSchema,
  MatrixOptionsSchema,
  PackSchema,
  PartySchema,
  PolicySchema,
  ProductSchema,
  ProfileSchema,
  ReportSchema,
  VendorgateError,
  WaiverSchema,
} from "../../src/index.js";

/** Every object key named in a set of zod schemas, however deep. */
function schemaKeys(schemas: readonly z.ZodMiniType[]): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [...schemas];
  while (stack.length > 0) {
    const schema = stack.pop() as { _zod?: { def?: Record<string, unknown> } } | undefined;
    if (!schema || seen.has(schema)) continue;
    seen.add(schema);
    const def = schema._zod?.def;
    if (!def) continue;
    for (const [key, inner] of Object.entries((def.shape as object | undefined) ?? {})) {
      keys.add(key);
      stack.push(inner);
    }
    for (const field of ["innerType", "in", "out", "element", "valueType", "left", "right"]) {
      if (def[field]) stack.push(def[field]);
    }
    for (const field of ["options", "items"]) {
      if (Array.isArray(def[field])) stack.push(...(def[field] as unknown[]));
    }
    if (typeof def.getter === "function") stack.push((def.getter as () => unknown)());
  }
  return keys;
}

/** Every property name read with `.name` in the library's engine, model, logic and name code. */
function namesReadIn(dirs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir)) {
      if (!file.endsWith(".ts")) continue;
      const text = readFileSync(join(dir, file), "utf8");
      for (const match of text.matchAll(/[\w)\]?]\.([A-Za-z_$][\w$]*)/g))
        names.add(match[1] as string);
    }
  }
  return names;
}

const fieldKeys = schemaKeys([
  EvaluateOptionsSchema,
  MatrixOptionsSchema,
  HorizonOptionsSchema,
  ProductSchema,
  PartySchema,
  ContextSchema,
  WaiverSchema,
  LimitsSchema,
  PolicySchema,
  EntitySchema,
  ProfileSchema,
  PackSchema,
  ReportSchema,
]);
const engineKeys = namesReadIn(
  ["engine", "logic", "model", "names", "registry", "util"].map((dir) => join("src", dir)),
);
// Object.prototype's own names are left alone: replacing them is not adding a property.
const standard = new Set(Object.getOwnPropertyNames(Object.prototype));
const everyKey = [...new Set([...fieldKeys, ...engineKeys, "0", "1", "length", "then"])]
  .filter((key) => !standard.has(key))
  .sort();

const waiver = {
  id: "w",
  policy: "jp-gov-procurement",
  reason: "r",
  approver: "a",
  expires: "2030-01-01",
};
const hostileValues: readonly unknown[] = [
  "hostile",
  "allowed",
  0,
  1,
  true,
  false,
  null,
  [],
  ["Router"],
  { polluted: 1 },
  [waiver],
];
/** A value that suits a key: waivers that waive everything, a path that matches the product. */
const fitting: Record<string, unknown> = {
  waivers: [waiver],
  path: ["Router"],
  policies: ["jp-gov-procurement@1.0.0"],
  verdict: "allowed",
  until: "2000-01-01",
  from: "2999-01-01",
  reviewOnly: true,
  components: [{ name: "Clean part" }],
};

interface Outcome {
  verdict?: string;
  refused?: string;
  other?: string;
}
interface CaseResult {
  keys: string[];
  evaluate: Outcome;
  safeEvaluate: Outcome;
  evaluateMany: Outcome;
}

/** Runs cases in a worker; fails if the worker has not finished by `seconds` (a hang). */
function runCases(
  cases: readonly Record<string, unknown>[],
  seconds: number,
): Promise<{ results: CaseResult[]; after: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./pollution-worker.mjs", import.meta.url), {
      workerData: { cases },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`evaluate did not finish within ${seconds} s: it hangs under pollution`));
    }, seconds * 1000);
    worker.once("message", (message) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The right verdict, or a refusal that names a polluted key: never another verdict, never a raw throw. */
function expectFailClosed(result: CaseResult): void {
  for (const call of ["evaluate", "safeEvaluate", "evaluateMany"] as const) {
    const outcome = result[call];
    const where = `${call} with Object.prototype.${result.keys.join(" + ")}`;
    expect(outcome.other, where).toBeUndefined();
    if (outcome.verdict === "issues") continue;
    if (outcome.refused !== undefined) {
      expect(outcome.refused, where).toContain(result.keys[0]);
      continue;
    }
    expect(outcome.verdict, where).toBe("restricted");
  }
  expect(result.safeEvaluate.refused, "safeEvaluate never throws").toBeUndefined();
}

describe("a host that pollutes Object.prototype", () => {
  it("reads hundreds of keys, schema fields among them", () => {
    for (const key of ["waivers", "path", "policy", "rule", "until", "verdict", "manufacturer"]) {
      expect(everyKey).toContain(key);
    }
    expect(everyKey.length).toBeGreaterThan(300);
  });

  it("cannot make evaluate hang or change its verdict, one key at a time", async () => {
    const cases = everyKey.flatMap((key) =>
      [...hostileValues, ...(Object.hasOwn(fitting, key) ? [fitting[key]] : [])].map((value) => ({
        [key]: value,
      })),
    );
    const { results, after } = await runCases(cases, 120);
    expect(results).toHaveLength(cases.length);
    for (const result of results) expectFailClosed(result);
    expect(after).toBe("restricted");
  });

  it("cannot make evaluate hang with waivers and path together, nor with any two schema fields", async () => {
    const keys = [...fieldKeys].sort();
    const fittingOr = (key: string) => (Object.hasOwn(fitting, key) ? fitting[key] : "hostile");
    const cases: Record<string, unknown>[] = [{ waivers: [waiver], path: ["Router"] }];
    for (const [i, a] of keys.entries()) {
      for (const b of keys.slice(i + 1)) cases.push({ [a]: fittingOr(a), [b]: fittingOr(b) });
    }
    cases.push(Object.fromEntries(everyKey.map((key) => [key, fittingOr(key)])));
    const { results, after } = await runCases(cases, 120);
    expect(results).toHaveLength(cases.length);
    for (const result of results) expectFailClosed(result);
    expect(after).toBe("restricted");
  });

  it("evaluates as before once the host removes what it added", async () => {
    const { results } = await runCases([{}], 60);
    expect(results[0]?.evaluate.verdict).toBe("restricted");
    expect(results[0]?.safeEvaluate.verdict).toBe("restricted");
  });
});

describe("a host that adds elements to Array.prototype", () => {
  const modem = {
    name: "Router",
    components: [{ name: "Modem", manufacturer: "Huawei Technologies Co., Ltd." }],
  };
  const jp = {
    registry: bundledRegistry(),
    policies: ["jp-gov-procurement@1.0.0"],
    asOf: "2024-06-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
  };
  /** Runs `run` with `Array.prototype[index]` set (hidden from `for in` when `enumerable` is false). */
  function withElement<T>(index: number, enumerable: boolean, run: () => T): T {
    Object.defineProperty(Array.prototype, index, {
      value: "hostile",
      enumerable,
      configurable: true,
    });
    try {
      return run();
    } finally {
      delete (Array.prototype as unknown as Record<number, unknown>)[index];
      Array.prototype.length = 0;
    }
  }

  it.each([
    [0, true],
    [3, false],
  ])("refuses to evaluate with Array.prototype[%i] set (enumerable: %s)", (index, enumerable) => {
    const thrown = withElement(index, enumerable, () => {
      try {
        evaluate(modem, jp);
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(thrown).toBeInstanceOf(VendorgateError);
    expect((thrown as VendorgateError).issues[0]?.message).toContain(`${index}`);
    expect(evaluate(modem, jp).verdict).toBe("restricted");
  });

  it("evaluates again once the element is removed, even though Array.prototype.length stays", () => {
    Array.prototype[2] = "hostile";
    delete (Array.prototype as unknown as Record<number, unknown>)[2];
    try {
      expect(Array.prototype.length).toBe(3);
      expect(evaluate(modem, jp).verdict).toBe("restricted");
    } finally {
      Array.prototype.length = 0;
    }
  });
});
