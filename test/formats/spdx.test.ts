import { describe, expect, it } from "vitest";
import { fromSPDX, type ImportOptions, parseProduct, VendorgateError } from "../../src/index.js";
import { childrenOf, partsOf, readFixture } from "./helpers.js";

const doc = (fields: object) => ({
  spdxVersion: "SPDX-2.3",
  SPDXID: "SPDXRef-DOCUMENT",
  name: "router-sbom",
  ...fields,
});
const pkg = (id: string, fields: object = {}) => ({ SPDXID: `SPDXRef-${id}`, name: id, ...fields });
const rel = (from: string, type: string, to: string) => ({
  spdxElementId:
    from.startsWith("SPDXRef-") || from.startsWith("DocumentRef-") ? from : `SPDXRef-${from}`,
  relationshipType: type,
  relatedSpdxElement:
    ["NONE", "NOASSERTION"].includes(to) || to.includes(":") ? to : `SPDXRef-${to}`,
});

function issuesOf(json: unknown, options?: ImportOptions) {
  try {
    fromSPDX(json, options);
  } catch (error) {
    if (error instanceof VendorgateError) return error.issues;
    throw error;
  }
  throw new Error("expected the document to be refused");
}

describe("fromSPDX with the SPDX 2.3 examples", () => {
  // Counts from the raw files (jq): packages; files are not parts.
  it("imports acme: the described application containing 3 packages", () => {
    const product = fromSPDX(readFixture("spdx/acme.spdx-2.3.json"));
    expect(partsOf(product)).toHaveLength(4);
    expect(product).toMatchObject({
      name: "Acme Applcation",
      id: "SPDXRef-Acme",
      type: "application",
      manufacturer: { name: "ExampleCodeInspect", origin: "spdx:originator" },
      supplier: { name: "Jane Doe", origin: "spdx:supplier" },
    });
    expect(childrenOf(product)).toEqual(["elliptic", "alpine", "OpenSSL"]);
    expect(product.components?.[0]).toEqual({
      name: "elliptic",
      id: "SPDXRef-npm-elliptic",
      identifiers: { purl: "pkg:npm/elliptic@6.5.2" },
      attributes: { version: "6.5.2" },
    });
  });

  it("imports examplemaven: DYNAMIC_LINK parts, test-only JUnit directly under the product", () => {
    const product = fromSPDX(readFixture("spdx/examplemaven-0.0.1-enriched.spdx-2.3.json"));
    expect(partsOf(product)).toHaveLength(6);
    expect(product.manufacturer).toEqual({
      name: "Linux Foundation",
      origin: "spdx:originator",
      kind: "organization",
    });
    expect(product.supplier).toEqual({
      name: "SPDX",
      origin: "spdx:supplier",
      kind: "organization",
    });
    expect(childrenOf(product)).toEqual([
      "Apache Log4j SLF4J Binding",
      "SLF4J API Module",
      "Apache Log4j API",
      "Apache Log4j Core",
      "JUnit",
    ]);
  });

  it("imports sbom-with-dependency: the supplier's contact kept as its e-mail", () => {
    const product = fromSPDX(readFixture("spdx/sbom-with-dependency.spdx-2.3.json"));
    expect(partsOf(product)).toHaveLength(2);
    expect(product).toMatchObject({
      name: "tools-java",
      manufacturer: { name: "SPDX", origin: "spdx:supplier", kind: "organization" },
      identifiers: { purl: "pkg:github/spdx/tools-java@2235d5d7f7fe46ce1e0d54b7831c5681633b25cc" },
    });
    expect(product.components).toEqual([
      expect.objectContaining({
        name: "xlsx",
        manufacturer: expect.objectContaining({
          name: "Webjar",
          origin: "spdx:supplier",
          kind: "organization",
        }),
      }),
    ]);
    expect(parseProduct(product).graph.nodes).toHaveLength(2);
  });
});

describe("fromSPDX", () => {
  it("reads CONTAINS, DEPENDS_ON and their inverse forms, sharing a package two need", () => {
    const product = fromSPDX(
      doc({
        documentDescribes: ["SPDXRef-router"],
        packages: [pkg("router"), pkg("board"), pkg("modem"), pkg("os"), pkg("libc")],
        relationships: [
          rel("router", "CONTAINS", "board"),
          rel("modem", "CONTAINED_BY", "board"),
          rel("router", "DEPENDS_ON", "os"),
          rel("libc", "DEPENDENCY_OF", "os"),
          rel("libc", "RUNTIME_DEPENDENCY_OF", "modem"),
          rel("board", "CONTAINS", "NONE"),
        ],
      }),
    );
    expect(childrenOf(product)).toEqual(["board", "os"]);
    expect(childrenOf(product.components?.[0] as never)).toEqual(["modem"]);
    expect(product.shared?.map((shared) => shared.id)).toEqual(["SPDXRef-libc"]);
  });

  it("finds the product through DESCRIBES or DESCRIBED_BY", () => {
    const packages = [pkg("a"), pkg("b")];
    expect(
      fromSPDX(doc({ packages, relationships: [rel("DOCUMENT", "DESCRIBES", "b")] })).name,
    ).toBe("b");
    expect(
      fromSPDX(doc({ packages, relationships: [rel("b", "DESCRIBED_BY", "DOCUMENT")] })),
    ).toMatchObject({ name: "b", components: [{ name: "a" }] });
  });

  it("holds several described packages (or none) in a part named after the document", () => {
    const product = fromSPDX(
      doc({
        documentDescribes: ["SPDXRef-a", "SPDXRef-b"],
        packages: [pkg("a"), pkg("b"), pkg("c")],
      }),
    );
    expect(product).toMatchObject({ name: "router-sbom", id: "SPDXRef-DOCUMENT" });
    expect(childrenOf(product)).toEqual(["a", "b", "c"]);
    expect(childrenOf(fromSPDX(doc({ packages: [pkg("a")] })))).toEqual(["a"]);
  });

  it("maps primaryPackagePurpose to a type and reads purl, CPE and SWID references", () => {
    const product = fromSPDX(
      doc({
        packages: [
          pkg("fw", {
            primaryPackagePurpose: "FIRMWARE",
            externalRefs: [
              {
                referenceCategory: "SECURITY",
                referenceType: "cpe22Type",
                referenceLocator: "cpe:/h:huawei:me909s",
              },
              {
                referenceCategory: "SECURITY",
                referenceType: "cpe23Type",
                referenceLocator: "cpe:2.3:h:huawei:me909s:-",
              },
              {
                referenceCategory: "SECURITY",
                referenceType: "cpe23Type",
                referenceLocator: "cpe:2.3:h:guess:two:-",
              },
              {
                referenceCategory: "PACKAGE-MANAGER",
                referenceType: "purl",
                referenceLocator: "pkg:generic/fw@1",
              },
              {
                referenceCategory: "SECURITY",
                referenceType: "advisory",
                referenceLocator: "https://nvd.example",
              },
            ],
          }),
          pkg("src", { primaryPackagePurpose: "SOURCE" }),
        ],
      }),
    );
    expect(product.components).toEqual([
      {
        name: "fw",
        id: "SPDXRef-fw",
        type: "firmware",
        identifiers: { purl: "pkg:generic/fw@1", cpe: "cpe:2.3:h:huawei:me909s:-" },
      },
      { name: "src", id: "SPDXRef-src", type: "other" },
    ]);
  });

  it("treats NOASSERTION as unknown and reads a Person as the party", () => {
    const [only] =
      fromSPDX(
        doc({
          packages: [
            pkg("x", {
              supplier: "NOASSERTION",
              originator: "Person: Jane Doe (jane@example.com)",
            }),
          ],
        }),
      ).components ?? [];
    expect(only).toEqual({
      name: "x",
      id: "SPDXRef-x",
      manufacturer: {
        name: "Jane Doe",
        origin: "spdx:originator",
        kind: "person",
        identifiers: { email: "jane@example.com" },
      },
    });
  });

  it("skips relationships to files and snippets, and keeps other documents' elements as parts", () => {
    const product = fromSPDX(
      doc({
        documentDescribes: ["SPDXRef-app"],
        packages: [pkg("app")],
        files: [{ SPDXID: "SPDXRef-main", fileName: "./main.c" }],
        relationships: [
          rel("app", "CONTAINS", "main"),
          rel("app", "DEPENDS_ON", "DocumentRef-os:SPDXRef-libc"),
        ],
      }),
    );
    expect(product.components).toEqual([
      {
        name: "DocumentRef-os:SPDXRef-libc",
        id: "DocumentRef-os:SPDXRef-libc",
        attributes: { externalDocument: true },
      },
    ]);
  });

  it("refuses unknown ids, duplicate ids, bad parties and unsupported versions, at their paths (strict)", () => {
    const strict = { strict: true };
    expect(
      issuesOf(
        doc({ packages: [pkg("a")], relationships: [rel("a", "CONTAINS", "ghost")] }),
        strict,
      ),
    ).toEqual([
      {
        code: "unknown_ref",
        path: ["relationships", 0, "relatedSpdxElement"],
        message: 'No package has SPDXID "SPDXRef-ghost"',
      },
    ]);
    expect(issuesOf(doc({ packages: [pkg("a"), pkg("a", { supplier: "Acme" })] }), strict)).toEqual(
      [
        {
          code: "invalid_input",
          path: ["packages", 1, "supplier"],
          message: 'Expected "Organization: name", "Person: name" or NOASSERTION, not "Acme"',
        },
        {
          code: "duplicate_id",
          path: ["packages", 1, "SPDXID"],
          message:
            'SPDXID "SPDXRef-a" is used more than once, by packages that name different parties or identifiers',
        },
      ],
    );
    expect(issuesOf(doc({ packages: [{ SPDXID: "SPDXRef-a" }] }))).toEqual([
      { code: "invalid_input", path: ["packages", 0, "name"], message: "A package needs a name" },
    ]);
    expect(issuesOf(doc({ spdxVersion: "SPDX-3.0" }))[0]?.message).toBe(
      'SPDX version "SPDX-3.0" is not supported: vendorgate reads SPDX 2.2 and 2.3 JSON',
    );
    expect(issuesOf({ "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld" })).toEqual([
      {
        code: "invalid_input",
        path: ["@graph"],
        message: "An SPDX 3 JSON-LD document needs an @graph: the list of its elements",
      },
    ]);
  });

  it("refuses a dependency cycle on request, and respects limits.maxComponents", () => {
    const cyclic = doc({
      packages: [pkg("a"), pkg("b")],
      relationships: [rel("a", "DEPENDS_ON", "b"), rel("b", "DEPENDS_ON", "a")],
    });
    expect(partsOf(fromSPDX(cyclic))).toHaveLength(3);
    expect(issuesOf(cyclic, { dependencyCycles: "error" })[0]).toMatchObject({ code: "cycle" });
    expect(
      issuesOf(doc({ packages: [pkg("a"), pkg("b"), pkg("c")] }), { limits: { maxComponents: 2 } }),
    ).toEqual([
      {
        code: "limit_exceeded",
        path: ["packages", 2],
        message: "The document has more than 2 packages (limits.maxComponents)",
      },
    ]);
  });
});
