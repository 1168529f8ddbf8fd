// Folding what conditions read only from the context: the folded evaluator gives the original's
// value and leaves the same missing data, in the same order, on every component; a condition
// folded to "false everywhere" is false on every component.
import { describe, expect, it } from "vitest";
import {
  type CompileState,
  compileCondition,
  rootScope,
} from "../../src/logic/compile-condition.js";
import { foldForContext } from "../../src/logic/context-fold.js";
import type { ConditionEnv, Evaluator } from "../../src/logic/facts.js";
import { ruleShape } from "../../src/logic/view.js";
import { createRng } from "../fuzz/rng.js";

const contextLeaves: unknown[] = [
  { "===": [{ var: "context.use" }, "subsidy-funded"] },
  { "===": [{ var: "context.phase" }, "operate"] },
  { in: [{ var: "context.purpose" }, ["public-safety", "law-enforcement"]] },
  { ">=": [{ var: "context.asOf" }, "2024-01-01"] },
  { "===": [{ var: "context.attributes.exceptionApproved" }, true] },
  { var: "context.attributes.flag" },
  { "===": [{ var: ["context.buyer.body", "none"] }, "none"] },
  { "===": [1, 1] },
  true,
  false,
];
const componentLeaves: unknown[] = [
  { "===": [{ var: "component.attributes.makerCountry" }, "CN"] },
  { ">": [{ var: "depth" }, 0] },
  { in_category: ["video-surveillance"] },
  { type_is: ["service"] },
  { var: "component.attributes.flag" },
];

function condition(rand: () => number, depth: number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  const roll = rand();
  if (depth > 3 || roll < 0.35) return pick(rand() < 0.6 ? contextLeaves : componentLeaves);
  if (roll < 0.45) return { "!": condition(rand, depth + 1) };
  const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
    condition(rand, depth + 1),
  );
  return { [rand() < 0.5 ? "and" : "or"]: parts };
}

function compile(expr: unknown): Evaluator {
  const state: CompileState = {
    entityIds: new Set(),
    issues: [],
    derived: [],
    readsComponentNames: false,
  };
  const info = { entities: new Set<string>(), pathDependent: false, readsAncestors: false };
  const evaluator = compileCondition(expr, rootScope(ruleShape, info, true), ["when"], state);
  expect(state.issues).toEqual([]);
  return evaluator;
}

function contextOf(rand: () => number): object {
  const maybe = <T>(value: T) => (rand() < 0.7 ? value : undefined);
  const buyer = Object.assign(Object.create(null), maybe({ body: "agency" }) ?? {});
  const attributes = Object.assign(
    Object.create(null),
    rand() < 0.5 ? { exceptionApproved: rand() < 0.5, flag: rand() < 0.5 } : {},
  );
  const context = Object.assign(Object.create(null), {
    asOf: rand() < 0.5 ? "2023-06-01" : "2025-06-01",
    buyer,
    attributes,
    phase: rand() < 0.5 ? "acquire" : "operate",
  });
  const use = maybe(rand() < 0.5 ? "subsidy-funded" : "procurement");
  if (use) context.use = use;
  const purpose = maybe("public-safety");
  if (purpose) context.purpose = purpose;
  return context;
}

function run(
  evaluator: Evaluator,
  context: object,
  component: Record<string, unknown>,
  depth: number,
) {
  const missing: string[] = [];
  const data = { component, product: component, context, depth };
  const env: ConditionEnv = {
    node: { view: component as never, hits: [] },
    rootData: () => data,
    ancestors: () => [],
    derived: () => false,
    missing,
  };
  return { value: evaluator(env, data), missing };
}

const components = [
  { name: "a" },
  { name: "b", categories: ["video-surveillance"], attributes: { makerCountry: "CN" } },
  { name: "c", type: "service", attributes: { flag: true } },
  { name: "d", categories: ["other"], type: "device", attributes: { makerCountry: "JP", flag: 0 } },
];

describe("folding context-only conditions", () => {
  it("keeps every value and missing entry of 400 random conditions in 10 contexts each", () => {
    const rand = createRng(17).float;
    let folded = 0;
    let alwaysFalse = 0;
    for (let i = 0; i < 400; i++) {
      const expr = condition(rand, 0);
      const original = compile(expr);
      for (let c = 0; c < 10; c++) {
        const context = contextOf(rand);
        const result = foldForContext(original, context);
        if (result.evaluator !== original) folded++;
        if (result.alwaysFalse) alwaysFalse++;
        for (const component of components) {
          for (const depth of [0, 2]) {
            const before = run(original, context, component, depth);
            expect(run(result.evaluator, context, component, depth), JSON.stringify(expr)).toEqual(
              before,
            );
            if (result.alwaysFalse) expect(before.value).toBe(false);
          }
        }
      }
    }
    // The generator exercises folding, and conditions false everywhere.
    expect(folded).toBeGreaterThan(1000);
    expect(alwaysFalse).toBeGreaterThan(200);
  });

  it("finds a rule false everywhere when a conjunct is false in the context", () => {
    const context = { use: "procurement", asOf: "2025-06-01" };
    const rule = compile({
      and: [{ in_category: ["x"] }, { "===": [{ var: "context.use" }, "nope"] }],
    });
    expect(foldForContext(rule, context).alwaysFalse).toBe(true);
    const kept = compile({
      or: [{ in_category: ["x"] }, { "===": [{ var: "context.use" }, "nope"] }],
    });
    expect(foldForContext(kept, context).alwaysFalse).toBe(false);
  });
});
