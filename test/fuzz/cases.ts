// Builds one fuzz input for one public entry point from its seed and index.

import { cliInput, profiles } from "./cli-cases.js";
import { bundledJpOptions, genLargeShape, genPollution, largeShapeMs } from "./hostile-shapes.js";
import { acmeEntity, genContext, genLimits, genPolicy, genWaivers } from "./policies.js";
import { componentsOf, genCycloneDx, genProduct, genSpdx } from "./products.js";
import type { Rng } from "./rng.js";
import { caseSeed, createRng } from "./rng.js";
import type { FuzzCase, FuzzConfig, FuzzOptions, Oracle } from "./types.js";
import type { Loose } from "./values.js";
import {
  genDate,
  genJson,
  genSpec,
  genString,
  hostileStrings,
  hugeString,
  insertAt,
  invisibleAcmeNames,
  mutate,
  plantedAcmeNames,
  setKey,
} from "./values.js";

/** Mutates a value with probability `p`, up to `max` times. */
type MaybeMutate = (value: Loose, p?: number, max?: number) => Loose;

/** Entry points and how often each is fuzzed. */
export const targetWeights: [number, string][] = [
  [30, "evaluate"],
  [4, "safeEvaluate"],
  [4, "parseProduct"],
  [6, "importDocument"],
  [2, "fromCycloneDX"],
  [2, "fromSPDX"],
  [12, "compilePolicy"],
  [4, "createRegistry"],
  [5, "registryAdd"],
  [3, "registryAddSigned"],
  [2, "resolve"],
  [1, "parsePolicySpec"],
  [3, "runPolicyTests"],
  [1, "normalizeName"],
  [1, "detectFormat"],
  [3, "evaluateMany"],
  [2, "validatePolicy"],
  [1, "diffPolicies"],
  [1, "verifyDigest"],
  [0.5, "keyIdOf"],
  [16, "cli"],
];

const plantedHuaweiNames = [
  "Huawei Technologies Co., Ltd.",
  "HUAWEI",
  "华为技术有限公司",
  "ファーウェイ・ジャパン",
  "Shenzhen Huawei Digital (HK)",
];

/**
 * The fuzz input number `index` of a run seeded with `seed`. `avoidKnownBugs` keeps inputs out of
 * the classes of bugs found earlier and since fixed (see test/hostile/fixed-bugs.test.ts), each marked where it is avoided: deep values
 * in JSON Logic and in CycloneDX/SPDX fields, object cycles in policies, operations in `var`
 * defaults, invisible characters in covered names, createRegistry options that are not lists,
 * malformed keys given to keyIdOf and verifyDigest. A short run can then gate `npm test`.
 */
export function generateCase(seed: number, index: number, options: FuzzOptions = {}): FuzzCase {
  return generate(seed, index, options) as FuzzCase;
}

function generate(seed: number, index: number, options: FuzzOptions): Loose {
  const rng = createRng(caseSeed(seed, index));
  const config = {
    avoidKnownBugs: options.avoidKnownBugs === true,
    heavy: options.heavy !== false,
  };
  const target: string = options.target ?? rng.weighted(targetWeights);
  const json = rng.chance(0.95);
  const base = { seed, index, target, jsonSafe: json };
  // Fixed bug (kept as an option to reproduce): deep JSON Logic, deep values in CycloneDX/SPDX fields and object cycles in
  // policies overflow the stack. Only products are deep-safe, so only they get deep values then.
  const productTarget = ["evaluate", "safeEvaluate", "parseProduct"].includes(target);
  const mutateOptions = {
    json,
    ...(config.avoidKnownBugs && !productTarget ? { deepLimit: 150, cycles: false } : {}),
  };
  const maybeMutate: MaybeMutate = (value, p = 0.5, max = 3) =>
    rng.chance(p) ? mutate(rng, value, rng.range(1, max), mutateOptions) : value;

  switch (target) {
    case "evaluate":
    case "safeEvaluate":
      return { ...base, ...evaluateInput(rng, config, maybeMutate) };
    case "parseProduct":
      return {
        ...base,
        input: {
          product: maybeMutate(genProduct(rng, config)),
          ...(rng.chance(0.3) ? { limits: genLimits(rng) } : {}),
        },
      };
    case "importDocument":
    case "fromCycloneDX":
    case "fromSPDX": {
      const document = rng.weighted([
        [target === "fromSPDX" ? 0 : 3, () => genCycloneDx(rng)],
        [target === "fromCycloneDX" ? 0 : 3, () => genSpdx(rng)],
        [target === "importDocument" ? 2 : 0, () => genProduct(rng, config)],
        [1, () => genJson(rng, 3)],
      ])();
      const importOptions = rng.chance(0.3)
        ? maybeMutate({
            limits: genLimits(rng),
            dependencyCycles: rng.pick(["break", "error", "x"]),
          })
        : undefined;
      return {
        ...base,
        input: {
          document: maybeMutate(document, 0.6),
          ...(importOptions === undefined ? {} : { options: importOptions }),
        },
      };
    }
    case "compilePolicy":
      return {
        ...base,
        input: {
          document: maybeMutate(genPolicy(rng, config), 0.5),
          catalogue: rng.pick(["none", "bundled"]),
        },
      };
    case "createRegistry": {
      const registryOptions: Loose = {};
      if (rng.chance(0.7))
        registryOptions.entities = [acmeEntity(), ...(rng.chance(0.2) ? [acmeEntity()] : [])];
      if (rng.chance(0.8))
        registryOptions.policies = Array.from({ length: rng.range(0, 3) }, () =>
          genPolicy(rng, config),
        );
      if (rng.chance(0.3)) {
        registryOptions.profiles = [
          {
            id: rng.pick(["p", "test-policy", "Bad"]),
            title: "P",
            policies: rng.pick([
              ["test-policy"],
              ["p"],
              ["nope@^1"],
              ["test-policy@bad range"],
              [],
            ]),
            ...(rng.chance(0.3) ? { context: genContext(rng) } : {}),
          },
        ];
      }
      if (rng.chance(0.1))
        registryOptions.trustedKeys = [rng.pick(["ed25519:abc", "", genString(rng)])];
      if (!config.avoidKnownBugs)
        return { ...base, input: { options: maybeMutate(registryOptions, 0.5) } };
      // Fixed bug (kept as an option to reproduce): createRegistry does not check that its options are an object of lists.
      for (const list of Object.values(registryOptions) as Loose[]) {
        for (let i = 0; i < list.length; i++) list[i] = maybeMutate(list[i], 0.3);
      }
      return { ...base, input: { options: registryOptions } };
    }
    case "registryAdd":
      return {
        ...base,
        input: {
          registry: rng.pick(["test", "mixed"]),
          document: maybeMutate(genPolicy(rng, config), 0.5),
        },
      };
    case "registryAddSigned": {
      const document = genPolicy(rng, { ...config, avoidKnownBugs: true });
      document.id = "signed-policy";
      document.version = rng.pick(["1.0.0", "1.1.0", "2.0.0"]);
      return {
        ...base,
        input: {
          document,
          tamper: rng.pick([
            "none",
            "none",
            "content",
            "signature",
            "digest",
            "key",
            "shape",
            "junk",
          ]),
          // A mutation applied after signing, for "content" tampering.
          mutationSeed: rng.next(),
        },
      };
    }
    case "resolve":
      return { ...base, input: { spec: genSpec(rng), asOf: genDate(rng) } };
    case "parsePolicySpec":
      return { ...base, input: { spec: genSpec(rng) } };
    case "runPolicyTests": {
      const cases = Array.from({ length: rng.range(1, 3) }, (_, i) => ({
        name: `case ${i}`,
        ...(rng.chance(0.3) ? { policy: genSpec(rng) } : {}),
        asOf: genDate(rng),
        ...(rng.chance(0.6) ? { context: genContext(rng) } : {}),
        product: maybeMutate(genProduct(rng, { heavy: false })),
        expect: {
          verdict: rng.pick(["allowed", "prohibited", "indeterminate"]),
          ...(rng.chance(0.3)
            ? { findings: [{ ruleId: "acme-equipment", path: ["Product"] }] }
            : {}),
          ...(rng.chance(0.2) ? { exactFindings: true } : {}),
        },
      }));
      return {
        ...base,
        input: { file: maybeMutate({ cases }, 0.3), policy: rng.pick(["test-policy", undefined]) },
      };
    }
    case "normalizeName":
      return {
        ...base,
        input: {
          text: rng.chance(0.8) ? genString(rng) : rng.pick([...hostileStrings, hugeString(rng)]),
        },
      };
    case "evaluateMany": {
      const { input } = evaluateInput(rng, config, maybeMutate);
      const products = Array.from({ length: rng.range(0, 4) }, () =>
        maybeMutate(genProduct(rng, { heavy: false }), 0.3),
      );
      return {
        ...base,
        input: {
          products: rng.chance(0.95) ? products : genJson(rng, 1),
          options: input.options,
          async: rng.chance(0.3),
        },
      };
    }
    case "validatePolicy":
      return {
        ...base,
        input: {
          document: maybeMutate(genPolicy(rng, config), 0.5),
          catalogue: rng.pick(["none", "bundled"]),
        },
      };
    case "diffPolicies":
      return {
        ...base,
        input: {
          a: genPolicy(rng, { avoidKnownBugs: true }),
          b: maybeMutate(genPolicy(rng, { avoidKnownBugs: true }), 0.2, 1),
          corpus: Array.from({ length: rng.range(0, 3) }, () => ({
            product: maybeMutate(genProduct(rng, { heavy: false }), 0.3, 1),
            asOf: rng.pick(["2019-06-01", "2021-01-01"]),
            context: genContext(rng, { valid: true }),
          })),
        },
      };
    case "verifyDigest":
      return {
        ...base,
        input: {
          digest: rng.pick([`sha256:${"a".repeat(64)}`, genString(rng)]),
          signature: maybeMutate(
            {
              algorithm: "Ed25519",
              keyId: "0123456789abcdef",
              digest: `sha256:${"a".repeat(64)}`,
              signature: rng.pick(["AAAA", "!!", "", "A".repeat(86)]),
            },
            0.5,
            2,
          ),
          // Fixed bug (kept as an option to reproduce): a malformed trusted key makes verifyDigest throw a ZodError.
          trustedKeys: config.avoidKnownBugs
            ? rng.pick([[], [`ed25519:${"A".repeat(43)}`]])
            : rng.pick([[], [`ed25519:${"A".repeat(43)}`], ["ed25519:abc"], [genString(rng)]]),
        },
      };
    case "keyIdOf":
      return {
        ...base,
        // Fixed bug (kept as an option to reproduce): keyIdOf throws a ZodError for a malformed key.
        input: {
          key: config.avoidKnownBugs
            ? `ed25519:${"A".repeat(42)}${rng.pick(["A", "B", "w"])}`
            : rng.pick([`ed25519:${"A".repeat(43)}`, "ed25519:abc", "", genString(rng)]),
        },
      };
    case "detectFormat":
      return {
        ...base,
        input: {
          json: maybeMutate(rng.pick([genCycloneDx, genSpdx, genProduct])(rng, { heavy: false })),
        },
      };
    default:
      return { ...base, jsonSafe: true, input: cliInput(rng, config) };
  }
}

function evaluateInput(
  rng: Rng,
  config: FuzzConfig,
  maybeMutate: MaybeMutate,
): { input: Loose; oracle?: Oracle; slowMs?: number } {
  if (rng.chance(0.001) && config.heavy) {
    // Issue 19's large shapes: rare, as each takes seconds.
    const large = genLargeShape(rng);
    const options = { ...bundledJpOptions(), ...(large.allGaps ? { allGaps: true } : {}) };
    return {
      input: { product: large.product, options },
      oracle: large.oracle,
      slowMs: largeShapeMs,
    };
  }
  if (rng.chance(0.25)) {
    // An oracle case: a covered part is planted in a product that may be broken elsewhere; if the
    // engine returns a report at all, the part must be found and the verdict must show it.
    const bundled = rng.chance(0.3);
    const product = maybeMutate(genProduct(rng, { heavy: false }), 0.3, 1);
    const names = bundled
      ? plantedHuaweiNames
      : config.avoidKnownBugs
        ? plantedAcmeNames
        : [...plantedAcmeNames, ...invisibleAcmeNames];
    const planted = plant(rng, product, rng.pick(names));
    const options = bundled
      ? {
          registry: "bundled",
          policies: ["jp-gov-procurement"],
          asOf: "2019-06-01",
          context: { buyer: { sector: "government", jurisdiction: "JP" } },
        }
      : {
          registry: rng.pick(["test", "mixed"]),
          policies: rng.chance(0.8) ? ["test-policy"] : ["test-policy@^1", "jp-gov-procurement"],
          asOf: "2021-01-01",
          context: { buyer: { sector: "government", jurisdiction: "XX" } },
        };
    if (options.policies.includes("jp-gov-procurement")) options.registry = "mixed";
    // A host app that polluted Object.prototype must get the same report.
    const pollution = rng.chance(0.08) ? { pollute: genPollution(rng) } : {};
    return {
      input: { product, options, ...pollution },
      ...(planted
        ? {
            oracle: {
              policy: bundled ? "jp-gov-procurement" : "test-policy",
              atLeast: bundled ? "restricted" : "prohibited",
            },
          }
        : {}),
    };
  }
  // Sane options (random but valid) most of the time, so that hostile products get evaluated;
  // otherwise every option may be wrong.
  const sane = rng.chance(0.65);
  const options: Loose = {
    registry: rng.weighted<unknown>([
      [4, "test"],
      [3, "bundled"],
      [3, "mixed"],
      [sane ? 0 : 0.5, "junk"],
    ]),
  };
  if (options.registry === "junk")
    options.registry = rng.pick([null, {}, 1, [], { resolve: 1, add: 2 }]);
  const validSpecs =
    options.registry === "test"
      ? ["test-policy", "test-policy@^1"]
      : options.registry === "bundled"
        ? ["jp-gov-procurement", "us-ndaa-889@^1", "us-fcc-covered-list", "au-5g-security-guidance"]
        : ["test-policy", "jp-gov-procurement", "us-fcc-covered-list@^1"];
  if (sane || rng.chance(0.95))
    options.policies = Array.from({ length: sane ? rng.range(1, 3) : rng.range(0, 3) }, () =>
      sane ? rng.pick(validSpecs) : genSpec(rng),
    );
  if (!sane && rng.chance(0.1)) options.profile = rng.pick(profiles);
  if (sane || rng.chance(0.9))
    options.asOf = sane
      ? rng.pick(["2019-06-01", "2020-11-17", "2021-01-01", "2023-06-01"])
      : genDate(rng);
  if (rng.chance(0.85)) {
    options.context = genContext(rng, { valid: sane });
    if (sane && options.context.asOf !== undefined) options.context.asOf = options.asOf;
  }
  if (rng.chance(0.25)) options.waivers = genWaivers(rng, { valid: sane });
  if (rng.chance(0.15)) options.limits = genLimits(rng, { valid: sane });
  if (!sane && rng.chance(0.05)) options.extra = true;
  const registry = options.registry;
  const mutated = sane ? options : maybeMutate(options, 0.3, 2);
  if (mutated !== null && typeof mutated === "object" && !Array.isArray(mutated))
    mutated.registry = registry;
  return { input: { product: maybeMutate(genProduct(rng, config), 0.35), options: mutated } };
}

/** Puts `{ name: "Planted", manufacturer }` under a random component of the tree; false if none. */
function plant(rng: Rng, product: Loose, manufacturer: string): boolean {
  if (product === null || typeof product !== "object" || Array.isArray(product)) return false;
  const holders = componentsOf(product).filter(
    (node) => node.components === undefined || Array.isArray(node.components),
  );
  if (holders.length === 0) return false;
  const holder = rng.pick(holders);
  const part = { name: "Planted", manufacturer };
  if (holder.components === undefined) setKey(holder, "components", [part]);
  else insertAt(holder.components, rng.int(holder.components.length + 1), part);
  return true;
}
