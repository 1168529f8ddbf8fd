// The CycloneDX example BOMs (shared fixtures). Expected numbers were counted from the raw
// files with jq, not read back from the importer: parts = metadata.component + every component
// and service at any depth; origins = the first of manufacturer, supplier, publisher, authors,
// author and group (provider and group for services) that each part has.
import { describe, expect, it } from "vitest";
import { fromCycloneDX, parseProduct } from "../../src/index.js";
import { childrenOf, manufacturerOrigins, part, partsOf, readFixture } from "./helpers.js";

const examples = [
  {
    file: "hbom-pcie-sata-adapter-board.cdx-1.4.json",
    parts: 7,
    root: "pcie-sata-adaptor-board",
    rootMaker: { name: "uk.ac.cam.cl", origin: "cyclonedx:group" },
    origins: { "cyclonedx:supplier": 6, "cyclonedx:group": 1 },
  },
  {
    file: "saasbom-apigateway.json",
    parts: 7,
    root: "Acme Cloud Example",
    rootMaker: undefined,
    origins: { "cyclonedx:provider": 4, "cyclonedx:group": 2, none: 1 },
  },
  {
    file: "sbom-juice-shop-11.1.2.json",
    parts: 841,
    root: "juice-shop",
    rootMaker: undefined,
    origins: { "cyclonedx:group": 6, none: 835 },
  },
  {
    file: "sbom-keycloak-10.0.2.json",
    parts: 904,
    root: "keycloak-parent",
    rootMaker: { name: "org.keycloak", origin: "cyclonedx:group" },
    origins: { "cyclonedx:publisher": 756, "cyclonedx:group": 148 },
  },
  ...["1.2", "1.3", "1.4"].map((version) => ({
    file: `sbom-laravel-7.12.0.cdx-${version}.json`,
    parts: 63,
    root: "cyclonedx-php-composer-demo",
    rootMaker: { name: "Jan Kowalleck", origin: "cyclonedx:author" },
    origins: { "cyclonedx:author": 60, "cyclonedx:group": 3 },
  })),
  {
    file: "sbom-proton-bridge-1.8.0.json",
    parts: 202,
    root: "github.com/ProtonMail/proton-bridge",
    rootMaker: undefined,
    origins: { none: 202 },
  },
];

describe("the CycloneDX example BOMs", () => {
  it.each(examples)("imports $file: $parts parts, parties by origin", (example) => {
    const product = fromCycloneDX(readFixture(`cyclonedx/${example.file}`));
    const parts = partsOf(product);
    expect(parts).toHaveLength(example.parts);
    expect(parseProduct(product).graph.nodes).toHaveLength(example.parts);
    expect(product.name).toBe(example.root);
    expect(product.manufacturer).toEqual(example.rootMaker);
    expect(manufacturerOrigins(parts)).toEqual(example.origins);
    // Every part keeps its bom-ref as its id (all parts of these BOMs have one).
    expect(new Set(parts.map((p) => p.id)).size).toBe(example.parts);
  });

  it("keeps the supplier of each part of the hardware BOM, and its GTIN", () => {
    const product = fromCycloneDX(
      readFixture("cyclonedx/hbom-pcie-sata-adapter-board.cdx-1.4.json"),
    );
    expect(
      product.components?.map((child) => ("supplier" in child ? child.supplier : undefined)),
    ).toEqual(
      ["Samtec", "Molex", "3M", "Multicomp", "TE Connectivity", "Multicomp"].map((name) => ({
        name,
        origin: "cyclonedx:supplier",
      })),
    );
    expect(part(product, "molex-47155-4001").identifiers).toEqual({ gtin: "00822348522712" });
  });

  it("puts the parts no dependency names directly under the product (Keycloak: 175, no root entry)", () => {
    const product = fromCycloneDX(readFixture("cyclonedx/sbom-keycloak-10.0.2.json"));
    expect(product.components).toHaveLength(175);
    // 128 parts have more than one dependent: each is one shared part, not copies.
    expect(product.shared).toHaveLength(128);
  });

  it("follows Laravel's dependency graph, sharing the 15 parts several packages need", () => {
    const product = fromCycloneDX(readFixture("cyclonedx/sbom-laravel-7.12.0.cdx-1.4.json"));
    expect(childrenOf(product)).toEqual(["laravel"]);
    expect(product.shared).toHaveLength(15);
  });

  it("breaks Proton Bridge's real dependency cycle (ugorji/go ↔ ugorji/go/codec), keeping every part", () => {
    const json = readFixture("cyclonedx/sbom-proton-bridge-1.8.0.json");
    const product = fromCycloneDX(json);
    // 56 dependencies of the root, plus kr/pty, which nothing depends on.
    expect(product.components).toHaveLength(57);
    // 20 parts have several dependents; ugorji/go loses the one that closed the cycle.
    expect(product.shared).toHaveLength(19);
    expect(childrenOf(part(product, "pkg:golang/github.com/ugorji/go/codec@v1.1.7"))).toEqual([]);
    expect(() => fromCycloneDX(json, { dependencyCycles: "error" })).toThrowError(
      /cycle: github\.com\/ugorji\/go → github\.com\/ugorji\/go\/codec → github\.com\/ugorji\/go\n.*at dependencies\[162\]\.dependsOn\[0\]/,
    );
  });

  it("nests the SaaSBOM's services under the gateway that calls them", () => {
    const product = fromCycloneDX(readFixture("cyclonedx/saasbom-apigateway.json"));
    expect(childrenOf(product)).toEqual(["API Gateway"]);
    expect(part(product, "s3-example.amazon.com")).toMatchObject({
      type: "service",
      manufacturer: { name: "com.amazon", origin: "cyclonedx:group" },
    });
  });
});
