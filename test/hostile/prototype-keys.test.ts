// `__proto__`, `constructor` and `prototype` as keys anywhere in the input (as JSON.parse makes
// them: own keys). Each case ends in a VendorgateError naming where, or in the right report, and
// no built-in prototype changes.
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, importDocument, type Report } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";
import { expectNoPollution, json, outcome, prototypeNames, testSetup } from "./helpers.js";

const keys = ["__proto__", "constructor", "prototype"] as const;
const payload = '{"polluted":1,"canRouteUserData":false,"manufacturer":"Clean Corp"}';

// A product whose Acme radio makes it prohibited, with the hostile key put in one place.
const productPlacements: Record<string, (key: string) => string> = {
  root: (k) =>
    `{"name":"Router","${k}":${payload},"components":[{"name":"Radio","manufacturer":"Acme"}]}`,
  component: (k) =>
    `{"name":"Router","manufacturer":"Clean Corp","components":[{"name":"Radio","manufacturer":"Acme","${k}":${payload}}]}`,
  attributes: (k) =>
    `{"name":"Router","manufacturer":"Acme","attributes":{"${k}":${payload},"x":1}}`,
  identifiers: (k) =>
    `{"name":"Router","manufacturer":"Acme","identifiers":{"${k}":${payload},"fccId":"X1"}}`,
  party: (k) => `{"name":"Router","manufacturer":{"name":"Acme","${k}":${payload}}}`,
  "party identifiers": (k) =>
    `{"name":"Router","manufacturer":{"name":"Acme","identifiers":{"${k}":${payload}}}}`,
  shared: (k) =>
    `{"name":"Router","manufacturer":"Clean Corp","shared":[{"id":"r","name":"Radio","manufacturer":"Acme","${k}":${payload}}],"components":[{"ref":"r"}]}`,
  ref: (k) =>
    `{"name":"Router","manufacturer":"Clean Corp","shared":[{"id":"r","name":"Radio","manufacturer":"Acme"}],"components":[{"ref":"r","${k}":${payload}}]}`,
};

function expectRefusedOrProhibited(result: ReturnType<typeof outcome<Report>>): void {
  if (result.kind === "value") {
    expect(result.value.verdict).toBe("prohibited");
  } else {
    expect(result.kind).toBe("issues");
    if (result.kind === "issues") {
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

describe("prototype keys in a product", () => {
  for (const key of keys) {
    for (const [where, text] of Object.entries(productPlacements)) {
      it(`refuses "${key}" in ${where}, or still prohibits the Acme radio`, () => {
        const before = prototypeNames();
        const { options } = testSetup();
        const result = outcome(() => evaluate(json(text(key)), options));
        expectRefusedOrProhibited(result);
        expectNoPollution(before);
      });
    }
  }

  it("refuses a prototype key on a component with an issue at its path", () => {
    const { options } = testSetup();
    const result = outcome(() =>
      evaluate(json(productPlacements.component?.("__proto__") ?? ""), options),
    );
    expect(result).toMatchObject({
      kind: "issues",
      issues: [{ code: "invalid_input", path: ["product", "components", 0] }],
    });
  });

  it("does not let a __proto__ key among a party's identifiers add an identifier", () => {
    const { options } = testSetup();
    const product = json(
      '{"name":"Router","manufacturer":{"name":"Clean Corp","identifiers":{"__proto__":{"fccId":"ACM-1"}}}}',
    );
    const result = outcome(() => evaluate(product, options));
    expect(result.kind === "value" ? result.value.verdict : "refused").not.toBe("prohibited");
  });
});

describe("prototype keys in the context, waivers and options", () => {
  // An exception that reads context.attributes.polluted: if a payload under a prototype key were
  // read as context, the exception would lift the Acme finding.
  const policy = testPolicy({
    rules: [
      {
        ...(testPolicy().rules[0] as ReturnType<typeof testPolicy>["rules"][number]),
        unless: [
          {
            id: "polluted",
            when: { "===": [{ var: "context.attributes.polluted" }, 1] },
            message: "Lifted by a polluted context",
            source: "law",
            basis: "statute",
          },
        ],
      },
    ],
  });
  const registry = createRegistry({ policies: [policy] });
  const product = { name: "Router", manufacturer: "Acme" };
  const base = { registry, policies: ["test-policy"], asOf: "2021-01-01" };
  const buyer = '"buyer":{"sector":"government","jurisdiction":"XX"}';

  for (const key of keys) {
    const placements: Record<string, () => object> = {
      context: () => ({ ...base, context: json(`{${buyer},"${key}":${payload}}`) }),
      "context.buyer": () => ({
        ...base,
        context: json(`{"buyer":{"sector":"government","jurisdiction":"XX","${key}":${payload}}}`),
      }),
      "context.attributes": () => ({
        ...base,
        context: json(`{${buyer},"attributes":{"${key}":${payload}}}`),
      }),
      waiver: () => ({
        ...base,
        context: json(`{${buyer}}`),
        waivers: [
          json(
            `{"id":"w","policy":"test-policy","reason":"r","approver":"a","expires":"2030-01-01","${key}":${payload}}`,
          ),
        ],
      }),
      limits: () => ({
        ...base,
        context: json(`{${buyer}}`),
        limits: json(`{"${key}":${payload}}`),
      }),
      options: () =>
        Object.assign(json(`{"${key}":${payload}}`) as object, base, {
          context: json(`{${buyer}}`),
        }),
    };
    for (const [where, options] of Object.entries(placements)) {
      it(`refuses "${key}" in ${where}, or ignores it and still prohibits`, () => {
        const before = prototypeNames();
        const result = outcome(() =>
          evaluate(product, options() as Parameters<typeof evaluate>[1]),
        );
        expectRefusedOrProhibited(result);
        if (result.kind === "value") {
          expect(result.value.findings[0]?.exception).toBeUndefined();
        }
        expectNoPollution(before);
      });
    }
  }
});

describe("prototype keys in a policy", () => {
  const placements: Record<string, (key: string) => unknown> = {
    root: (k) => Object.assign(json(`{"${k}":${payload}}`) as object, testPolicy()),
    rule: (k) => {
      const policy = testPolicy();
      policy.rules[0] = Object.assign(json(`{"${k}":${payload}}`) as object, policy.rules[0]);
      return policy;
    },
    entity: (k) =>
      testPolicy({ entities: [Object.assign(json(`{"${k}":${payload}}`) as object, acme)] }),
    "an operation": (k) => {
      const policy = testPolicy();
      (policy.rules[0] as { when: unknown }).when = json(
        `{"and":[{"made_by":"acme"},{"${k}":[1]}]}`,
      );
      return policy;
    },
    "made_by's object": (k) => {
      const policy = testPolicy();
      (policy.rules[0] as { when: unknown }).when = json(
        `{"made_by":{"entities":["acme"],"${k}":${payload}}}`,
      );
      return policy;
    },
    scope: (k) => testPolicy({ scope: json(`{"${k}":{"var":"context.buyer.sector"}}`) as never }),
  };
  for (const key of keys) {
    for (const [where, document] of Object.entries(placements)) {
      it(`refuses "${key}" in the ${where}, or compiles a policy that still prohibits Acme`, () => {
        const before = prototypeNames();
        const result = outcome(() => compilePolicy(document(key)));
        if (result.kind === "value") {
          const registry = createRegistry();
          registry.add(document(key));
          const report = evaluate(
            { name: "Router", manufacturer: "Acme" },
            {
              registry,
              policies: ["test-policy"],
              asOf: "2021-01-01",
              context: { buyer: { sector: "government", jurisdiction: "XX" } },
            },
          );
          expect(report.verdict).toBe("prohibited");
        } else {
          expect(result.kind).toBe("issues");
        }
        expectNoPollution(before);
      });
    }
  }
});

describe("prototype keys in imported documents", () => {
  for (const key of keys) {
    it(`reads a CycloneDX BOM with "${key}" keys without polluting anything`, () => {
      const before = prototypeNames();
      const bom = json(
        `{"bomFormat":"CycloneDX","specVersion":"1.5","${key}":${payload},"metadata":{"component":{"type":"device","name":"Router","${key}":${payload},"manufacturer":{"name":"Acme"}}}}`,
      );
      const result = outcome(() => importDocument(bom));
      expect(result.kind).not.toBe("other");
      expectNoPollution(before);
    });
  }
});
