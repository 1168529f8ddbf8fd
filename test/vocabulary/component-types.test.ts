// Component types: documented synonyms are read as the type, anything else is refused with a
// "did you mean"; never silently dropped.
import { describe, expect, it } from "vitest";
import {
  ComponentTypeSchema,
  componentTypeSynonyms,
  parseProduct,
  VendorgateError,
} from "../../src/index.js";

function refusal(input: unknown): VendorgateError {
  try {
    parseProduct(input);
  } catch (error) {
    if (error instanceof VendorgateError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("component types", () => {
  it("map every synonym to a type, and no synonym is itself a type", () => {
    const types = new Set<string>(ComponentTypeSchema.options);
    for (const [synonym, type] of Object.entries(componentTypeSynonyms)) {
      expect(types.has(type), synonym).toBe(true);
      expect(types.has(synonym), synonym).toBe(false);
    }
  });

  it.each([
    ["software", "application"],
    ["Software", "application"],
    ["hardware", "device"],
    ["Operating System", "operating-system"],
    ["OS", "operating-system"],
    ["SaaS", "cloud-service"],
    ["ml_model", "machine-learning-model"],
    ["application", "application"],
  ])("read %j as %j", (given, type) => {
    const product = parseProduct({ name: "Part", components: [{ name: "Child", type: given }] });
    expect(product.graph.nodes[1]?.view.type).toBe(type);
    const warnings = product.warnings.map((w) => [w.code, w.path.join("."), w.message]);
    expect(warnings).toEqual(
      given === type
        ? []
        : [
            [
              "type_synonym",
              "components.0.type",
              `Component type "${given}" is a synonym or another spelling: read as "${type}"`,
            ],
          ],
    );
  });

  it("refuse an unknown type with the closest one", () => {
    const error = refusal({ name: "Box", components: [{ name: "App", type: "softwre" }] });
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(["components", 0, "type"]);
    expect(error.issues[0]?.message).toMatch(
      /^Unknown component type "softwre"; did you mean "application" \("software"\)\? Types: device, /,
    );
    expect(refusal({ name: "Box", type: "devise" }).issues[0]?.message).toMatch(
      /did you mean "device"\?/,
    );
    expect(refusal({ name: "Box", type: 7 }).issues[0]?.message).toMatch(
      /^Unknown component type 7\. Types: /,
    );
  });
});
