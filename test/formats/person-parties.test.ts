// People are not companies: a person's name never matches a covered entity by name.
import { describe, expect, it } from "vitest";
import {
  bundledRegistry,
  evaluate,
  fromCycloneDX,
  importDocument,
  type Product,
  parseProduct,
  VendorgateError,
} from "../../src/index.js";

const options = {
  registry: bundledRegistry(),
  policies: ["us-ndaa-889"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "US" } },
};

const entities = (product: unknown) =>
  evaluate(product, options).findings.flatMap((finding) =>
    finding.entity ? [finding.entity.id] : [],
  );

function spdx(originator: string): unknown {
  return {
    spdxVersion: "SPDX-2.3",
    SPDXID: "SPDXRef-DOCUMENT",
    name: "camera-app",
    documentDescribes: ["SPDXRef-app"],
    packages: [
      { SPDXID: "SPDXRef-app", name: "camera-app", supplier: "Organization: Clean Corp" },
      { SPDXID: "SPDXRef-lib", name: "mmcv", originator },
    ],
    relationships: [
      {
        spdxElementId: "SPDXRef-app",
        relationshipType: "DEPENDS_ON",
        relatedSpdxElement: "SPDXRef-lib",
      },
    ],
  };
}

describe("person parties", () => {
  it("reads SPDX Person: as a person, with the e-mail as an identifier, and never matches the name", () => {
    const person = importDocument(spdx("Person: Dahua Lin <dahua.lin@example.org>"));
    const lib = person.graph.nodes.find((node) => node.view.name === "mmcv");
    expect(lib?.parties.manufacturer).toEqual({
      name: "Dahua Lin",
      kind: "person",
      origin: "spdx:originator",
      identifiers: { email: "dahua.lin@example.org" },
    });
    expect(entities(person)).toEqual([]);
    // The same name as an organization is the covered company.
    expect(entities(importDocument(spdx("Organization: Dahua")))).toContain("dahua");
    // Without a kind, no guess is made: the name is matched as any party's is.
    expect(entities(importDocument(spdx("Dahua")))).toContain("dahua");
  });

  it("reads CycloneDX authors as people", () => {
    const product = fromCycloneDX({
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      metadata: {
        component: { type: "application", name: "app", supplier: { name: "Clean Corp" } },
      },
      components: [
        { type: "library", name: "mmcv", authors: [{ name: "Dahua Lin", email: "d@example.org" }] },
      ],
    });
    expect(product.components?.[0]).toMatchObject({
      manufacturer: {
        name: "Dahua Lin",
        kind: "person",
        origin: "cyclonedx:authors",
        identifiers: { email: "d@example.org" },
      },
    });
    expect(entities(product)).toEqual([]);
  });

  it("keeps kind through validation, the fast path and the digest", () => {
    const product = (kind?: "person" | "organization"): Product => ({
      name: "Camera",
      manufacturer: { name: "Dahua", ...(kind ? { kind } : {}) },
    });
    expect(entities(product("person"))).toEqual([]);
    expect(entities(product("organization"))).toContain("dahua");
    expect(entities(product())).toContain("dahua");
    const digests = new Set(
      [product(), product("person"), product("organization")].map((p) => parseProduct(p).digest),
    );
    expect(digests.size).toBe(3);
    expect(() =>
      parseProduct({ name: "Camera", manufacturer: { name: "Dahua", kind: "robot" } }),
    ).toThrow(VendorgateError);
  });
});
