// Every field of the component schema reaches every place that lists the fields by hand: the
// fast path, the view rules read, the digest writer. A new schema field fails to type-check here
// until it has a sample, and then fails these tests until each place knows it.
import { describe, expect, it } from "vitest";
import { fastNode } from "../../src/engine/fast-node.js";
import { defaultLimits } from "../../src/engine/limits.js";
import { digestProduct } from "../../src/engine/product-digest.js";
import { parseProductGraph } from "../../src/engine/product-graph.js";
import { componentShape } from "../../src/logic/view.js";
import { ComponentNodeSchema } from "../../src/model/component.js";
import { digestCanonical } from "../../src/util/canonical-json.js";

const sample = {
  name: "Camera",
  id: "cam-1",
  type: "device",
  manufacturer: "Acme",
  supplier: { name: "Acme Trading", identifiers: { lei: "5493001KJTIIGC8Y1R12" } },
  brand: "Acme Vision",
  identifiers: { fccId: "ABC123" },
  countryOfOrigin: "CN",
  categories: ["video-surveillance"],
  attributes: { modelYear: 2024 },
  components: [{ name: "Sensor" }],
} satisfies Record<keyof typeof ComponentNodeSchema.shape, unknown>;

const fields = Object.keys(ComponentNodeSchema.shape);

describe("the component fields", () => {
  it("are the ones the sample gives", () => {
    expect(Object.keys(sample).sort()).toEqual([...fields].sort());
    expect(ComponentNodeSchema.parse(sample)).toEqual(sample);
  });

  it("all take the fast path", () => {
    expect(fastNode(sample)).toBe(sample);
    expect(parseProductGraph(sample, defaultLimits)).toMatchObject({ slow: new Set(), issues: [] });
  });

  it("all reach the view rules read (children aside)", () => {
    const viewFields = componentShape.kind === "object" ? Object.keys(componentShape.fields) : [];
    expect(viewFields.sort()).toEqual(fields.filter((field) => field !== "components").sort());
    const parsed = parseProductGraph(sample, defaultLimits);
    const view = parsed.graph?.nodes[0]?.view;
    expect(Object.keys(view ?? {}).sort()).toEqual(viewFields);
  });

  it("all count in the digest", () => {
    expect(digestProduct(sample)).toBe(digestCanonical(sample));
    for (const field of fields.filter((field) => field !== "name")) {
      const { [field as keyof typeof sample]: _, ...without } = sample;
      expect(digestProduct(without), field).not.toBe(digestProduct(sample));
    }
  });
});
