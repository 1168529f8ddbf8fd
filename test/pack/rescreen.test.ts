// The incremental path: after an update, rescreen only the products it can affect, and find
// exactly what a full rescreen finds.
import { describe, expect, it } from "vitest";
import { evaluatePrepared, prepareEvaluation } from "../../src/engine/evaluate.js";
import {
  createRegistry,
  type Report,
  type RescreenItem,
  type RescreenStats,
  rescreen,
} from "../../src/index.js";
import {
  bundledEntities,
  bundledPolicies,
  bundledProfiles,
} from "../../src/registry/bundled-data.js";

const newAlias = "Quietly Renamed Telecom";

function withAlias(): unknown[] {
  return bundledEntities.map((raw) => {
    const entity = raw as { id: string; aliases: { text: string; source: string }[] };
    if (entity.id !== "huawei") return entity;
    const source = entity.aliases[0]?.source as string;
    return { ...entity, aliases: [...entity.aliases, { text: newAlias, source }] };
  });
}

const before = createRegistry({
  entities: bundledEntities,
  policies: bundledPolicies,
  profiles: bundledProfiles,
});
const after = createRegistry({
  entities: withAlias(),
  policies: bundledPolicies,
  profiles: bundledProfiles,
});
const options = {
  policies: ["us-ndaa-889", "us-fcc-covered-list"],
  asOf: "2025-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "US" } },
};

/** A seeded generator (mulberry32), so the fleet is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clean = [
  "Clean Corp",
  "Acme Networks",
  "Nordic Radio AB",
  "Kiwi Circuits Ltd",
  "Maple Devices Inc.",
];

function makerOf(next: () => number): string {
  const roll = next();
  if (roll < 0.004) return newAlias;
  if (roll < 0.01) return "Huawei Technologies Co., Ltd.";
  if (roll < 0.012) return "ZTE Corporation";
  return clean[Math.floor(next() * clean.length)] as string;
}

function productAt(i: number, next: () => number): unknown {
  return {
    name: `Product ${i}`,
    id: `p${i}`,
    manufacturer: clean[i % clean.length],
    components: [
      { name: "Mainboard", manufacturer: makerOf(next) },
      {
        name: "Radio module",
        manufacturer: makerOf(next),
        categories: ["telecommunications-equipment"],
      },
    ],
  };
}

/** What a rescreen must get right: the verdicts, per-policy outcomes and findings. */
function outcome(report: Report): string {
  return JSON.stringify({
    verdict: report.verdict,
    policies: report.policies.map(({ id, version, applies, verdict }) => ({
      id,
      version,
      applies,
      verdict,
    })),
    findings: report.findings,
  });
}

describe("rescreen", () => {
  it("after one alias is added to a 100,000-product fleet, evaluates under 5% and finds what a full rescreen finds", () => {
    const size = 100_000;
    const old = prepareEvaluation({ registry: before, ...options });
    const full = prepareEvaluation({ registry: after, ...options });
    const next = random(15);
    let current: { old: Report; full: Report } | undefined;
    function* previousRun(): Generator<RescreenItem> {
      for (let i = 0; i < size; i++) {
        const product = productAt(i, next);
        const report = evaluatePrepared(product, old);
        current = { old: report, full: evaluatePrepared(product, full) };
        yield { product, report };
      }
    }
    const stats: Partial<RescreenStats> = {};
    let fullChanges = 0;
    let incrementalChanges = 0;
    let checked = 0;
    let wrong = 0;
    for (const result of rescreen(
      previousRun(),
      { registry: after, previous: before, ...options },
      stats,
    )) {
      const pair = current as { old: Report; full: Report };
      const got = outcome(result.report);
      const fullOutcome = outcome(pair.full);
      const oldOutcome = outcome(pair.old);
      if (got !== fullOutcome) wrong++;
      if (fullOutcome !== oldOutcome) fullChanges++;
      if (result.rescreened && got !== oldOutcome) incrementalChanges++;
      checked++;
    }
    expect(checked).toBe(size);
    expect(wrong).toBe(0);
    expect(fullChanges).toBeGreaterThan(100);
    expect(incrementalChanges).toBe(fullChanges);
    expect(stats.scope).toMatchObject({ all: false, entities: ["huawei"] });
    expect((stats.evaluated as number) + (stats.carried as number)).toBe(size);
    expect(stats.evaluated).toBeLessThan(size * 0.05);
  }, 300_000);

  it("rescreens everything when a rule changes, and a report not made with the previous registry", () => {
    const changed = structuredClone(bundledPolicies) as {
      id: string;
      version: string;
      rules: { message: string }[];
    }[];
    const ndaa = changed.find((p) => p.id === "us-ndaa-889" && p.version === "1.1.0");
    if (!ndaa?.rules[0]) throw new Error("fixture");
    ndaa.rules[0].message += " (reworded)";
    const reworded = createRegistry({
      entities: bundledEntities,
      policies: changed,
      profiles: bundledProfiles,
    });
    const products = [0, 1, 2].map((i) => productAt(i, random(i)));
    const old = prepareEvaluation({ registry: before, ...options });
    const items = products.map((product) => ({ product, report: evaluatePrepared(product, old) }));
    const stats: Partial<RescreenStats> = {};
    const results = [
      ...rescreen(items, { registry: reworded, previous: before, ...options }, stats),
    ];
    expect(results.every((r) => r.rescreened)).toBe(true);
    expect(stats.scope).toMatchObject({
      all: true,
      reason: "us-ndaa-889 changed beyond its entities",
    });

    // Unchanged registries: everything is carried over, except a report paired with another product.
    const swapped = [
      items[0],
      { product: products[1], report: items[2]?.report },
      items[2],
    ] as RescreenItem[];
    const same = [...rescreen(swapped, { registry: before, previous: before, ...options })];
    expect(same.map((r) => r.rescreened)).toEqual([false, true, false]);
  });
});
