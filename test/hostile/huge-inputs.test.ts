// Huge inputs: 10 MB names, a million children, entities with hundreds of thousands of aliases.
// Each ends in a limit_exceeded issue or a correct report, in bounded time.
import { describe, expect, it } from "vitest";
import { createRegistry, type Entity, evaluate } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import { acme, testPolicy } from "../fixtures/policies.js";
import { issuesOf, testSetup } from "./helpers.js";

const tenMegabytes = "A".repeat(10 * 1024 * 1024);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe("10 MB names", () => {
  const { options } = testSetup();

  it("refuses a 10 MB name, manufacturer, brand or id with limit_exceeded at its component", () => {
    for (const field of ["name", "manufacturer", "brand", "supplier", "id"]) {
      const part = { name: "Radio", manufacturer: "Acme", [field]: tenMegabytes };
      const { value: issues, ms } = timed(() =>
        issuesOf(() => evaluate({ name: "Box", components: [part] }, options)),
      );
      expect(issues[0], field).toMatchObject({
        code: "limit_exceeded",
        path: ["product", "components", 0],
      });
      expect(issues[0]?.message.length, field).toBeLessThan(500);
      expect(ms, field).toBeLessThan(2_000);
    }
  });

  it("refuses a 10 MB party object name, identifier and attribute value", () => {
    for (const part of [
      { name: "Radio", manufacturer: { name: tenMegabytes } },
      { name: "Radio", identifiers: { fccId: tenMegabytes } },
      { name: "Radio", attributes: { note: tenMegabytes } },
    ]) {
      expect(issuesOf(() => evaluate(part, options))[0]?.code).toBe("limit_exceeded");
    }
  });

  it("honours a lower maxTextLength", () => {
    const issues = issuesOf(() =>
      evaluate({ name: "x".repeat(101) }, { ...options, limits: { maxTextLength: 100 } }),
    );
    expect(issues[0]?.message).toContain("100 characters");
  });

  it("refuses 10 MB names and aliases in a policy's entities", () => {
    const entity: Entity = { ...acme, aliases: [{ text: tenMegabytes, source: "s1" }] };
    expect(issuesOf(() => compilePolicy(testPolicy({ entities: [entity] })))[0]?.path).toEqual([
      "entities",
      0,
      "aliases",
      0,
      "text",
    ]);
  });

  it("evaluates 10 MB text in fields without a length limit in bounded time", () => {
    // Categories, identifier names, party identifiers and context values are not checked against
    // maxTextLength (reported); this pins that they cost linear time, not more.
    const product = {
      name: "Box",
      manufacturer: { name: "Acme", identifiers: { fccId: tenMegabytes } },
      categories: [tenMegabytes],
    };
    const { value: report, ms } = timed(() =>
      evaluate(product, { ...options, context: { ...options.context, use: tenMegabytes } }),
    );
    expect(report.verdict).toBe("prohibited");
    expect(ms).toBeLessThan(5_000);
  });
});

describe("a million children", () => {
  it("evaluates a product with 1,000,000 direct children under the default limits", {
    timeout: 120_000,
  }, () => {
    const count = 1_000_000;
    const components = Array.from({ length: count }, (_, i) => ({
      name: `Part ${i}`,
      manufacturer: i === count - 1 ? "Acme" : "Clean Corp",
    }));
    const { options } = testSetup();
    const { value: report } = timed(() =>
      evaluate({ name: "Rack", manufacturer: "Clean Corp", components }, options),
    );
    expect(report.verdict).toBe("prohibited");
    expect(report.findings.map((f) => f.path)).toEqual([["Rack", `Part ${count - 1}`]]);
  });

  it("refuses them past a lower maxComponents, naming the limit", () => {
    const components = Array.from({ length: 1_000_000 }, (_, i) => ({ name: `Part ${i}` }));
    const { options } = testSetup();
    const [issue] = issuesOf(() =>
      evaluate({ name: "Rack", components }, { ...options, limits: { maxComponents: 100_000 } }),
    );
    expect(issue).toMatchObject({ code: "limit_exceeded" });
    expect(issue?.message).toContain("maxComponents");
  });
});

describe("an entity with very many aliases", () => {
  it("compiles 200,000 aliases and still matches in one lookup", () => {
    const count = 200_000;
    const entity: Entity = {
      ...acme,
      aliases: Array.from({ length: count }, (_, i) => ({ text: `Alias${i} Works`, source: "s1" })),
    };
    const { value: registry, ms } = timed(() =>
      createRegistry({ policies: [testPolicy({ entities: [entity] })] }),
    );
    expect(ms).toBeLessThan(20_000);
    const { options } = testSetup();
    const report = evaluate(
      {
        name: "Box",
        manufacturer: "Clean Corp",
        components: [
          { name: "Radio", manufacturer: `Alias${count - 1} Works` },
          // Not "Alias Works": that is one letter from "Alias1 Works", a near miss.
          { name: "Fan", manufacturer: "Fan Works" },
        ],
      },
      { ...options, registry },
    );
    expect(report.findings.map((f) => f.path.at(-1))).toEqual(["Radio"]);
  });
});
