// Runs one fuzz input against the entry point it targets and decides whether the outcome is
// acceptable: a result that passes its checks, or a VendorgateError listing its issues. Anything
// else (another throw, a wrong report, prototype pollution, a call over the time bound, a CLI
// run that crashes, half-writes JSON or reports an unexpected error) is a failure.

import { webcrypto } from "node:crypto";
import { issueCodes } from "../../src/errors.js";
import { compareVerdicts, type Verdict, VerdictSchema } from "../../src/index.js";
import { runCliCase } from "./cli-check.js";
import { Failure, fail } from "./failure.js";
import type { Pollution } from "./hostile-shapes.js";
import { pollute } from "./hostile-shapes.js";
import { acmeEntity, basePolicy } from "./policies.js";
import { createRng } from "./rng.js";
import type { CaseState, EnvOptions, FuzzCase, FuzzEnv, FuzzResult, Oracle } from "./types.js";
import type { Loose } from "./values.js";
import { mutate, pollutionMarker } from "./values.js";

const knownCodes: ReadonlySet<string> = new Set(issueCodes);
const rank = (verdict: Verdict): number => VerdictSchema.options.indexOf(verdict);

/**
 * Everything the checks need: the library (the built package), `runCli` and the copy of the
 * library it was built with (`cliLib`, whose registry it is given), three registries (the test
 * policy; the bundled policies; both), a signing key, and the time bound per call.
 */
export async function createEnv({
  lib,
  runCli,
  cliLib = lib,
  timeLimitMs = 5_000,
  spawnCli,
}: EnvOptions): Promise<FuzzEnv> {
  const test = lib.createRegistry({ entities: [acmeEntity()], policies: [basePolicy()] });
  const bundled = lib.bundledRegistry();
  const mixed = lib.bundledRegistry();
  mixed.add(basePolicy());
  const cliRegistry = cliLib.bundledRegistry();
  cliRegistry.add(basePolicy());
  const subtle = webcrypto.subtle;
  const pair = (await subtle.generateKey({ name: "Ed25519" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
  const publicKey = `ed25519:${base64url(raw)}`;
  const keyId = Buffer.from(await subtle.digest("SHA-256", raw))
    .toString("hex")
    .slice(0, 16);
  return {
    lib,
    runCli,
    spawnCli,
    timeLimitMs,
    registries: { test, bundled, mixed },
    cliRegistry,
    signing: { privateKey: pair.privateKey, publicKey, keyId },
    prototypeNames: prototypeSnapshot(),
  };
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString("base64")
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

async function sign(env: FuzzEnv, digest: string) {
  const message = new TextEncoder().encode(`vendorgate policy signature v1\n${digest}`);
  const signature = new Uint8Array(
    await webcrypto.subtle.sign({ name: "Ed25519" }, env.signing.privateKey, message),
  );
  return {
    algorithm: "Ed25519",
    keyId: env.signing.keyId,
    digest,
    signature: base64url(signature),
  };
}

const prototypes = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];

function prototypeSnapshot(): string[] {
  return prototypes.map((proto) => Object.getOwnPropertyNames(proto).sort().join(","));
}

/** Prototype pollution since the snapshot, undone so that later inputs start clean. */
function pollution(env: FuzzEnv): string[] {
  const found: string[] = [];
  prototypes.forEach((proto: Loose, i) => {
    const names = Object.getOwnPropertyNames(proto).sort().join(",");
    if (names !== env.prototypeNames[i] || Object.hasOwn(proto, pollutionMarker)) {
      found.push(`${proto.constructor.name}.prototype changed`);
      delete proto[pollutionMarker];
    }
  });
  if (Object.getPrototypeOf(Object.prototype) !== null)
    found.push("Object.prototype got a prototype");
  if (({} as Loose)[pollutionMarker] !== undefined) found.push(`{}.${pollutionMarker} is set`);
  return found;
}

/** Accepts a throw only when it is a VendorgateError whose issues are well formed. */
function checkThrow(env: FuzzEnv, error: Loose): void {
  if (!(error instanceof env.lib.VendorgateError)) {
    const name = (error as Loose)?.constructor?.name ?? typeof error;
    fail(
      "bad-throw",
      `${name}: ${String((error as Loose)?.message ?? error)
        .replace(/\s+/g, " ")
        .slice(0, 200)}`,
    );
  }
  if (!Array.isArray(error.issues) || error.issues.length === 0)
    fail("bad-throw", "VendorgateError without issues");
  for (const issue of error.issues) {
    if (!knownCodes.has(issue?.code))
      fail("bad-issue", `unknown issue code ${JSON.stringify(issue?.code)}`);
    if (
      !Array.isArray(issue.path) ||
      !issue.path.every((key: unknown) => typeof key === "string" || typeof key === "number")
    )
      fail("bad-issue", "issue path is not a list of keys");
    if (typeof issue.message !== "string" || issue.message.trim() === "")
      fail("bad-issue", "issue without a message");
  }
}

function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((a, b) => (compareVerdicts(b, a) > 0 ? b : a), "allowed");
}

/** A report must match its schema and its verdicts must be the highest of what is under them. */
function checkReport(env: FuzzEnv, report: Loose): void {
  const parsed = env.lib.ReportSchema.safeParse(report);
  if (!parsed.success)
    fail("bad-report", `report does not match ReportSchema: ${parsed.error.issues[0]?.message}`);
  for (const policy of report.policies) {
    // Summarised data gaps count as the indeterminate findings they stand for.
    const summarised = report.gapSummary.some((summary: Loose) =>
      summary.rules.some((rule: string) => rule.startsWith(`${policy.id}/`)),
    );
    const verdicts = policy.findings.map((finding: Loose) => finding.verdict);
    if (summarised) verdicts.push("indeterminate");
    if (policy.verdict !== worst(verdicts))
      fail("bad-report", `policy ${policy.id} verdict is not the highest of its findings`);
  }
  if (report.verdict !== worst(report.policies.map((policy: Loose) => policy.verdict)))
    fail("bad-report", "report verdict is not the highest of its policies");
  for (const finding of report.findings) {
    if (finding.path[0] !== report.product.name)
      fail("bad-report", "a finding's path does not start at the product");
  }
  JSON.stringify(report);
}

/**
 * The report must show the planted covered part: a finding of `oracle.policy` on the part named
 * `oracle.part` (default "Planted"; null when only the verdict is known) at `oracle.atLeast`.
 */
function checkOracle(report: Loose, oracle: Oracle): void {
  const atLeast = rank(oracle.atLeast);
  const part = oracle.part === undefined ? "Planted" : oracle.part;
  const found =
    part === null ||
    report.findings.some(
      (finding: Loose) =>
        finding.policy.id === oracle.policy &&
        finding.path[finding.path.length - 1] === part &&
        rank(finding.verdict) >= atLeast,
    );
  if (!found || rank(report.verdict) < atLeast)
    fail(
      "wrong-verdict",
      `a planted covered part was missed: verdict ${report.verdict} under ${oracle.policy}`,
    );
}

/** The same values as an async iterable (when `values` is iterable at all). */
async function* asyncOf(values: Loose): AsyncGenerator<unknown> {
  yield* values;
}

/** A structured clone, or undefined when the value is too deep to clone. */
function cloneable(value: unknown): Loose {
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

function materialize(env: FuzzEnv, options: Loose): Loose {
  if (options === null || typeof options !== "object" || Array.isArray(options)) return options;
  const registry =
    typeof options.registry === "string"
      ? (env.registries[options.registry] ?? options.registry)
      : options.registry;
  const out = Object.assign(Object.create(Object.getPrototypeOf(options)), options);
  Object.defineProperty(out, "registry", {
    value: registry,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return out;
}

/** Calls `fn` with Object.prototype polluted by `pairs` (if any), taking them away after. */
function polluted<T>(pairs: Pollution | undefined, fn: () => T): T {
  if (!pairs) return fn();
  const restore = pollute(pairs);
  try {
    return fn();
  } finally {
    restore();
  }
}

/** Calls `fn`, timing it; a throw is checked as a VendorgateError and gives `threw: true`. */
async function timed(
  env: FuzzEnv,
  state: CaseState,
  fn: () => unknown,
): Promise<{ value: Loose; threw: boolean }> {
  const start = performance.now();
  let value: Loose;
  try {
    value = await fn();
  } catch (error) {
    state.ms = performance.now() - start;
    checkThrow(env, error);
    return { value: undefined, threw: true };
  }
  state.ms = performance.now() - start;
  return { value, threw: false };
}

async function runTarget(testCase: FuzzCase, env: FuzzEnv, state: CaseState): Promise<void> {
  const { lib } = env;
  const { input } = testCase;
  switch (testCase.target) {
    case "evaluate": {
      const options = materialize(env, input.options);
      const { value: report, threw } = await timed(env, state, () =>
        polluted(input.pollute, () => lib.evaluate(input.product, options)),
      );
      if (threw) return;
      checkReport(env, report);
      if (testCase.oracle) checkOracle(report, testCase.oracle);
      if (input.pollute) {
        const clean = lib.evaluate(input.product, materialize(env, input.options));
        if (JSON.stringify(clean) !== JSON.stringify(report))
          fail(
            "host-pollution",
            `the report changed with Object.prototype's ${input.pollute.map(([key]: [string]) => key).join(", ")} set`,
          );
      }
      if (testCase.jsonSafe && testCase.index % 5 === 0) {
        const copy = cloneable(input);
        if (copy === undefined) return;
        const again = lib.evaluate(copy.product, materialize(env, copy.options));
        if (JSON.stringify(again) !== JSON.stringify(report))
          fail("nondeterministic", "a clone of the input gave other report bytes");
      }
      return;
    }
    case "safeEvaluate": {
      const options = materialize(env, input.options);
      const start = performance.now();
      let result: Loose;
      try {
        result = polluted(input.pollute, () => lib.safeEvaluate(input.product, options));
      } catch (error) {
        fail(
          "bad-throw",
          `safeEvaluate threw ${(error as Loose)?.constructor?.name}: ${String((error as Loose)?.message).split("\n")[0]}`,
        );
      } finally {
        state.ms = performance.now() - start;
      }
      if (result.ok) checkReport(env, result.report);
      else if (!Array.isArray(result.issues) || result.issues.length === 0)
        fail("bad-result", "safeEvaluate failed without issues");
      return;
    }
    case "parseProduct":
      await timed(env, state, () => lib.parseProduct(input.product, input.limits));
      return;
    case "importDocument":
      await timed(env, state, () => lib.importDocument(input.document, input.options));
      return;
    case "fromCycloneDX":
      await timed(env, state, () => lib.fromCycloneDX(input.document, input.options));
      return;
    case "fromSPDX":
      await timed(env, state, () => lib.fromSPDX(input.document, input.options));
      return;
    case "compilePolicy": {
      const catalogue = input.catalogue === "bundled" ? env.registries.bundled.entities : undefined;
      await timed(env, state, () => lib.compilePolicy(input.document, catalogue));
      return;
    }
    case "createRegistry": {
      const { value: registry } = await timed(env, state, () => lib.createRegistry(input.options));
      if (registry) registry.list();
      return;
    }
    case "registryAdd": {
      const registry = env.registries[input.registry].fork();
      const before = JSON.stringify(registry.list());
      const { threw } = await timed(env, state, () => registry.add(input.document));
      const after = JSON.stringify(registry.list());
      if (threw && after !== before) fail("not-atomic", "a rejected version changed the registry");
      if (!threw && registry.list().length - JSON.parse(before).length > 1)
        fail("not-atomic", "one add stored more than one version");
      return;
    }
    case "registryAddSigned":
      await addSigned(testCase, env, state);
      return;
    case "resolve":
      await timed(env, state, () => env.registries.mixed.resolve(input.spec, input.asOf));
      return;
    case "parsePolicySpec":
      await timed(env, state, () => lib.parsePolicySpec(input.spec));
      return;
    case "runPolicyTests": {
      const parsed = lib.PolicyTestFileSchema.safeParse(input.file);
      if (!parsed.success) return;
      await timed(env, state, () =>
        lib.runPolicyTests(env.registries.mixed, parsed.data.cases, input.policy),
      );
      return;
    }
    case "normalizeName":
      await timed(env, state, () => lib.normalizeName(input.text));
      return;
    case "evaluateMany": {
      if (typeof lib.evaluateMany !== "function") return;
      const options = materialize(env, input.options);
      const products =
        input.async && Array.isArray(input.products) ? asyncOf(input.products) : input.products;
      await timed(env, state, async () => {
        const reports = lib.evaluateMany(products, options);
        for await (const report of reports) checkReport(env, report);
      });
      return;
    }
    case "validatePolicy": {
      if (typeof lib.validatePolicy !== "function") return;
      const catalogue = input.catalogue === "bundled" ? env.registries.bundled.entities : undefined;
      const start = performance.now();
      let result: Loose;
      try {
        result = lib.validatePolicy(input.document, catalogue);
      } catch (error) {
        fail(
          "bad-throw",
          `validatePolicy threw ${(error as Loose)?.constructor?.name}: ${String((error as Loose)?.message).split("\n")[0]}`,
        );
      } finally {
        state.ms = performance.now() - start;
      }
      if (!Array.isArray(result?.issues)) fail("bad-result", "validatePolicy gave no issues list");
      if (result.issues.length === 0 && !result.policy)
        fail("bad-result", "validatePolicy gave neither issues nor a policy");
      return;
    }
    case "diffPolicies": {
      if (typeof lib.diffPolicies !== "function") return;
      let a: Loose;
      let b: Loose;
      try {
        a = lib.compilePolicy(input.a);
        b = lib.compilePolicy(input.b);
      } catch (error) {
        checkThrow(env, error);
        return;
      }
      await timed(env, state, () => {
        lib.diffPolicies(a, b);
        if (typeof lib.policyImpact === "function") lib.policyImpact(a, b, input.corpus);
      });
      return;
    }
    case "verifyDigest":
      if (typeof lib.verifyDigest !== "function") return;
      await timed(env, state, () =>
        lib.verifyDigest(input.digest, input.signature, input.trustedKeys),
      );
      return;
    case "keyIdOf":
      if (typeof lib.keyIdOf !== "function") return;
      await timed(env, state, () => lib.keyIdOf(input.key));
      return;
    case "detectFormat": {
      const { value } = await timed(env, state, () => lib.detectFormat(input.json));
      if (!["product", "cyclonedx", "spdx"].includes(value))
        fail("bad-result", `detectFormat gave ${value}`);
      return;
    }
    default:
      await runCliCase(testCase, env, state);
  }
}

async function addSigned(testCase: FuzzCase, env: FuzzEnv, state: CaseState): Promise<void> {
  const { lib } = env;
  const { input } = testCase;
  const registry = lib.createRegistry({
    entities: [acmeEntity()],
    trustedKeys: [env.signing.publicKey],
  });
  let compiled: Loose;
  try {
    compiled = lib.compilePolicy(input.document, registry.entities);
  } catch (error) {
    checkThrow(env, error);
  }
  let document = input.document;
  let signature: Loose = compiled
    ? await sign(env, compiled.digest)
    : {
        algorithm: "Ed25519",
        keyId: "0".repeat(16),
        digest: `sha256:${"0".repeat(64)}`,
        signature: "AAAA",
      };
  switch (input.tamper) {
    case "content":
      document = mutate(createRng(input.mutationSeed), structuredClone(document), 1, {
        deepLimit: 150,
      });
      break;
    case "signature":
      signature = { ...signature, signature: `${signature.signature.slice(0, -4)}AAAA` };
      break;
    case "digest":
      signature = { ...signature, digest: `sha256:${"f".repeat(64)}` };
      break;
    case "key":
      signature = { ...signature, keyId: "0123456789abcdef" };
      break;
    case "shape":
      signature = { ...signature, algorithm: "RSA" };
      break;
    case "junk":
      signature = createRng(input.mutationSeed).pick([null, "x", [], { signature: 1 }]);
      break;
    default:
  }
  let contentDigest: string | undefined;
  try {
    contentDigest = lib.compilePolicy(document, registry.entities).digest;
  } catch {
    contentDigest = undefined;
  }
  const before = JSON.stringify(registry.list());
  const { threw } = await timed(env, state, () => registry.addSigned(document, signature));
  const after = JSON.stringify(registry.list());
  if (threw && after !== before)
    fail("not-atomic", "a rejected signed version changed the registry");
  const genuine =
    compiled !== undefined &&
    contentDigest === compiled.digest &&
    ["none", "content"].includes(input.tamper);
  if (!threw && !genuine)
    fail("accepted-tampered", `addSigned accepted a version tampered by "${input.tamper}"`);
  if (threw && genuine) fail("rejected-genuine", "addSigned refused a genuine signed version");
}

/**
 * Runs one input and returns `{ ok, ms }` or `{ ok: false, kind, message, ms }`. Never throws for
 * what the input does; a slow call (over `env.timeLimitMs`) is a failure too.
 */
export async function runCase(testCase: FuzzCase, env: FuzzEnv): Promise<FuzzResult> {
  const state = { ms: 0 };
  let failure: { kind: string; message: string } | undefined;
  try {
    await runTarget(testCase, env, state);
  } catch (error) {
    failure =
      error instanceof Failure
        ? { kind: error.kind, message: error.message }
        : {
            kind: "checker",
            message: `${(error as Loose)?.constructor?.name}: ${(error as Loose)?.message}`,
          };
  }
  const polluted = pollution(env);
  if (!failure && polluted.length > 0)
    failure = { kind: "prototype-pollution", message: polluted.join("; ") };
  // A large shape (see hostile-shapes.mjs) has a bound of its own.
  const bound = Math.max(env.timeLimitMs, testCase.slowMs ?? 0);
  if (!failure && state.ms > bound)
    failure = {
      kind: "slow",
      message: `took ${Math.round(state.ms)} ms (bound ${bound} ms)`,
    };
  return failure ? { ok: false, ms: state.ms, ...failure } : { ok: true, ms: state.ms };
}
