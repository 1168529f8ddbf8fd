// Registry safety: a bad or tampered version changes nothing, and evaluations that run while
// signed versions are being added (addSigned awaits signature checks) see either the old or the
// new state of the registry, never a mix; forks keep their own state.
import { describe, expect, it } from "vitest";
import {
  createRegistry,
  evaluate,
  type Registry,
  type Report,
  VendorgateError,
} from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { generateSigningKey, signDigest } from "../../src/maintain/signature.js";
import { acme, testPolicy } from "../fixtures/policies.js";

const base = testPolicy({ entities: ["acme"] });
const acmeRule = base.rules[0] as (typeof base.rules)[number];
const supplierRule = {
  ...acmeRule,
  id: "acme-supplied",
  verdict: "review" as const,
  when: { made_by: { entities: ["acme"], parties: ["supplier"] } },
  unless: [],
};
const v1 = base;
const v11 = testPolicy({ entities: ["acme"], version: "1.1.0", rules: [acmeRule, supplierRule] });
const v12 = testPolicy({
  entities: ["acme"],
  version: "1.2.0",
  rules: [{ ...acmeRule, verdict: "restricted" }],
});
const v2 = testPolicy({
  entities: ["acme"],
  version: "2.0.0",
  rules: [{ ...acmeRule, verdict: "review" }],
});

const product = {
  name: "Router",
  manufacturer: "Clean Corp",
  supplier: "Clean Corp",
  components: [{ name: "Radio", manufacturer: "Acme", supplier: "Acme" }],
};
const evaluateOn = (registry: Registry, spec = "test-policy") =>
  evaluate(product, {
    registry,
    policies: [spec],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government", jurisdiction: "XX" } },
  });

// What each version must report for the product: its rules' findings and nothing else.
const expectedRules: Record<string, string[]> = {
  "1.0.0": ["acme-equipment:prohibited"],
  "1.1.0": ["acme-equipment:prohibited", "acme-supplied:review"],
  "1.2.0": ["acme-equipment:restricted"],
  "2.0.0": ["acme-equipment:review"],
};

function expectWhole(report: Report): string {
  const version = report.policies[0]?.version as string;
  expect(Object.keys(expectedRules)).toContain(version);
  expect(report.stamp.policies.map((p) => p.version)).toEqual([version]);
  expect(report.findings.map((f) => `${f.ruleId}:${f.verdict}`).sort()).toEqual(
    expectedRules[version],
  );
  for (const finding of report.findings) expect(finding.policy.version).toBe(version);
  return version;
}

async function signer() {
  const key = await generateSigningKey();
  const catalogue = createRegistry({ entities: [acme] }).entities;
  const sign = (document: unknown) =>
    signDigest(compilePolicy(document, catalogue).digest, key.privateKey);
  const registry = () => createRegistry({ entities: [acme], trustedKeys: [key.publicKey] });
  return { key, sign, registry };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Evaluates on each registry between event-loop turns until `work` settles; returns the reports. */
async function evaluateWhile(work: Promise<unknown>, registries: Registry[]): Promise<Report[][]> {
  let settled = false;
  const done = work.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  const reports: Report[][] = registries.map(() => []);
  while (!settled) {
    for (const [i, registry] of registries.entries()) reports[i]?.push(evaluateOn(registry));
    await tick();
  }
  await done;
  for (const [i, registry] of registries.entries()) reports[i]?.push(evaluateOn(registry));
  return reports;
}

describe("adding a bad or tampered version", () => {
  it("changes nothing: the list, resolutions and reports stay byte for byte", async () => {
    const { sign, registry: make, key } = await signer();
    const registry = make();
    await registry.addSigned(v1, await sign(v1));
    const other = await generateSigningKey();
    const signature11 = await sign(v11);
    const snapshot = () =>
      JSON.stringify([
        registry.list(),
        registry.resolve("test-policy", "2021-01-01").policy?.digest,
        evaluateOn(registry),
      ]);
    const before = snapshot();
    const attempts: [string, () => Promise<unknown> | unknown][] = [
      ["an unsigned add", () => registry.add(v11)],
      [
        "content changed after signing",
        () => registry.addSigned({ ...v11, title: "Changed" }, signature11),
      ],
      [
        "a rule loosened after signing",
        () =>
          registry.addSigned(
            { ...v11, rules: [{ ...acmeRule, verdict: "review" }, supplierRule] },
            signature11,
          ),
      ],
      [
        "another key's signature",
        async () =>
          registry.addSigned(
            v11,
            await signDigest(compilePolicy(v11, registry.entities).digest, other.privateKey),
          ),
      ],
      [
        "a signature of another digest",
        () => registry.addSigned(v11, { ...signature11, digest: `sha256:${"0".repeat(64)}` }),
      ],
      [
        "a corrupted signature",
        () =>
          registry.addSigned(v11, {
            ...signature11,
            // Another first character whatever it was: "A...A" is a real signature 1 time in 256.
            signature: `${signature11.signature.startsWith("A") ? "B" : "A"}${signature11.signature.slice(1)}`,
          }),
      ],
      ["a malformed signature", () => registry.addSigned(v11, { algorithm: "Ed25519" })],
      ["no signature", () => registry.addSigned(v11, null)],
      ["a schema error", async () => registry.addSigned({ ...v11, version: "one" }, signature11)],
      [
        "an unknown operation",
        async () =>
          registry.addSigned(
            { ...v11, rules: [{ ...acmeRule, when: { regex: ["x"] } }] },
            signature11,
          ),
      ],
      [
        "an unknown entity",
        async () => registry.addSigned({ ...v11, entities: ["nobody"] }, signature11),
      ],
      [
        "a different 1.0.0",
        async () =>
          registry.addSigned(
            { ...v11, version: "1.0.0" },
            await sign({ ...v11, version: "1.0.0" }),
          ),
      ],
    ];
    for (const [what, attempt] of attempts) {
      await expect(Promise.resolve().then(attempt), what).rejects.toBeInstanceOf(VendorgateError);
      expect(snapshot(), what).toBe(before);
    }
    expect(key.publicKey).toMatch(/^ed25519:/);
  });

  it("keeps an unsigned registry's published version when a bad batch or a changed copy is added", () => {
    const registry = createRegistry({ entities: [acme], policies: [v1] });
    const before = JSON.stringify([registry.list(), evaluateOn(registry)]);
    expect(() => registry.add({ ...v1, rules: [{ ...acmeRule, verdict: "review" }] })).toThrow(
      /already published/,
    );
    expect(() => registry.add({ ...v11, scope: { "==": [1, 1] } })).toThrow(VendorgateError);
    expect(() =>
      createRegistry({ entities: [acme], policies: [v1, { ...v11, version: "x" }] }),
    ).toThrow(VendorgateError);
    expect(JSON.stringify([registry.list(), evaluateOn(registry)])).toBe(before);
  });
});

describe("evaluations during an update", () => {
  it("see the old version until the signed one is stored, then the new one, never a mix", async () => {
    const { sign, registry: make } = await signer();
    const registry = make();
    await registry.addSigned(v1, await sign(v1));
    const before = registry.fork();
    const signature = await sign(v11);
    const cachedFirst = evaluateOn(registry); // fills the registry's resolution cache
    expect(expectWhole(cachedFirst)).toBe("1.0.0");

    const [seen, seenBefore] = await evaluateWhile(registry.addSigned(v11, signature), [
      registry,
      before,
    ]);
    const versions = (seen ?? []).map(expectWhole);
    // At least one evaluation ran while the signature was being checked, and saw the old state.
    expect(versions[0]).toBe("1.0.0");
    expect(versions.at(-1)).toBe("1.1.0");
    // Old, then new: once the new version is seen, the old one never comes back.
    expect(versions.slice(versions.indexOf("1.1.0")).every((v) => v === "1.1.0")).toBe(true);
    expect((seenBefore ?? []).map(expectWhole).every((v) => v === "1.0.0")).toBe(true);
    expect(expectWhole(evaluateOn(registry, "test-policy@1.0.0"))).toBe("1.0.0");
  });

  it("keeps several forks apart while each adds its own versions, with a tampered add among them", async () => {
    const { sign, registry: make } = await signer();
    const registry = make();
    await registry.addSigned(v1, await sign(v1));
    const forkA = registry.fork();
    const forkB = registry.fork();
    const [signature11, signature2] = await Promise.all([sign(v11), sign(v2)]);
    const work = Promise.allSettled([
      forkA.addSigned(v11, signature11),
      forkB.addSigned(v2, signature2),
      registry.addSigned({ ...v11, title: "Tampered" }, signature11),
    ]);
    const [onRoot, onA, onB] = await evaluateWhile(work, [registry, forkA, forkB]);
    const results = await work;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((onRoot ?? []).map(expectWhole).every((v) => v === "1.0.0")).toBe(true);
    expect((onA ?? []).map(expectWhole).at(-1)).toBe("1.1.0");
    expect((onB ?? []).map(expectWhole).at(-1)).toBe("2.0.0");
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0"]);
    expect(forkA.list().map((p) => p.version)).toEqual(["1.0.0", "1.1.0"]);
    expect(forkB.list().map((p) => p.version)).toEqual(["1.0.0", "2.0.0"]);
  });

  it("stores every version of concurrent adds, and only one of two different copies of a version", async () => {
    const { sign, registry: make } = await signer();
    const registry = make();
    await registry.addSigned(v1, await sign(v1));
    const [signature11, signature12] = await Promise.all([sign(v11), sign(v12)]);
    const both = await Promise.allSettled([
      registry.addSigned(v11, signature11),
      registry.addSigned(v12, signature12),
    ]);
    expect(both.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0", "1.1.0", "1.2.0"]);

    const copyA = { ...v2, title: "Copy A" };
    const copyB = { ...v2, title: "Copy B" };
    const race = await Promise.allSettled([
      registry.addSigned(copyA, await sign(copyA)),
      registry.addSigned(copyB, await sign(copyB)),
    ]);
    expect(race.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = race.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as VendorgateError).issues[0]?.code).toBe("version_exists");
    const stored = registry.get("test-policy", "2.0.0");
    const winner = race[0]?.status === "fulfilled" ? "Copy A" : "Copy B";
    expect(stored?.document.title).toBe(winner);
    expect(expectWhole(evaluateOn(registry))).toBe("2.0.0");
  });
});
