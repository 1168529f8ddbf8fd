// A short, fixed-seed run of the fuzzer (test/fuzz/) inside `npm test`: every public entry
// point of the built package (dist/, which `npm test` builds first) and the CLI's runCli.
// `npm run fuzz -- --runs N` runs the same core for longer, in a worker, with a hang watchdog.
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import * as screening from "../../src/index.js";
import * as maintain from "../../src/maintain/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { createEnv, generateCase, runCase, runFuzz } from "./core.js";
import { removeAt } from "./values.js";

const source = { ...screening, ...maintain };
const distPaths = ["../../dist/index.js", "../../dist/maintain.js"] as const;
/** The whole public API of the build: the screening entry and vendorgate/maintain. */
const load = async () =>
  ({
    ...(await import(distPaths[0])),
    ...(await import(distPaths[1])),
  }) as typeof source;

describe("a short fuzz run", () => {
  it("survives 300 random and mutated inputs at every entry point", {
    timeout: 180_000,
  }, async () => {
    const env = await createEnv({ lib: await load(), runCli, cliLib: source, timeLimitMs: 5_000 });
    // Seed 7's input 77 (deep values in the options) took 38 s before 48b98e4.
    const run = await runFuzz({ seed: 7, runs: 300, env, options: { avoidKnownBugs: false } });
    expect(run.failures).toEqual([]);
    expect(run.inputs).toBe(300);
    // The run reaches the library's entry points and the CLI, not just one of them.
    for (const target of ["evaluate", "compilePolicy", "importDocument", "registryAdd", "cli"]) {
      expect(run.byTarget[target]?.inputs ?? 0, target).toBeGreaterThan(5);
    }
  });

  it("reproduces an input from its seed and index alone", () => {
    const one = generateCase(7, 42);
    const two = generateCase(7, 42);
    expect(JSON.stringify(two.input)).toBe(JSON.stringify(one.input));
    expect(JSON.stringify(generateCase(7, 43).input)).not.toBe(JSON.stringify(one.input));
  });

  it("flags a report that misses a planted covered part", async () => {
    const lib = await load();
    let index = 0;
    while (!generateCase(7, index, { target: "evaluate" }).oracle) index++;
    const testCase = generateCase(7, index, { target: "evaluate" });
    const clean = lib.evaluate(
      { name: "Product", manufacturer: "Clean Corp" },
      {
        registry: lib.createRegistry({ policies: [testPolicy()] }),
        policies: ["test-policy"],
        asOf: "2021-01-01",
        context: { buyer: { sector: "government", jurisdiction: "XX" } },
      },
    );
    expect(clean.verdict).toBe("allowed");
    const blind = { ...lib, evaluate: () => clean };
    const env = await createEnv({ lib: blind, runCli, cliLib: source });
    expect(await runCase(testCase, env)).toMatchObject({ ok: false, kind: "wrong-verdict" });
  });

  it("flags prototype pollution and cleans it up", async () => {
    const lib = await load();
    const polluting = {
      ...lib,
      parseProduct: (...args: Parameters<typeof lib.parseProduct>) => {
        (Object.prototype as Record<string, unknown>).vgPolluted = true;
        return lib.parseProduct(...args);
      },
    };
    const env = await createEnv({ lib: polluting, runCli, cliLib: source });
    const result = await runCase(generateCase(7, 1, { target: "parseProduct" }), env);
    expect(result).toMatchObject({ ok: false, kind: "prototype-pollution" });
    expect(({} as Record<string, unknown>).vgPolluted).toBeUndefined();
  });

  it("flags half-written JSON on stdout and unexpected CLI errors", async () => {
    const lib = await load();
    let index = 0;
    const isJsonCheck = (argv: unknown) =>
      Array.isArray(argv) &&
      argv[0] === "check" &&
      argv.includes("json") &&
      !argv.includes("--help");
    while (
      !isJsonCheck((generateCase(7, index, { target: "cli" }).input as { argv: unknown }).argv)
    )
      index++;
    const testCase = generateCase(7, index, { target: "cli" });
    const halfJson = async (_argv: readonly string[], io: { stdout(text: string): void }) => {
      io.stdout('{"verdict":"allo');
      return 0;
    };
    const env = await createEnv({ lib, runCli: halfJson, cliLib: source });
    expect(await runCase(testCase, env)).toMatchObject({ ok: false, kind: "cli-json" });
    const crashing = async (_argv: readonly string[], io: { stderr(text: string): void }) => {
      io.stderr("vendorgate: unexpected error, please report it: TypeError: x\n");
      return 2;
    };
    const env2 = await createEnv({ lib, runCli: crashing, cliLib: source });
    expect(await runCase(testCase, env2)).toMatchObject({ ok: false, kind: "cli-unexpected" });
  });

  it("flags a throw that is not a VendorgateError", async () => {
    const lib = await load();
    const broken = {
      ...lib,
      evaluate: () => {
        throw new TypeError("boom");
      },
    };
    const env = await createEnv({ lib: broken, runCli, cliLib: source });
    const testCase = { ...generateCase(7, 0, { target: "evaluate" }), target: "evaluate" };
    const result = await runCase(testCase, env);
    expect(result).toMatchObject({ ok: false, kind: "bad-throw" });
  });

  /** The first input of seed 7 for `target` that `test` accepts. */
  const firstCase = (target: string, test: (input: Record<string, unknown>) => boolean) => {
    for (let index = 0; index < 50_000; index++) {
      const testCase = generateCase(7, index, { target });
      if (test(testCase.input as Record<string, unknown>)) return testCase;
    }
    throw new Error(`no such ${target} input in 50,000`);
  };

  it("generates issue 19's shapes: large products, a polluted host, invalid UTF-8 for the CLI", () => {
    const large = firstCase("evaluate", (input) => {
      const product = input.product as { components?: unknown[]; shared?: unknown[] };
      return (product.components?.length ?? 0) > 125_000 || (product.shared?.length ?? 0) > 16;
    });
    expect(large.oracle).toBeDefined();
    expect(firstCase("evaluate", (input) => Array.isArray(input.pollute)).oracle).toBeDefined();
    const bytes = firstCase("cli", (input) => input.expectUtf8 !== undefined);
    expect((bytes.input as { argv: string[] }).argv[0]).toBe("check");
  });

  it("removes an item of an array whose own constructor would break splice", () => {
    const list: unknown[] = [1, 2, 3];
    Object.defineProperty(list, "constructor", { value: "x", enumerable: true });
    // The generator bug: splice reads constructor[Symbol.species] and throws a TypeError.
    expect(() => Array.prototype.splice.call(list, 0, 1)).toThrow(TypeError);
    removeAt(list, 1);
    expect([...list]).toEqual([1, 3]);
  });

  it("flags a CLI that reads invalid UTF-8 as if it were text", async () => {
    const lib = await load();
    const testCase = firstCase("cli", (input) => {
      const expected = input.expectUtf8 as { lenient: boolean } | undefined;
      return expected !== undefined && !expected.lenient;
    });
    const careless = async () => 0;
    const env = await createEnv({ lib, runCli: careless, cliLib: source });
    expect(await runCase(testCase, env)).toMatchObject({ ok: false, kind: "cli-utf8" });
  });

  it("flags a report that a polluted Object.prototype changes", async () => {
    const lib = await load();
    const testCase = {
      ...generateCase(7, 0, { target: "evaluate" }),
      input: {
        product: { name: "Product", manufacturer: "Clean Corp" },
        options: {
          registry: "test",
          policies: ["test-policy"],
          asOf: "2021-01-01",
          context: { buyer: { sector: "government", jurisdiction: "XX" } },
        },
        // A key no engine reads, so that only the fake below reacts to it.
        pollute: [["vgHostKey", true]],
      },
    };
    const swayed = {
      ...lib,
      evaluate: (...args: Parameters<typeof lib.evaluate>) => {
        const host = Object.prototype as Record<string, unknown>;
        if (!Object.hasOwn(host, "vgHostKey")) return lib.evaluate(...args);
        // Swayed by the host's key, but not refusing the options for it as the engine does.
        delete host.vgHostKey;
        try {
          return { ...lib.evaluate(...args), asOf: "1999-01-01" };
        } finally {
          host.vgHostKey = true;
        }
      },
    };
    const env = await createEnv({ lib: swayed, runCli, cliLib: source });
    expect(await runCase(testCase, env)).toMatchObject({ ok: false, kind: "host-pollution" });
    expect(Object.hasOwn(Object.prototype, "vgHostKey")).toBe(false);
  });
});
