import { describe, expect, it } from "vitest";
import {
  createRegistry,
  detectFormat,
  evaluate,
  importDocument,
  VendorgateError,
} from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { bom, readFixture } from "./helpers.js";

describe("detectFormat", () => {
  it("tells products, CycloneDX BOMs and SPDX documents apart", () => {
    expect(detectFormat({ name: "Router" })).toBe("product");
    expect(detectFormat(bom([]))).toBe("cyclonedx");
    expect(detectFormat({ bomFormat: "AnotherFormat" })).toBe("cyclonedx");
    expect(detectFormat({ $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json" })).toBe(
      "cyclonedx",
    );
    expect(detectFormat({ spdxVersion: "SPDX-2.3" })).toBe("spdx");
    expect(detectFormat({ "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld" })).toBe(
      "spdx3",
    );
    expect(detectFormat({ "@context": ["https://spdx.org/rdf/3.0.1/spdx-context.json"] })).toBe(
      "spdx3",
    );
    for (const other of [null, [], "bom", 3]) expect(detectFormat(other)).toBe("product");
  });

  it("recognises every shared fixture", () => {
    expect(detectFormat(readFixture("cyclonedx/sbom-juice-shop-11.1.2.json"))).toBe("cyclonedx");
    expect(detectFormat(readFixture("cyclonedx-spec/1.7/invalid-bomformat-1.7.json"))).toBe(
      "cyclonedx",
    );
    expect(detectFormat(readFixture("spdx/acme.spdx-2.3.json"))).toBe("spdx");
  });
});

describe("importDocument", () => {
  const registry = createRegistry({ policies: [testPolicy()] });
  const options = {
    registry,
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
  };

  it("reads a product, a CycloneDX BOM and an SPDX document alike, ready for evaluate", () => {
    const product = {
      name: "Router",
      manufacturer: "Clean Corp",
      components: [{ name: "Radio", manufacturer: "Acme" }],
    };
    const cyclonedx = bom(
      [{ type: "device", "bom-ref": "radio-1", name: "Radio", manufacturer: { name: "Acme" } }],
      {
        metadata: {
          component: { type: "device", name: "Router", manufacturer: { name: "Clean Corp" } },
        },
      },
    );
    const spdx = {
      spdxVersion: "SPDX-2.3",
      SPDXID: "SPDXRef-DOCUMENT",
      name: "doc",
      documentDescribes: ["SPDXRef-router"],
      packages: [
        { SPDXID: "SPDXRef-router", name: "Router", supplier: "Organization: Clean Corp" },
        {
          SPDXID: "SPDXRef-radio",
          name: "Radio",
          supplier: "Organization: Acme Networks (sales@acme.example)",
        },
      ],
    };
    const found = [product, cyclonedx, spdx].map((document) =>
      evaluate(importDocument(document), options).findings.map((f) => [
        f.path.join(" > "),
        f.componentId,
        f.entity?.origin,
      ]),
    );
    expect(found).toEqual([
      [["Router > Radio", undefined, undefined]],
      [["Router > Radio", "radio-1", "cyclonedx:manufacturer"]],
      [["Router > Radio", "SPDXRef-radio", "spdx:supplier"]],
    ]);
  });

  it("passes the limits on to products too", () => {
    const product = { name: "Router", components: [{ name: "A" }, { name: "B" }] };
    expect(() => importDocument(product, { limits: { maxComponents: 2 } })).toThrowError(
      VendorgateError,
    );
    expect(() =>
      importDocument(
        bom([
          { type: "library", name: "a" },
          { type: "library", name: "b" },
        ]),
        { limits: { maxComponents: 2 } },
      ),
    ).toThrowError(/more than 2 components and services/);
  });
});
