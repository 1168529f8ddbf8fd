// Nothing a caller gets back from a registry (or from compiling, or from loading a pack) can change
// what that registry or any other registry evaluates: each accessor's result is attacked in the
// ways a careless or hostile host might, and a Huawei or Acme part must still be found afterwards.
import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  type CompiledPolicy,
  createRegistry,
  evaluate,
  loadPack,
  type Registry,
} from "../../src/index.js";
import { bundledEntityCatalogue } from "../../src/internal.js";
import {
  buildPack,
  compilePolicy,
  entityCatalogue,
  generateSigningKey,
  signDigest,
  validatePolicy,
} from "../../src/maintain/index.js";
import {
  bundledEntities,
  bundledPolicies,
  bundledProfiles,
} from "../../src/registry/bundled-data.js";
import { acme, testPolicy } from "../fixtures/policies.js";

const huaweiRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Modem", manufacturer: "Huawei Technologies Co., Ltd." }],
};
const japan = {
  policies: ["jp-gov-procurement@1.0.0"],
  asOf: "2024-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};
const acmeRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Radio", manufacturer: "Acme" }],
};
const inXX = {
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};

const japanVerdict = (registry: Registry) => evaluate(huaweiRouter, { registry, ...japan }).verdict;
const expected = japanVerdict(bundledRegistry());

/** Runs a mutation; a frozen value refuses it with a TypeError, which is as good as no effect. */
function attempt(mutate: () => void): void {
  try {
    mutate();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}

/** Every way of changing a compiled policy's document that once changed verdicts. */
function vandalise(policy: CompiledPolicy): void {
  const document = policy.document as unknown as Record<string, unknown> & {
    rules: Record<string, unknown>[];
    entities: Record<string, unknown[]>[];
    effective: Record<string, string>;
  };
  const rules = document.rules;
  attempt(() => {
    (rules[0] as Record<string, unknown>).verdict = "allowed";
  });
  attempt(() => {
    (rules[0] as Record<string, unknown>).when = false;
  });
  attempt(() => {
    rules.length = 0;
  });
  attempt(() => {
    document.effective.from = "2999-01-01";
  });
  attempt(() => {
    document.scope = false;
  });
  for (const entity of document.entities) {
    for (const list of Object.values(entity)) {
      if (Array.isArray(list)) attempt(() => list.splice(0));
    }
  }
  attempt(() => {
    document.entities.length = 0;
  });
  for (const key of ["rules", "scope", "index", "digest", "document", "id", "version"]) {
    attempt(() => {
      (policy as unknown as Record<string, unknown>)[key] = undefined;
    });
  }
}

describe("a bundled registry's policies", () => {
  it("find Huawei in a fresh registry", () => {
    expect(expected).toBe("restricted");
  });

  it("cannot be emptied through get(): rules.length = 0, a verdict set to allowed", () => {
    const policy = bundledRegistry().get("jp-gov-procurement", "1.0.0");
    if (!policy) throw new Error("fixture");
    const digest = policy.digest;
    attempt(() => {
      (policy as unknown as { rules: unknown[] }).rules.length = 0;
    });
    vandalise(policy);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.document.rules[0])).toBe(true);
    expect(policy.digest).toBe(digest);
    expect(japanVerdict(bundledRegistry())).toBe(expected);
  });

  it("cannot be changed through resolve(): its policy or the cached resolution", () => {
    const registry = bundledRegistry();
    const resolution = registry.resolve("jp-gov-procurement@1.0.0", "2024-06-01");
    if (!resolution.policy) throw new Error("fixture");
    vandalise(resolution.policy);
    attempt(() => {
      (resolution as { policy: unknown }).policy = undefined;
    });
    attempt(() => {
      (resolution as { reason: unknown }).reason = "none";
    });
    expect(registry.resolve("jp-gov-procurement@1.0.0", "2024-06-01")).toBe(resolution);
    expect(japanVerdict(registry)).toBe(expected);
    expect(japanVerdict(bundledRegistry())).toBe(expected);
  });

  it("hand out nothing of the compiled form: no rules, index or name cache", () => {
    const policy = bundledRegistry().get("jp-gov-procurement", "1.0.0") as CompiledPolicy;
    expect(Object.keys(policy).sort()).toEqual(["digest", "document", "id", "version"]);
    const seen = new Set<unknown>();
    const stack: unknown[] = [policy];
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === null || typeof value !== "object" || seen.has(value)) continue;
      seen.add(value);
      expect(value instanceof Map || value instanceof Set).toBe(false);
      expect(Object.isFrozen(value)).toBe(true);
      for (const key of Reflect.ownKeys(value)) {
        expect(["nameCache", "identifierCache", "index", "lookalike"]).not.toContain(key);
        stack.push((value as Record<string | symbol, unknown>)[key]);
      }
    }
  });

  it("list() gives copies: changing one changes no later listing", () => {
    const registry = bundledRegistry();
    const before = registry.list();
    const listed = registry.list();
    for (const info of listed) {
      info.from = "2999-01-01";
      info.digest = "sha256:0";
    }
    listed.length = 0;
    expect(registry.list()).toEqual(before);
    expect(japanVerdict(registry)).toBe(expected);
  });

  it("entities cannot be changed or removed through registry.entities", () => {
    const registry = bundledRegistry();
    const catalogue = registry.entities as Map<string, unknown>;
    const huawei = catalogue.get("huawei") as Record<string, unknown[]>;
    expect(huawei).toBeDefined();
    for (const list of Object.values(huawei)) {
      if (Array.isArray(list)) attempt(() => list.splice(0));
    }
    catalogue.delete("huawei");
    catalogue.clear();
    expect(registry.entities.has("huawei")).toBe(true);
    expect(japanVerdict(registry)).toBe(expected);
    expect(japanVerdict(bundledRegistry())).toBe(expected);
  });

  it("profiles cannot be changed through profile() or profiles()", () => {
    const registry = bundledRegistry();
    const byProfile = () =>
      evaluate(huaweiRouter, {
        registry: bundledRegistry(),
        profile: "jp-national-ministry",
        asOf: "2024-06-01",
      }).verdict;
    const before = byProfile();
    expect(before).toBe(expected);
    const profile = registry.profile("jp-national-ministry") as unknown as Record<string, unknown>;
    attempt(() => (profile.policies as unknown[]).splice(0));
    attempt(() => {
      profile.policies = [];
    });
    attempt(() => {
      profile.context = { buyer: { sector: "private", jurisdiction: "US" } };
    });
    for (const each of registry.profiles()) {
      attempt(() => (each.policies as unknown[]).splice(0));
    }
    attempt(() => {
      const context = profile.context as { buyer?: Record<string, unknown> } | undefined;
      if (context?.buyer) context.buyer.sector = "private";
    });
    expect(byProfile()).toBe(before);
  });

  it("the bundled entity catalogue and pack data cannot be changed before first use", () => {
    const catalogue = bundledEntityCatalogue() as Record<string, unknown[]>[];
    for (const entity of catalogue) {
      for (const list of Object.values(entity)) {
        if (Array.isArray(list)) attempt(() => list.splice(0));
      }
    }
    attempt(() => (catalogue as unknown[]).splice(0));
    expect(Object.isFrozen(bundledPolicies[0])).toBe(true);
    expect(japanVerdict(bundledRegistry())).toBe(expected);
  });

  it("packInfo() cannot be changed", () => {
    const registry = bundledRegistry();
    const info = registry.packInfo() as unknown as Record<string, unknown>;
    const revision = info.revision;
    attempt(() => {
      info.revision = -1;
    });
    expect(registry.packInfo()?.revision).toBe(revision);
  });
});

describe("a registry created from the caller's own documents", () => {
  it("keeps its own copies: changing the documents given changes nothing", () => {
    const entity = structuredClone(acme);
    const policy = testPolicy({ entities: ["acme"] });
    const registry = createRegistry({ entities: [entity], policies: [policy] });
    entity.aliases?.splice(0);
    entity.names.splice(0);
    (policy.rules[0] as { verdict: string }).verdict = "allowed";
    policy.rules.length = 0;
    expect(evaluate(acmeRouter, { registry, ...inXX }).verdict).toBe("prohibited");
  });

  it("freezes what add() compiled, in this registry and its forks", () => {
    const registry = createRegistry({ entities: [acme] });
    registry.add(testPolicy({ entities: ["acme"] }));
    const fork = registry.fork();
    vandalise(registry.get("test-policy", "1.0.0") as CompiledPolicy);
    expect(evaluate(acmeRouter, { registry, ...inXX }).verdict).toBe("prohibited");
    expect(evaluate(acmeRouter, { registry: fork, ...inXX }).verdict).toBe("prohibited");
  });

  it("compilePolicy and validatePolicy give frozen documents", () => {
    const compiled = compilePolicy(testPolicy());
    expect(Object.isFrozen(compiled.document.rules[0])).toBe(true);
    expect(Object.isFrozen(compiled.document.entities[0]?.aliases)).toBe(true);
    const validated = validatePolicy(testPolicy());
    expect(Object.isFrozen(validated.policy?.document.scope)).toBe(true);
  });

  it("entityCatalogue gives frozen entities that later compiles do not read from the caller", () => {
    const catalogue = entityCatalogue([acme]) as Map<string, unknown>;
    const entity = catalogue.get("acme") as { aliases: unknown[] };
    attempt(() => entity.aliases.splice(0));
    expect(entity.aliases.length).toBe(acme.aliases?.length);
  });
});

describe("signed versions", () => {
  it("a later, genuinely signed version is judged by the entity as signed, after a mutation attempt", async () => {
    const key = await generateSigningKey();
    const registry = createRegistry({ entities: [acme], trustedKeys: [key.publicKey] });
    const v1 = testPolicy({ entities: ["acme"] });
    const v2 = testPolicy({ entities: ["acme"], version: "1.1.0" });
    const sign = async (document: unknown) =>
      signDigest(compilePolicy(document, new Map([["acme", acme]])).digest, key.privateKey);
    await registry.addSigned(v1, await sign(v1));
    const stored = registry.get("test-policy", "1.0.0") as CompiledPolicy;
    const entity = stored.document.entities[0] as unknown as Record<string, unknown[]>;
    for (const list of Object.values(entity)) {
      if (Array.isArray(list)) attempt(() => list.splice(0));
    }
    attempt(() => {
      const shared = registry.entities.get("acme") as unknown as { aliases: unknown[] };
      shared.aliases.splice(0);
    });
    await registry.addSigned(v2, await sign(v2));
    const report = evaluate(acmeRouter, { registry, ...inXX, policies: ["test-policy@1.1.0"] });
    expect(report.verdict).toBe("prohibited");
    expect(registry.get("test-policy", "1.1.0")?.document.entities[0]).toEqual(acme);
  });
});

describe("a loaded pack", () => {
  it("changing the pack given, or what loadPack returned, changes nothing", async () => {
    const key = await generateSigningKey();
    const content = {
      entities: structuredClone(bundledEntities) as unknown[],
      policies: structuredClone(bundledPolicies) as unknown[],
      profiles: structuredClone(bundledProfiles) as unknown[],
      tests: [],
    };
    const manifest = {
      name: "test-pack",
      revision: 5,
      maxAgeDays: 30,
      created: "2026-01-01T00:00:00.000Z",
    };
    const pack = await buildPack(content, manifest, key.privateKey);
    const registry = await loadPack(pack, { trustedKeys: [key.publicKey] });
    for (const document of pack.policies as { rules: unknown[] }[]) document.rules.length = 0;
    for (const entity of pack.entities as { aliases?: unknown[]; names: unknown[] }[]) {
      entity.aliases?.splice(0);
      entity.names.splice(0);
    }
    const info = registry.packInfo() as unknown as Record<string, unknown>;
    attempt(() => {
      info.revision = 0;
    });
    expect(registry.packInfo()?.revision).toBe(5);
    expect(japanVerdict(registry)).toBe(expected);
  });
});
