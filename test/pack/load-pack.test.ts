import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  createRegistry,
  evaluate,
  loadPack,
  type Pack,
  packDigest,
  VendorgateError,
} from "../../src/index.js";
import { buildPack, generateSigningKey, signDigest } from "../../src/maintain/index.js";
import {
  bundledEntities,
  bundledPolicies,
  bundledProfiles,
} from "../../src/registry/bundled-data.js";

const content = {
  entities: bundledEntities,
  policies: bundledPolicies,
  profiles: bundledProfiles,
  tests: [],
};
const key = await generateSigningKey();
const other = await generateSigningKey();
const trustedKeys = [key.publicKey];
const created = "2026-01-01T00:00:00.000Z";
const manifest = { name: "test-pack", revision: 5, maxAgeDays: 30, created };
const pack = await buildPack(content, manifest, key.privateKey);
const huaweiRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Modem", manufacturer: "Huawei Technologies Co., Ltd." }],
};
const options = {
  policies: ["us-ndaa-889"],
  asOf: "2025-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "US" } },
  now: new Date("2026-01-15T00:00:00Z"),
};

const expected = evaluate(huaweiRouter, { registry: bundledRegistry(), ...options }).verdict;

async function refusal(promise: Promise<unknown>): Promise<VendorgateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VendorgateError);
  return error as VendorgateError;
}

function clone(value: Pack): Pack {
  return JSON.parse(JSON.stringify(value));
}

async function resign(value: Pack, signer = key.privateKey): Promise<Pack> {
  const { signature: _old, ...payload } = value;
  return { ...payload, signature: await signDigest(packDigest(value), signer, "pack") };
}

describe("loadPack", () => {
  it("the product used here is not allowed under the bundled policies", () => {
    expect(expected).not.toBe("allowed");
  });

  it("loads a signed pack from bytes, text or JSON into a registry", async () => {
    const text = JSON.stringify(pack);
    for (const input of [new TextEncoder().encode(text), text, pack]) {
      const registry = await loadPack(input, { trustedKeys });
      expect(registry.packInfo()).toMatchObject({ name: "test-pack", revision: 5 });
      expect(registry.list().length).toBe(bundledPolicies.length);
      expect(evaluate(huaweiRouter, { registry, ...options }).verdict).toBe(expected);
    }
  });

  it("refuses a tampered pack: an alias added after signing", async () => {
    const tampered = clone(pack);
    (tampered.entities[0] as { aliases: { text: string }[] }).aliases.push({
      ...(tampered.entities[0] as { aliases: { text: string }[] }).aliases[0],
      text: "Totally Innocent Ltd",
    });
    const error = await refusal(loadPack(tampered, { trustedKeys }));
    expect(error.issues[0]?.code).toBe("invalid_signature");
    expect(error.issues[0]?.message).toMatch(/does not match the signature/);
  });

  it("refuses a tampered manifest (a longer maximum age)", async () => {
    const tampered = clone(pack);
    tampered.manifest.maxAgeDays = 3650;
    expect((await refusal(loadPack(tampered, { trustedKeys }))).issues[0]?.code).toBe(
      "invalid_signature",
    );
  });

  it("refuses an unsigned pack, one signed by an untrusted key, and a policy signature", async () => {
    const { signature: _s, ...unsigned } = pack;
    expect((await refusal(loadPack(unsigned, { trustedKeys }))).issues[0]?.message).toMatch(
      /carries no signature/,
    );
    const foreign = await resign(pack, other.privateKey);
    expect((await refusal(loadPack(foreign, { trustedKeys }))).issues[0]?.message).toMatch(
      /not one of the trusted keys/,
    );
    // A signature made for a policy version over the same digest must not pass for a pack.
    const crossed = { ...pack, signature: await signDigest(packDigest(pack), key.privateKey) };
    expect((await refusal(loadPack(crossed, { trustedKeys }))).issues[0]?.message).toMatch(
      /does not verify/,
    );
  });

  it("refuses a pack for another engine version, and bytes that are not a pack", async () => {
    const future = await resign({ ...clone(pack), manifest: { ...pack.manifest, engine: ">=99" } });
    const error = await refusal(loadPack(future, { trustedKeys }));
    expect(error.issues[0]?.code).toBe("incompatible_engine");
    expect(error.issues[0]?.message).toMatch(/needs vendorgate >=99/);
    const cut = JSON.stringify(pack).slice(0, 5000);
    expect((await refusal(loadPack(cut, { trustedKeys }))).issues[0]?.code).toBe("invalid_json");
    expect(
      (await refusal(loadPack(new Uint8Array([0xff, 0xfe]), { trustedKeys }))).message,
    ).toMatch(/not UTF-8/);
  });

  it("refuses a signed pack whose content is not valid", async () => {
    const broken = clone(pack);
    (broken.policies[0] as { rules: unknown[] }).rules = [{ id: "x" }];
    const error = await refusal(loadPack(await resign(broken), { trustedKeys }));
    expect(error.issues[0]?.path[0]).toBe("policies");
  });
});

describe("registry.loadPack", () => {
  it("replaces the registry's content atomically and refuses a rollback, keeping the last good", async () => {
    const registry = createRegistry({ trustedKeys });
    await registry.loadPack(pack);
    const older = await buildPack(content, { ...manifest, revision: 4 }, key.privateKey);
    const error = await refusal(registry.loadPack(older));
    expect(error.issues[0]?.code).toBe("rollback");
    expect(error.issues[0]?.message).toMatch(/revision 4 is not newer than revision 5/);
    expect(registry.packInfo()?.revision).toBe(5);
    expect(evaluate(huaweiRouter, { registry, ...options }).verdict).toBe(expected);

    // Revision 6 drops every policy but one: a tampered copy of it is refused, the real one loads.
    const smaller = await buildPack(
      {
        ...content,
        policies: bundledPolicies.filter((p) => (p as { id: string }).id === "us-ndaa-889"),
        profiles: [],
      },
      { ...manifest, revision: 6 },
      key.privateKey,
    );
    const tampered = clone(smaller);
    tampered.manifest.revision = 7;
    await refusal(registry.loadPack(tampered));
    expect(registry.packInfo()?.revision).toBe(5);
    expect(registry.list().length).toBe(bundledPolicies.length);
    await registry.loadPack(smaller);
    expect(registry.packInfo()?.revision).toBe(6);
    expect(new Set(registry.list().map((p) => p.id))).toEqual(new Set(["us-ndaa-889"]));
    // The same revision again is a no-op; a different pack under the same revision is refused.
    await expect(registry.loadPack(smaller)).resolves.toMatchObject({ revision: 6 });
    const twin = await buildPack(content, { ...manifest, revision: 6 }, key.privateKey);
    expect((await refusal(registry.loadPack(twin))).issues[0]?.code).toBe("rollback");
  });

  it("refuses a pack of another name, and any pack without trusted keys", async () => {
    const registry = createRegistry({ trustedKeys });
    await registry.loadPack(pack);
    const renamed = await buildPack(
      content,
      { ...manifest, name: "other", revision: 9 },
      key.privateKey,
    );
    expect((await refusal(registry.loadPack(renamed))).message).toMatch(/serves pack "test-pack"/);
    const plain = createRegistry();
    expect((await refusal(plain.loadPack(pack))).message).toMatch(/no trusted keys/);
  });

  it("keeps serving readers during a load", async () => {
    const registry = createRegistry({ trustedKeys });
    await registry.loadPack(pack);
    const next = await buildPack(content, { ...manifest, revision: 8 }, key.privateKey);
    const loading = registry.loadPack(next);
    expect(registry.packInfo()?.revision).toBe(5);
    expect(evaluate(huaweiRouter, { registry, ...options }).verdict).toBe(expected);
    await loading;
    expect(registry.packInfo()?.revision).toBe(8);
  });
});

describe("a stale pack", () => {
  it("makes reports carry a stale warning, and refuses to evaluate on request", async () => {
    const registry = await loadPack(pack, { trustedKeys });
    const fresh = evaluate(huaweiRouter, { registry, ...options });
    expect(fresh.warnings).toBeUndefined();
    const later = { ...options, now: new Date("2026-03-01T00:00:00Z") };
    const report = evaluate(huaweiRouter, { registry, ...later });
    expect(report.verdict).toBe(expected);
    expect(report.warnings).toEqual([
      {
        code: "stale",
        path: [],
        message: expect.stringMatching(/59 days ago, past its maximum age of 30 days/),
      },
    ]);
    let error: unknown;
    try {
      evaluate(huaweiRouter, { registry, ...later, stale: "refuse" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(VendorgateError);
    expect((error as VendorgateError).issues[0]?.code).toBe("stale_data");
  });
});
