// The CycloneDX specification's own JSON test files, 1.4 to 1.7 (shared fixtures, not copied).
import { describe, expect, it } from "vitest";
import {
  fromCycloneDX,
  importDocument,
  parseProduct,
  VendorgateError,
  type Warning,
} from "../../src/index.js";
import { childrenOf, declaredParts, fixtureFiles, part, partsOf, readFixture } from "./helpers.js";

const versions = ["1.4", "1.5", "1.6", "1.7"];
const files = versions.flatMap((version) =>
  fixtureFiles(`cyclonedx-spec/${version}`).map((name) => ({ version, name })),
);
const valid = files.filter(({ name }) => name.startsWith("valid-"));
const invalid = files.filter(({ name }) => name.startsWith("invalid-"));
const load = (version: string, name: string) => readFixture(`cyclonedx-spec/${version}/${name}`);
const kind = (name: string) => name.replace(/-1\.\d\.json$|\.json$/, "");

function refusal(json: unknown): VendorgateError {
  try {
    fromCycloneDX(json, { strict: true });
  } catch (error) {
    if (error instanceof VendorgateError) return error;
    throw error;
  }
  throw new Error("expected the BOM to be refused");
}

describe("the CycloneDX specification's valid test files", () => {
  it("are all there (a missing fixture folder must not pass silently)", () => {
    expect(valid.length).toBe(171);
    expect(invalid.length).toBe(98);
  });

  it.each(valid)("imports $version/$name with every declared part", ({ version, name }) => {
    const json = load(version, name);
    const product = fromCycloneDX(json);
    // Counted from the raw JSON, plus one for the part named "BOM" when there is no metadata.component.
    const synthetic = (json as { metadata?: { component?: unknown } }).metadata?.component ? 0 : 1;
    expect(partsOf(product)).toHaveLength(declaredParts(json) + synthetic);
    expect(parseProduct(product).graph.nodes).toHaveLength(declaredParts(json) + synthetic);
  });

  it.each(versions)("keeps nested components and nested services in %s (valid-assembly)", (v) => {
    const product = fromCycloneDX(load(v, `valid-assembly-${v}.json`));
    expect(product.name).toBe("BOM");
    expect(childrenOf(product)).toEqual(["acme-library-a", "acme-service-a"]);
    const [library, service] = product.components ?? [];
    expect(childrenOf(library as never)).toEqual(["acme-library-b"]);
    expect(service).toMatchObject({
      type: "service",
      components: [{ name: "acme-service-b", type: "service" }],
    });
  });

  it.each(versions)("reads every component type in %s (valid-component-types)", (v) => {
    const product = fromCycloneDX(load(v, `valid-component-types-${v}.json`));
    const types = (product.components ?? []).map((child) =>
      "type" in child ? child.type : undefined,
    );
    expect(types).toEqual([
      "application",
      "library",
      "framework",
      "container",
      "operating-system",
      "firmware",
      "device",
      "file",
      ...(v === "1.4" || v === "1.5" ? [] : ["data"]),
    ]);
  });

  it.each(versions)("follows the dependency graph in %s (valid-dependency)", (v) => {
    const product = fromCycloneDX(load(v, `valid-dependency-${v}.json`));
    // library-b depends on library-c, so library-c is a part of library-b, not of the BOM.
    expect(childrenOf(product)).toEqual(["library-a", "library-b"]);
    expect(childrenOf(part(product, "library-b"))).toEqual(["library-c"]);
  });

  it.each(versions)("makes a service a part of the component that uses it in %s", (v) => {
    const product = fromCycloneDX(load(v, `valid-service-${v}.json`));
    const client = part(product, "pkg:maven/com.acme/stock-java-client@1.0.12");
    expect(client.manufacturer).toEqual({ name: "Acme Inc", origin: "cyclonedx:publisher" });
    expect(client.components).toEqual([
      {
        name: "Stock ticker service",
        id: "b2a46a4b-8367-4bae-9820-95557cfe03a8",
        type: "service",
        manufacturer: { name: "Partner Org", origin: "cyclonedx:provider" },
        attributes: { version: "2020-Q2", group: "org.partner" },
      },
    ]);
  });

  it.each(["1.5", "1.6", "1.7"])(
    "shares a service both nested and depended on in %s (valid-saasbom)",
    (v) => {
      const product = fromCycloneDX(load(v, `valid-saasbom-${v}.json`));
      expect(product.name).toBe("Acme SaaSBOM Example");
      // Postgres is nested in the ticker service and a dependency of Microservice 1; S3 likewise
      // with Microservice 3: each is one shared part under both, not two copies.
      expect(product.shared?.map((shared) => shared.id)).toEqual([
        "ms-1-pgsql.example.com",
        "s3-example.amazon.com",
      ]);
      expect(childrenOf(part(product, "ms-1.example.com"))).toEqual(["ref:ms-1-pgsql.example.com"]);
      expect(childrenOf(part(product, "stock-ticker-service"))).toEqual([
        "Microservice 1",
        "Microservice 2",
        "Microservice 3",
        "ref:ms-1-pgsql.example.com",
        "ref:s3-example.amazon.com",
      ]);
    },
  );

  it("reads provides as a part of the component that provides it (1.6 cryptography)", () => {
    const product = fromCycloneDX(load("1.6", "valid-cryptography-implementation-1.6.json"));
    expect(childrenOf(product)).toEqual(["Crypto library"]);
    expect(childrenOf(part(product, "crypto-library"))).toEqual(["Some library", "AES"]);
    expect(part(product, "aes128gcm").type).toBe("cryptographic-asset");
  });

  it.each(versions)("reads the BOM's supplier and manufacturer in %s (valid-metadata-*)", (v) => {
    expect(fromCycloneDX(load(v, `valid-metadata-supplier-${v}.json`))).toEqual({
      name: "BOM",
      manufacturer: { name: "Acme, Inc.", origin: "cyclonedx:metadata.supplier" },
      supplier: { name: "Acme, Inc.", origin: "cyclonedx:metadata.supplier" },
    });
    expect(fromCycloneDX(load(v, `valid-metadata-manufacture-${v}.json`)).manufacturer).toEqual({
      name: v === "1.4" || v === "1.5" ? "Acme, Inc." : "Acme, Inc. // deprecated",
      origin: "cyclonedx:metadata.manufacture",
    });
  });

  it("takes metadata.manufacturer (the BOM's maker in 1.6+) for the product's maker when nothing else names one", () => {
    expect(fromCycloneDX(load("1.6", "valid-metadata-manufacturer-1.6.json"))).toEqual({
      name: "BOM",
      manufacturer: { name: "Acme, Inc.", origin: "cyclonedx:metadata.manufacturer" },
    });
  });

  it("marks external components (1.7) instead of dropping them", () => {
    const product = fromCycloneDX(load("1.7", "valid-component-external-with-version.json"));
    expect(product.components).toEqual([
      {
        name: "Ubuntu",
        id: "os",
        type: "operating-system",
        attributes: { version: "24.04", isExternal: true },
      },
    ]);
  });
});

/**
 * Every invalid test file, by kind: refused with the path to the fault when the fault is in
 * what vendorgate reads, else imported, with the reason it does not matter here.
 */
const invalidTable: Record<string, { refused: (string | number)[] } | { imported: string }> = {
  "invalid-bomformat": { refused: ["bomFormat"] },
  "invalid-component-ref": { refused: ["components", 1, "bom-ref"] },
  "invalid-component-swid": { refused: ["components", 0, "swid", "tagId"] },
  "invalid-component-type": { refused: ["components", 0, "type"] },
  "invalid-dependency": { refused: ["dependencies", 0, "ref"] },
  "invalid-empty-component": { refused: ["components", 0, "name"] },
  "invalid-missing-component-type": { refused: ["components", 0, "type"] },
  "invalid-properties": { refused: ["components", 0, "properties", 0, "name"] },
  "invalid-scope": { refused: ["components", 0, "scope"] },
  "invalid-hash-alg": { imported: "hashes are not read" },
  "invalid-hash-md5": { imported: "hashes are not read" },
  "invalid-hash-sha1": { imported: "hashes are not read" },
  "invalid-hash-sha256": { imported: "hashes are not read" },
  "invalid-hash-sha512": { imported: "hashes are not read" },
  "invalid-issue-type": { imported: "pedigree (patches and their issues) is not read" },
  "invalid-patch-type": { imported: "pedigree (patches and their issues) is not read" },
  "invalid-license-choice": { imported: "licenses are not read" },
  "invalid-license-encoding": { imported: "licenses are not read" },
  "invalid-license-id": { imported: "licenses are not read" },
  "invalid-license-missing-id-and-name": { imported: "licenses are not read" },
  "invalid-license-declared-concluded-mix": { imported: "licenses are not read" },
  "invalid-metadata-license": { imported: "metadata.licenses is not read" },
  "invalid-metadata-timestamp": { imported: "metadata.timestamp is not read" },
  "invalid-metadata-distribution": { imported: "metadata.distribution is not read" },
  "invalid-serialnumber": { imported: "serialNumber is not read" },
  "invalid-service-data": { imported: "a service's data flows are not read" },
  "invalid-citations": { imported: "citations are not read" },
  "invalid-component-external-version-and-range": {
    imported: "versionRange is not read (version is kept as an attribute)",
  },
  "invalid-component-versionRange-non-external-explicit": { imported: "versionRange is not read" },
  "invalid-component-versionRange-non-external-implicit": { imported: "versionRange is not read" },
};

describe("the CycloneDX specification's invalid test files", () => {
  it("are each in the table", () => {
    expect(invalid.map(({ name }) => kind(name)).filter((k) => !(k in invalidTable))).toEqual([]);
  });

  it.each(invalid)("$version/$name: as the table says", ({ version, name }) => {
    const expected = invalidTable[kind(name)];
    const json = load(version, name);
    if (expected && "refused" in expected) {
      const error = refusal(json);
      expect(error.message).toMatch(/^The CycloneDX BOM cannot be imported/);
      expect(error.issues.map((issue) => issue.path)).toContainEqual(expected.refused);
      // Lenient (the default): accepted with a warning at that path, or refused for a fault
      // that strict mode reports too (a repeat that names other parties is never merged).
      let warnings: readonly Warning[] = [];
      try {
        warnings = importDocument(json).warnings;
      } catch (lenient) {
        const strictPaths = error.issues.map((issue) => JSON.stringify(issue.path));
        for (const issue of (lenient as VendorgateError).issues)
          expect(strictPaths).toContain(JSON.stringify(issue.path));
        return;
      }
      expect(warnings.map((warning) => warning.path)).toContainEqual(expected.refused);
    } else {
      expect(partsOf(fromCycloneDX(json)).length).toBeGreaterThan(0);
    }
  });
});
