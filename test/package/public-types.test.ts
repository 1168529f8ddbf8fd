// The public types are part of the product: these pin them (checked by `npm run typecheck`, which
// covers test/), so a change to a schema that changes what users see cannot pass unnoticed.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CompiledPolicy,
  type Context,
  type EvaluateOptions,
  evaluate,
  evaluateMany,
  type Finding,
  type FindingEntity,
  type Issue,
  type MatchVia,
  type ParsedProduct,
  type PolicyResult,
  type Product,
  parseProduct,
  type Registry,
  type Report,
  type SafeEvaluateResult,
  safeEvaluate,
  type VendorgateError,
  type Verdict,
} from "../../src/index.js";
import {
  diffPolicies,
  type PolicyDiff,
  type PolicyTestCase,
  validatePolicy,
} from "../../src/maintain/index.js";

describe("the public types", () => {
  it("name the five verdicts in order and the ways an entity is matched", () => {
    expectTypeOf<Verdict>().toEqualTypeOf<
      "allowed" | "indeterminate" | "review" | "restricted" | "prohibited"
    >();
    expectTypeOf<MatchVia>().toEqualTypeOf<
      "name" | "alias" | "affiliate" | "identifier" | "look-alike" | "near-miss"
    >();
  });

  it("give evaluate a product or a parsed product and return a report", () => {
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(evaluate).parameter(1).toEqualTypeOf<EvaluateOptions>();
    expectTypeOf(evaluate).returns.toEqualTypeOf<Report>();
    expectTypeOf(parseProduct).returns.toEqualTypeOf<ParsedProduct>();
    expectTypeOf(evaluateMany([], {} as EvaluateOptions)).toEqualTypeOf<Generator<Report>>();
    const lines = (async function* () {})();
    expectTypeOf(evaluateMany(lines, {} as EvaluateOptions)).toEqualTypeOf<
      AsyncGenerator<Report>
    >();
  });

  it("make safeEvaluate's answer a union told apart by ok", () => {
    expectTypeOf(safeEvaluate).returns.toEqualTypeOf<SafeEvaluateResult>();
    expectTypeOf<Extract<SafeEvaluateResult, { ok: true }>["report"]>().toEqualTypeOf<Report>();
    expectTypeOf<Extract<SafeEvaluateResult, { ok: false }>["issues"]>().toEqualTypeOf<
      readonly Issue[]
    >();
    expectTypeOf<VendorgateError["issues"]>().toEqualTypeOf<readonly Issue[]>();
  });

  it("keep the contract fields of a report and a finding", () => {
    expectTypeOf<Report["verdict"]>().toEqualTypeOf<Verdict>();
    expectTypeOf<Report["policies"]>().toEqualTypeOf<PolicyResult[]>();
    expectTypeOf<Report["findings"]>().toEqualTypeOf<Finding[]>();
    expectTypeOf<Finding["policy"]>().toEqualTypeOf<{ id: string; version: string }>();
    expectTypeOf<Finding["path"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Finding["ruleId"]>().toEqualTypeOf<string>();
    expectTypeOf<Finding["entity"]>().toEqualTypeOf<FindingEntity | undefined>();
    expectTypeOf<FindingEntity["via"]>().toEqualTypeOf<MatchVia>();
    expectTypeOf<PolicyResult>().toHaveProperty("applies").toEqualTypeOf<boolean>();
  });

  it("describe the context keys apps set", () => {
    expectTypeOf<Context["asOf"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<Context["buyer"]>["sector"]>().toEqualTypeOf<
      | "government"
      | "government-contractor"
      | "telecom-carrier"
      | "critical-infrastructure"
      | "private"
      | undefined
    >();
    expectTypeOf<Context["phase"]>().toEqualTypeOf<"acquire" | "operate" | undefined>();
  });

  it("type a product as a tree of components", () => {
    expectTypeOf<Product["name"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Product["components"]>[number]>().toMatchTypeOf<
      { name: string } | { ref: string }
    >();
  });

  it("show a compiled policy by its id, version, digest and document", () => {
    expectTypeOf<CompiledPolicy["id"]>().toEqualTypeOf<string>();
    expectTypeOf<CompiledPolicy["digest"]>().toEqualTypeOf<string>();
    expectTypeOf<ReturnType<Registry["get"]>>().toEqualTypeOf<CompiledPolicy | undefined>();
  });

  it("give maintainers validation and diffs over compiled policies", () => {
    expectTypeOf(validatePolicy).returns.toEqualTypeOf<{
      issues: Issue[];
      policy?: CompiledPolicy;
    }>();
    expectTypeOf(diffPolicies).parameters.toEqualTypeOf<[CompiledPolicy, CompiledPolicy]>();
    expectTypeOf(diffPolicies).returns.toEqualTypeOf<PolicyDiff>();
    expectTypeOf<PolicyTestCase["expect"]["verdict"]>().toEqualTypeOf<Verdict>();
  });
});
