// Proves that a host application's json-logic-js operations cannot change vendorgate's results.
// It runs against the built package (dist/), which carries its own private copy of json-logic-js.
import jsonLogic from "json-logic-js";
import { describe, expect, it, vi } from "vitest";
import { acme, testPolicy } from "../fixtures/policies.js";

type Dist = typeof import("../../src/index.js");
const distPath = "../../dist/index.js";

function check(vendorgate: Dist) {
  const registry = vendorgate.createRegistry({ entities: [acme], policies: [testPolicy()] });
  const options = {
    registry,
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
  };
  const covered = {
    name: "Router",
    manufacturer: "Clean Corp",
    components: [{ name: "Radio", manufacturer: "Acme" }],
  };
  const excepted = { name: "Meter", manufacturer: "Acme", attributes: { canRouteUserData: false } };
  return [vendorgate.evaluate(covered, options), vendorgate.evaluate(excepted, options)].map(
    (report) => ({
      verdict: report.verdict,
      findings: report.findings.map((f) => [
        f.path.join(" > "),
        f.verdict,
        f.exception?.id ?? null,
      ]),
    }),
  );
}

const expected = [
  { verdict: "prohibited", findings: [["Router > Radio", "prohibited", null]] },
  { verdict: "allowed", findings: [["Meter", "allowed", "no-user-data"]] },
];

function tamper() {
  jsonLogic.add_operation("===", () => false);
  jsonLogic.add_operation("!==", () => true);
  jsonLogic.add_operation("var", () => "Acme");
  jsonLogic.add_operation("in", () => true);
  jsonLogic.add_operation("made_by", () => false);
}

describe("a host's json-logic-js operations", () => {
  it("do not change results when registered before vendorgate loads", async () => {
    vi.resetModules();
    tamper();
    expect(jsonLogic.apply({ "===": [1, 1] })).toBe(false);
    expect(check((await import(distPath)) as Dist)).toEqual(expected);
  });

  it("do not change results when registered after vendorgate loads", async () => {
    vi.resetModules();
    const vendorgate = (await import(distPath)) as Dist;
    expect(check(vendorgate)).toEqual(expected);
    tamper();
    expect(check(vendorgate)).toEqual(expected);
  });
});
