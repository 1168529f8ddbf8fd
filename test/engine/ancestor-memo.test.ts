// Quantifiers over ancestors (`any_ancestor`, `some`/`all`/`none` over `ancestors`) remember each
// ancestor's value along a walk. The same policies with each such condition made unrememberable
// (an `any_ancestor` inside it, which is always false, keeps the walk from remembering) must give
// the same reports, on random trees and DAGs of services, parts with and without makers and types.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, type Product } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { createRng } from "../fuzz/rng.js";

const pack = JSON.parse(readFileSync(new URL("../../packs/bundled.json", import.meta.url), "utf8"));

const unrememberable = { "!": { any_ancestor: false } };

/** The condition with every ancestor quantifier's inner condition made unrememberable. */
function defeat(expr: unknown): unknown {
  if (Array.isArray(expr)) return expr.map(defeat);
  if (expr === null || typeof expr !== "object") return expr;
  const [op, raw] = Object.entries(expr)[0] as [string, unknown];
  // Leaves: their arguments are data, not conditions.
  if (["var", "made_by", "in_category", "origin_in", "type_is"].includes(op)) return expr;
  if (op === "any_ancestor") return { any_ancestor: { and: [defeat(raw), unrememberable] } };
  const overAncestors =
    (op === "some" || op === "all" || op === "none") &&
    Array.isArray(raw) &&
    JSON.stringify(raw[0]).includes('"ancestors"');
  if (overAncestors) {
    const [list, inner] = raw as [unknown, unknown];
    return { [op]: [list, { and: [defeat(inner), unrememberable] }] };
  }
  return { [op]: defeat(raw) };
}

function defeatPolicy<T>(policy: T): T {
  const document = policy as Record<string, unknown>;
  const rules = (document.rules as Record<string, unknown>[]).map((rule) => ({
    ...rule,
    when: defeat(rule.when),
    ...(rule.unless
      ? {
          unless: (rule.unless as Record<string, unknown>[]).map((exception) => ({
            ...exception,
            when: defeat(exception.when),
          })),
        }
      : {}),
  }));
  return { ...document, rules } as T;
}

const source = { id: "law", section: "§1" };
/** A custom policy quantifying over ancestors every way, with data that can be missing. */
const custom = testPolicy({
  id: "ancestor-quantifiers",
  scope: true,
  rules: [
    {
      id: "covered-under-unsafe",
      verdict: "restricted",
      when: {
        and: [
          { made_by: ["acme"] },
          { "!": { any_ancestor: { "===": [{ var: "attributes.zone" }, "safe"] } } },
        ],
      },
      message: "m",
      source,
      basis: "statute",
    },
    {
      id: "all-typed",
      verdict: "review",
      when: { all: [{ var: "ancestors" }, { type_is: ["device", "module", "board"] }] },
      message: "m",
      source,
      basis: "statute",
    },
    {
      id: "none-backhaul",
      verdict: "review",
      when: {
        and: [
          { ">": [{ var: "depth" }, 1] },
          {
            none: [{ var: "ancestors" }, { in: [{ var: "attributes.serviceKind" }, ["backhaul"]] }],
          },
        ],
      },
      unless: [
        {
          id: "under-a-service",
          when: { any_ancestor: { type_is: ["service"] } },
          message: "m",
          source,
          basis: "statute",
        },
      ],
      message: "m",
      source,
      basis: "statute",
    },
  ],
});

function randomProduct(rand: () => number, size: number): Product {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const makers = [
    undefined,
    undefined,
    "Huawei Technologies Co., Ltd.",
    "ZTE Corporation",
    "Acme GmbH",
  ];
  const types = [undefined, "device", "module", "board", "service", "cloud-service", "application"];
  const part = (i: number) => {
    const node: Record<string, unknown> = { name: `Part ${i}` };
    const maker = pick(makers);
    if (maker) node.manufacturer = maker;
    const type = pick(types);
    if (type) node.type = type;
    const roll = rand();
    if (roll < 0.2) node.attributes = { serviceKind: pick(["backhaul", "roaming", "other"]) };
    else if (roll < 0.35) node.attributes = { zone: pick(["safe", "open"]) };
    return node;
  };
  const root = { ...part(0), name: "Product", components: [] as unknown[] };
  const open: Record<string, unknown>[] = [root];
  const shared = rand() < 0.4 ? { ...part(size), id: "shared" } : undefined;
  for (let i = 1; i < size; i++) {
    // Mostly deep: the newest parts are picked most often.
    const parent = open[
      Math.max(0, open.length - 1 - Math.floor(rand() * rand() * open.length))
    ] as Record<string, unknown>;
    const child = part(i);
    parent.components ??= [];
    (parent.components as unknown[]).push(child);
    if (shared && rand() < 0.1) (parent.components as unknown[]).push({ ref: "shared" });
    open.push(child);
  }
  return (shared ? { ...root, shared: [shared] } : root) as Product;
}

describe("remembering ancestors along a walk", () => {
  const ids = ["us-ndaa-889", "us-dod-1260h", "au-pspf-directions"];
  const policies = [...pack.policies.filter((p: { id: string }) => ids.includes(p.id)), custom];
  const remembering = createRegistry({ entities: pack.entities, policies });
  const plain = createRegistry({ entities: pack.entities, policies: policies.map(defeatPolicy) });
  const optionSets = [
    {
      policies: ["us-ndaa-889", "us-dod-1260h"],
      asOf: "2025-06-01",
      context: { buyer: { sector: "government", jurisdiction: "US" }, use: "procurement" },
    },
    {
      policies: ["au-pspf-directions"],
      asOf: "2025-06-01",
      context: { buyer: { sector: "government", jurisdiction: "AU" } },
    },
    { policies: ["ancestor-quantifiers"], asOf: "2025-06-01" },
  ];

  it("gives the reports the unremembered conditions give, on 150 random products", () => {
    const rand = createRng(1260).float;
    let findings = 0;
    for (let p = 0; p < 150; p++) {
      const product = randomProduct(rand, 2 + Math.floor(rand() * 40));
      for (const options of optionSets) {
        const a = evaluate(product, { registry: remembering, ...options } as never);
        const b = evaluate(product, { registry: plain, ...options } as never);
        const { stamp: _a, ...left } = a;
        const { stamp: _b, ...right } = b;
        expect(left, JSON.stringify(product)).toEqual(right);
        findings += a.findings.length;
      }
    }
    expect(findings).toBeGreaterThan(500);
  });
});
