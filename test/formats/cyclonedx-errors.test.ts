// Bad BOMs are refused with every problem and its path, never a crash or a partial product.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromCycloneDX,
  type ImportOptions,
  parseProduct,
  VendorgateError,
} from "../../src/index.js";
import { bom, lib, readFixture } from "./helpers.js";

function refused(json: unknown, options?: ImportOptions): VendorgateError {
  try {
    fromCycloneDX(json, options);
  } catch (error) {
    if (error instanceof VendorgateError) return error;
    throw error;
  }
  throw new Error("expected the BOM to be refused");
}

const issuesOf = (json: unknown, options?: ImportOptions) => refused(json, options).issues;

describe("fromCycloneDX with bad BOMs", () => {
  it("refuses what is not a BOM object", () => {
    expect(issuesOf([])).toEqual([
      {
        code: "invalid_input",
        path: [],
        message: "Invalid input: expected object, received array",
      },
    ]);
    expect(refused("bom").message).toMatch(/^The CycloneDX BOM cannot be imported\n✖ /);
  });

  it("refuses a wrong bomFormat and an unsupported or missing specVersion", () => {
    expect(issuesOf({ ...bom([]), bomFormat: "SPDX" })).toEqual([
      { code: "invalid_input", path: ["bomFormat"], message: 'bomFormat must be "CycloneDX"' },
    ]);
    for (const specVersion of ["1.0", "1.1", "1.8", 1.6]) {
      expect(issuesOf({ ...bom([]), specVersion })).toEqual([
        {
          code: "invalid_input",
          path: ["specVersion"],
          message: `CycloneDX specVersion ${JSON.stringify(specVersion)} is not supported: vendorgate reads CycloneDX JSON 1.2 to 1.7`,
        },
      ]);
    }
    expect(issuesOf({ bomFormat: "CycloneDX" })[0]?.message).toBe(
      "A CycloneDX BOM needs a specVersion (vendorgate reads CycloneDX JSON 1.2 to 1.7)",
    );
  });

  it("names a dependency on a bom-ref that no part has, on either side (strict)", () => {
    expect(
      issuesOf(
        bom([lib("board")], {
          dependencies: [
            { ref: "board", dependsOn: ["modem"] },
            { ref: "ghost", provides: ["board"] },
          ],
        }),
        { strict: true },
      ),
    ).toEqual([
      {
        code: "unknown_ref",
        path: ["dependencies", 0, "dependsOn", 0],
        message: 'No component or service has bom-ref "modem"',
      },
      {
        code: "unknown_ref",
        path: ["dependencies", 1, "ref"],
        message: 'No component or service has bom-ref "ghost"',
      },
    ]);
  });

  it("refuses a cycle in the dependencies when asked to", () => {
    const json = bom([lib("a"), lib("b")], {
      dependencies: [
        { ref: "a", dependsOn: ["b"] },
        { ref: "b", dependsOn: ["a"] },
      ],
    });
    expect(issuesOf(json, { dependencyCycles: "error" })).toEqual([
      {
        code: "cycle",
        path: ["dependencies", 1, "dependsOn", 0],
        message: "Parts depend on each other in a cycle: a → b → a",
      },
    ]);
  });

  it("names every part without a name, however deep, and a blank one", () => {
    expect(
      issuesOf(
        bom([
          {
            type: "device",
            name: "Board",
            components: [{ type: "device" }, { type: "chip", name: " " }],
          },
          { type: "device", name: "" },
        ]),
      ),
    ).toEqual([
      {
        code: "invalid_input",
        path: ["components", 0, "components", 0, "name"],
        message: "A component needs a name",
      },
      {
        code: "invalid_input",
        path: ["components", 0, "components", 1, "type"],
        message: 'Unknown component type "chip"',
      },
      {
        code: "invalid_input",
        path: ["components", 0, "components", 1, "name"],
        message: "A component needs a name, not an empty one",
      },
      {
        code: "invalid_input",
        path: ["components", 1, "name"],
        message: "A component needs a name, not an empty one",
      },
    ]);
    expect(issuesOf(bom([], { services: [{ services: [{}] }] }))).toEqual([
      { code: "invalid_input", path: ["services", 0, "name"], message: "A service needs a name" },
    ]);
  });

  it("refuses a bom-ref used twice, including by metadata.component (strict)", () => {
    expect(
      issuesOf(
        bom([lib("x")], { metadata: { component: { type: "device", name: "R", "bom-ref": "x" } } }),
        { strict: true },
      ),
    ).toEqual([
      {
        code: "duplicate_id",
        path: ["components", 0, "bom-ref"],
        message: 'bom-ref "x" is used more than once',
      },
    ]);
  });

  it("stops at limits.maxComponents (default: the engine's) with the path of the first part past it", () => {
    const json = bom([lib("a"), lib("b", { components: [lib("c"), lib("d")] })]);
    expect(issuesOf(json, { limits: { maxComponents: 3 } })).toEqual([
      {
        code: "limit_exceeded",
        path: ["components", 1, "components", 0],
        message: "The BOM has more than 3 components and services (limits.maxComponents)",
      },
    ]);
    expect(() => fromCycloneDX(json, { limits: { maxComponents: 5 } })).not.toThrow();
  });

  it("refuses a real BOM past a small limit, without reading the rest of it", () => {
    const keycloak = readFixture("cyclonedx/sbom-keycloak-10.0.2.json");
    expect(issuesOf(keycloak, { limits: { maxComponents: 100 } })).toEqual([
      expect.objectContaining({ code: "limit_exceeded", path: ["components", 99] }),
    ]);
  });

  it("respects limits.maxDepth and limits.maxTextLength", () => {
    const deep = bom([lib("a", { components: [lib("b", { components: [lib("c")] })] })]);
    expect(issuesOf(deep, { limits: { maxDepth: 2 } })).toEqual([
      {
        code: "limit_exceeded",
        path: ["components", 0, "components", 0, "components", 0],
        message: "Components are nested deeper than 2 levels (limits.maxDepth)",
      },
    ]);
    expect(
      issuesOf(bom([lib("a", { purl: "x".repeat(101) })]), { limits: { maxTextLength: 100 } }),
    ).toEqual([
      {
        code: "limit_exceeded",
        path: ["components", 0],
        message: "The part's identifiers.purl is longer than 100 characters (limits.maxTextLength)",
      },
    ]);
  });

  it("refuses bad options as a VendorgateError", () => {
    expect(issuesOf(bom([]), { limits: { maxComponents: 0 } } as ImportOptions)[0]?.path).toEqual([
      "options",
      "limits",
      "maxComponents",
    ]);
    expect(
      issuesOf(bom([]), { dependencyCycles: "ignore" } as unknown as ImportOptions)[0]?.path,
    ).toEqual(["options", "dependencyCycles"]);
  });

  it("reports at most 100 problems", () => {
    const nameless = Array.from({ length: 500 }, () => ({ type: "library" }));
    expect(issuesOf(bom(nameless))).toHaveLength(100);
  });

  it("gives a valid product or a VendorgateError, whatever the JSON", () => {
    const part = fc.record(
      {
        type: fc.constantFrom("library", "device", "firmware", "gadget", 3),
        name: fc.oneof(fc.string(), fc.constant(undefined)),
        "bom-ref": fc.constantFrom("a", "b", "c", ""),
        supplier: fc.oneof(fc.record({ name: fc.string() }), fc.string()),
        properties: fc.array(
          fc.record({
            name: fc.constantFrom(
              "vendorgate:category",
              "vendorgate:x",
              "cdx:device:certifications:US:FCC:id",
            ),
            value: fc.string(),
          }),
        ),
        components: fc.array(fc.anything(), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    const dependency = fc.record({
      ref: fc.constantFrom("a", "b", "c", ""),
      dependsOn: fc.array(fc.constantFrom("a", "b", "c")),
    });
    const arbitraryBom = fc.record(
      {
        bomFormat: fc.constantFrom("CycloneDX", "x"),
        specVersion: fc.constantFrom("1.2", "1.6", "2.0"),
        metadata: fc.anything(),
        components: fc.oneof(fc.array(part, { maxLength: 4 }), fc.anything()),
        services: fc.array(fc.anything(), { maxLength: 2 }),
        dependencies: fc.array(dependency, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(arbitraryBom, fc.anything()), (json) => {
        let product: ReturnType<typeof fromCycloneDX>;
        try {
          product = fromCycloneDX(json);
        } catch (error) {
          if (!(error instanceof VendorgateError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          return;
        }
        // What imports is a valid product.
        expect(() => parseProduct(product)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
