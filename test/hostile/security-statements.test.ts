// SECURITY.md and the code agree: one test per statement the page makes about what vendorgate
// guarantees for untrusted input, its limits and its signatures. Where a statement has a fuller
// suite of its own, the test here checks the statement as written and names that suite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { defaultLimits } from "../../src/engine/limits.js";
import {
  createRegistry,
  evaluate,
  type Report,
  safeEvaluate,
  VendorgateError,
} from "../../src/index.js";
import { compilePolicy, generateSigningKey, signDigest } from "../../src/maintain/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";
import { issuesOf, json, testSetup } from "./helpers.js";

const security = readFileSync("SECURITY.md", "utf8");
const acmeRouter = {
  name: "Router",
  manufacturer: "Clean Corp",
  components: [{ name: "Radio", manufacturer: "Acme" }],
};

/** The text of SECURITY.md must still make the statement a test checks. */
function states(text: string): void {
  expect(security.replace(/\s+/g, " ")).toContain(text);
}

describe("SECURITY.md: bad input is an error, never an answer", () => {
  it("throws VendorgateError with a code and a path for malformed input; safeEvaluate returns them", () => {
    states("**Bad input is an error, never an answer.**");
    const { options } = testSetup();
    const issues = issuesOf(() => evaluate({ name: "Router", components: [{ name: 5 }] }, options));
    expect(issues[0]).toMatchObject({
      code: "invalid_input",
      path: ["product", "components", 0, "name"],
    });
    const safe = safeEvaluate({ name: "Router", components: [{ name: 5 }] }, options);
    expect(safe).toMatchObject({ ok: false, issues: [{ code: "invalid_input" }] });
  });

  it("gives indeterminate and a data gap, never allowed, for a part with no maker", () => {
    const { options } = testSetup();
    const report = evaluate({ name: "Router", components: [{ name: "Radio" }] }, options);
    expect(report.verdict).toBe("indeterminate");
    expect(report.gapSummary.length + report.dataGaps.length).toBeGreaterThan(0);
  });

  it("refuses a policy that cannot be compiled whole, and never skips a policy", () => {
    const bad = testPolicy({
      rules: [{ ...(testPolicy().rules[0] as object), when: { nope: 1 } }] as never,
    });
    expect(() => createRegistry({ policies: [testPolicy({ id: "other" }), bad] })).toThrow(
      VendorgateError,
    );
    const { options } = testSetup();
    expect(() =>
      evaluate(acmeRouter, { ...options, policies: ["test-policy", "missing"] }),
    ).toThrow(/No policy "missing"/);
  });
});

describe("SECURITY.md: same input, same output", () => {
  it("gives the same verdicts and findings, byte for byte, whatever the order of children or policies, tree or DAG", () => {
    states("**Same input, same output**, byte for byte.");
    states("the report's `policies` list follows the order requested");
    const registry = createRegistry({
      entities: [acme],
      policies: [testPolicy(), testPolicy({ id: "second-policy" })],
    });
    const base = {
      registry,
      asOf: "2021-01-01",
      context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
    };
    const both = ["test-policy", "second-policy"];
    const radio = { name: "Radio", manufacturer: "Acme" };
    const clean = { name: "Case", manufacturer: "Clean Corp" };
    const tree = { name: "Router", manufacturer: "Clean Corp", components: [radio, clean] };
    const decided = (report: Report) =>
      JSON.stringify([report.verdict, report.findings, report.dataGaps]);
    const a = evaluate(tree, { ...base, policies: both });
    expect(JSON.stringify(evaluate(structuredClone(tree), { ...base, policies: both }))).toBe(
      JSON.stringify(a),
    );
    const reordered = { ...tree, components: [clean, radio] };
    expect(decided(evaluate(reordered, { ...base, policies: both }))).toBe(decided(a));
    const otherOrder = evaluate(tree, { ...base, policies: [...both].reverse() });
    expect(decided(otherOrder)).toBe(decided(a));
    expect(otherOrder.policies.map((p) => p.id)).toEqual([...both].reverse());
    const dag = {
      name: "Router",
      manufacturer: "Clean Corp",
      shared: [{ id: "r", ...radio }],
      components: [{ ref: "r" }, clean],
    };
    expect(evaluate(dag, { ...base, policies: both }).verdict).toBe(a.verdict);
    expect(a.stamp).toMatchObject({ asOf: "2021-01-01" });
    expect(a.stamp.policies.every((p) => p.digest.startsWith("sha256:"))).toBe(true);
  });
});

describe("SECURITY.md: no prototype pollution", () => {
  const keys = ["__proto__", "constructor", "prototype"];
  const { options } = testSetup();
  const buyer = '"buyer":{"sector":"government","jurisdiction":"XX"}';

  it("refuses prototype keys in components, their attributes and identifiers, and parties' identifiers", () => {
    states(
      "`__proto__`, `constructor` and `prototype` are refused as keys of components, their attributes and identifiers",
    );
    for (const key of keys) {
      const places: [string, (string | number)[]][] = [
        [`{"name":"Router","manufacturer":"Acme","${key}":{"x":1}}`, []],
        [`{"name":"Router","manufacturer":"Acme","attributes":{"${key}":{"x":1}}}`, ["attributes"]],
        [`{"name":"Router","manufacturer":"Acme","identifiers":{"${key}":"1"}}`, ["identifiers"]],
        [`{"name":"Router","manufacturer":{"name":"Acme","${key}":"1"}}`, ["manufacturer"]],
        [
          `{"name":"Router","manufacturer":{"name":"Acme","identifiers":{"${key}":"X"}}}`,
          ["manufacturer", "identifiers"],
        ],
        [
          `{"name":"Router","brand":{"name":"Acme","identifiers":{"${key}":"X"}}}`,
          ["brand", "identifiers"],
        ],
      ];
      for (const [text, at] of places) {
        const issues = issuesOf(() => evaluate(json(text), options));
        expect(issues[0], text).toMatchObject({ code: "invalid_input", path: ["product", ...at] });
        expect(issues[0]?.message, text).toContain(key);
      }
    }
  });

  it("refuses them in contexts (attributes and buyer included), waivers, limits and options", () => {
    states(
      "they are refused anywhere in contexts (their `buyer` and `attributes` too), waivers, limits, options,",
    );
    for (const key of keys) {
      const placements: [object, (string | number)[]][] = [
        [
          { context: json(`{${buyer},"attributes":{"${key}":1}}`) },
          ["options", "context", "attributes", key],
        ],
        [{ context: json(`{${buyer},"${key}":{"x":1}}`) }, ["options", "context", key]],
        [
          { context: json(`{"buyer":{"sector":"government","jurisdiction":"XX","${key}":1}}`) },
          ["options", "context", "buyer", key],
        ],
        [
          {
            waivers: [
              json(
                `{"id":"w","policy":"test-policy","reason":"r","approver":"a","expires":"2030-01-01","${key}":1}`,
              ),
            ],
          },
          ["options", "waivers", 0, key],
        ],
        [{ limits: json(`{"${key}":{"maxDepth":1}}`) }, ["options", "limits", key]],
      ];
      for (const [extra, path] of placements) {
        const issues = issuesOf(() =>
          evaluate(acmeRouter, { ...options, ...extra } as Parameters<typeof evaluate>[1]),
        );
        expect(issues[0]).toMatchObject({ code: "invalid_input", path });
      }
      const withKey = Object.assign(json(`{"${key}":{"x":1}}`) as object, options);
      expect(issuesOf(() => evaluate(acmeRouter, withKey as never))[0]).toMatchObject({
        path: ["options", key],
      });
    }
  });

  it("refuses them anywhere in a policy, an extra member of a condition object included", () => {
    for (const key of keys) {
      const policy = testPolicy();
      (policy.rules[0] as { when: unknown }).when = json(
        `{"made_by":{"entities":["acme"],"${key}":{"entities":["nobody"]}}}`,
      );
      const issues = issuesOf(() => compilePolicy(policy, new Map([["acme", acme]])));
      expect(issues[0]).toMatchObject({
        code: "invalid_input",
        path: ["rules", 0, "when", "made_by", key],
      });
      const inEntity = testPolicy({ entities: [json(`{"${key}":1}`) as never] });
      expect(issuesOf(() => compilePolicy(inEntity))[0]?.path).toEqual(["entities", 0, key]);
      expect(
        issuesOf(() =>
          createRegistry({ entities: [Object.assign(json(`{"${key}":1}`) as object, acme)] }),
        )[0],
      ).toMatchObject({
        code: "invalid_input",
        path: [0, key],
      });
    }
  });

  it("means a signed file with a prototype key added no longer verifies: it is refused", async () => {
    const key = await generateSigningKey();
    const policy = testPolicy();
    const signature = await signDigest(compilePolicy(policy).digest, key.privateKey);
    const registry = createRegistry({ trustedKeys: [key.publicKey] });
    const tampered = json(JSON.stringify(policy)) as { rules: { when: unknown }[] };
    (tampered.rules[0] as { when: unknown }).when = json(
      '{"made_by":{"entities":["acme"],"__proto__":{"x":1}}}',
    );
    await expect(registry.addSigned(tampered, signature)).rejects.toThrow(VendorgateError);
    expect(registry.list()).toEqual([]);
  });
});

describe("SECURITY.md: conditions are data, checked when compiled", () => {
  const compileWith = (when: unknown) => () =>
    compilePolicy(testPolicy({ rules: [{ ...(testPolicy().rules[0] as object), when }] as never }));

  it("refuses operations outside the allow-list with the rule id and JSON path", () => {
    states("JSON Logic operations are allow-listed");
    for (const op of ["method", "log", "cat", "substr", "=="]) {
      const issues = issuesOf(compileWith({ [op]: [1, 2] }));
      expect(issues[0]?.path.slice(0, 3)).toEqual(["rules", 0, "when"]);
      expect(issues.map((issue) => issue.message).join(" ")).toContain(op);
    }
  });

  it("refuses var paths outside the view and prototype names in any segment", () => {
    for (const path of [
      "component.constructor",
      "context.__proto__.x",
      "component.prototype",
      "nowhere.x",
    ]) {
      expect(issuesOf(compileWith({ "===": [{ var: path }, 1] }))[0]?.code).toBe("invalid_var");
    }
  });

  it("registers no domain operation with json-logic-js", () => {
    expect(() => jsonLogic.apply({ made_by: "acme" } as never)).toThrow(/Unrecognized operation/);
    expect(() => jsonLogic.apply({ any_descendant: true } as never)).toThrow(
      /Unrecognized operation/,
    );
  });
});

describe("SECURITY.md: walks and code", () => {
  it("builds no regular expression from input: names with pattern characters match only as written", () => {
    states("**No regular expressions are built from input**");
    const entity = { ...acme, names: [{ text: "A.* (Ltd)", source: "s1" }], aliases: [] };
    const registry = createRegistry({ policies: [testPolicy({ entities: [entity] })] });
    const { options } = testSetup();
    const run = (manufacturer: string) =>
      evaluate({ name: "Router", manufacturer }, { ...options, registry }).verdict;
    expect(run("Acme Networks")).toBe("allowed");
    expect(run("A.* (Ltd)")).toBe("prohibited");
  });

  it("walks a 100,000-level chain without overflowing the stack", () => {
    states("a 100,000-level chain does not overflow the stack");
    let leaf: Record<string, unknown> = { name: "Radio", manufacturer: "Acme" };
    for (let i = 0; i < 100_000; i++)
      leaf = { name: `Level ${i}`, manufacturer: "Clean Corp", components: [leaf] };
    const { options } = testSetup();
    expect(evaluate(leaf, options).verdict).toBe("prohibited");
  });

  it("has no eval and no new Function in its own code", () => {
    states("**No `eval` in vendorgate's own code.**");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    walk("src");
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
    }
  });

  it("reports an object that contains itself as a cycle with a short path", () => {
    const product: Record<string, unknown> = { name: "Router", manufacturer: "Clean Corp" };
    const radio: Record<string, unknown> = { name: "Radio", manufacturer: "Acme" };
    radio.components = [{ name: "Board", manufacturer: "Clean Corp", components: [radio] }];
    product.components = [radio];
    const { options } = testSetup();
    const issues = issuesOf(() => evaluate(product, options));
    expect(issues[0]).toMatchObject({
      code: "cycle",
      path: ["product", "components", 0, "components", 0, "components", 0],
    });
    const self: Record<string, unknown> = { name: "Router" };
    self.components = [self];
    expect(issuesOf(() => evaluate(self, options))[0]).toMatchObject({
      code: "cycle",
      path: ["product", "components", 0],
    });
  });

  it("still evaluates one object used in two places (not a cycle)", () => {
    const radio = { name: "Radio", manufacturer: "Acme", components: [{ name: "Chip" }] };
    const product = {
      name: "Router",
      manufacturer: "Clean Corp",
      components: [radio, { name: "Box", manufacturer: "Clean Corp", components: [radio] }],
    };
    const { options } = testSetup();
    expect(evaluate(product, options).verdict).toBe("prohibited");
  });
});

describe("SECURITY.md: a registry changes atomically", () => {
  it("rejects a bad version whole and keeps serving what it had", () => {
    states("**A registry changes atomically.**");
    const registry = createRegistry({ entities: [acme], policies: [testPolicy()] });
    expect(() => registry.add(testPolicy({ version: "1.0.0", title: "Changed" }))).toThrow(
      /already published/,
    );
    expect(() =>
      registry.add({ ...testPolicy({ version: "1.1.0" }), rules: [{ id: "x" }] }),
    ).toThrow(VendorgateError);
    expect(registry.list().map((p) => `${p.version} ${p.title}`)).toEqual(["1.0.0 Test policy"]);
  });
});

describe("SECURITY.md: limits", () => {
  it("documents every limit with its default, as the code has it", () => {
    const rows = [...security.matchAll(/^\| `(\w+)` \| ([\d,]+)/gm)].map(
      ([, name, value]) => [name, Number((value as string).replaceAll(",", ""))] as const,
    );
    expect(Object.fromEntries(rows)).toEqual(defaultLimits);
  });

  it("bounds entity names and aliases to 300 characters and identifiers to 64", () => {
    states("Policy entities bound names and aliases to 300 characters and identifiers to 64.");
    const long = (n: number) => "A".repeat(n);
    expect(() =>
      createRegistry({ entities: [{ ...acme, aliases: [{ text: long(300), source: "s1" }] }] }),
    ).not.toThrow();
    expect(() =>
      createRegistry({ entities: [{ ...acme, aliases: [{ text: long(301), source: "s1" }] }] }),
    ).toThrow(VendorgateError);
    expect(() =>
      createRegistry({ entities: [{ ...acme, names: [{ text: long(301), source: "s1" }] }] }),
    ).toThrow(VendorgateError);
    const identifier = (value: string) => ({
      ...acme,
      identifiers: [{ scheme: "fcc-grantee" as const, value, source: "s1" }],
    });
    expect(() => createRegistry({ entities: [identifier(long(64))] })).not.toThrow();
    expect(() => createRegistry({ entities: [identifier(long(65))] })).toThrow(VendorgateError);
  });
});

describe("SECURITY.md: what signatures protect", () => {
  it("rejects a version whose rules or named catalogue entity changed after signing, or signed by another key", async () => {
    states(
      "a version whose rules, dates, scope, sources or named entities were changed after signing",
    );
    const key = await generateSigningKey();
    const other = await generateSigningKey();
    const policy = testPolicy({ entities: ["acme"] });
    const catalogue = new Map([["acme", acme]]);
    const signature = await signDigest(compilePolicy(policy, catalogue).digest, key.privateKey);
    const changedEntity = { ...acme, aliases: [] };
    const withChangedEntity = createRegistry({
      entities: [changedEntity],
      trustedKeys: [key.publicKey],
    });
    await expect(withChangedEntity.addSigned(policy, signature)).rejects.toThrow(VendorgateError);
    const registry = createRegistry({ entities: [acme], trustedKeys: [key.publicKey] });
    const changedRule = testPolicy({
      entities: ["acme"],
      rules: [{ ...(testPolicy().rules[0] as object), verdict: "review" }] as never,
    });
    await expect(registry.addSigned(changedRule, signature)).rejects.toThrow(VendorgateError);
    const byOther = await signDigest(compilePolicy(policy, catalogue).digest, other.privateKey);
    await expect(registry.addSigned(policy, byOther)).rejects.toThrow(VendorgateError);
    expect(() => registry.add(policy)).toThrow(/addSigned/);
    await registry.addSigned(policy, signature);
    expect(registry.list()).toHaveLength(1);
  });
});

describe("SECURITY.md: name matching, and what it does not do", () => {
  const { options } = testSetup();
  const run = (manufacturer: string) => evaluate({ name: "Router", manufacturer }, options);

  it("finds look-alike letters from another script, and near misses only for review", () => {
    states("look-alike letters from another script (a Cyrillic `а` in `Huаwei`)");
    states("as a `near-miss`, which is at most `review`");
    const disguised = run("\u0410cme Networks");
    expect(disguised.verdict).toBe("prohibited");
    expect(disguised.findings[0]?.entity?.via).toBe("look-alike");
    const nearMiss = run("Acne Networks");
    expect(nearMiss.verdict).toBe("review");
    expect(nearMiss.findings[0]?.entity?.via).toBe("near-miss");
  });

  it("does not find a name that no alias covers and that is no look-alike or near miss", () => {
    states("A name that no alias covers and that is neither is not found");
    expect(run("Zenith Radio Works").verdict).toBe("allowed");
  });

  it("never clears a part with no party: it is indeterminate with a data gap", () => {
    states("A part with none of them is never cleared: it is `indeterminate`, with a data gap.");
    const report = evaluate({ name: "Router" }, options);
    expect(report.verdict).toBe("indeterminate");
  });
});
