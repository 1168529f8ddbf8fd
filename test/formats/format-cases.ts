// The one BOM every format writes for the shared importer suite (format-contract.test.ts): a
// Router supplied by Clean Corp, holding a Board made by Acme Boards, and a Modem written by a
// person (Jane Roe) that both the Router and the Board depend on. A new format adds its writer.
import type { DocumentInput } from "../../src/formats/format-reader.js";

/** How one format writes the shared BOM, optionally with a dependency on a part nobody declares. */
export interface FormatCase {
  /** The reader's `format`. */
  readonly format: string;
  write(options: { dangling: boolean }): DocumentInput;
  /** A document of this format that is detected but cannot be imported. */
  broken(): DocumentInput;
}

const text = (value: string): DocumentInput => ({ kind: "text", text: value });
const json = (value: unknown): DocumentInput => ({ kind: "json", value });

const cyclonedx: FormatCase = {
  format: "cyclonedx",
  write: ({ dangling }) =>
    json({
      bomFormat: "CycloneDX",
      specVersion: "1.6",
      metadata: {
        component: {
          type: "application",
          "bom-ref": "router",
          name: "Router",
          supplier: { name: "Clean Corp" },
        },
      },
      components: [
        {
          type: "library",
          "bom-ref": "board",
          name: "Board",
          manufacturer: { name: "Acme Boards" },
          purl: "pkg:generic/board@1",
        },
        {
          type: "library",
          "bom-ref": "modem",
          name: "Modem",
          authors: [{ name: "Jane Roe", email: "jane@example.org" }],
        },
      ],
      dependencies: [
        { ref: "router", dependsOn: ["board", "modem", ...(dangling ? ["ghost"] : [])] },
        { ref: "board", dependsOn: ["modem"] },
      ],
    }),
  broken: () => json({ bomFormat: "CycloneDX", specVersion: "1.6", components: [{ name: "x" }] }),
};

const cyclonedxXml: FormatCase = {
  format: "cyclonedx-xml",
  write: ({ dangling }) =>
    text(`<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
  <metadata>
    <component type="application" bom-ref="router">
      <supplier><name>Clean Corp</name></supplier>
      <name>Router</name>
    </component>
  </metadata>
  <components>
    <component type="library" bom-ref="board">
      <manufacturer><name>Acme Boards</name></manufacturer>
      <name>Board</name>
      <purl>pkg:generic/board@1</purl>
    </component>
    <component type="library" bom-ref="modem">
      <authors><author><name>Jane Roe</name><email>jane@example.org</email></author></authors>
      <name><![CDATA[Modem]]></name>
    </component>
  </components>
  <dependencies>
    <dependency ref="router">
      <dependency ref="board"/>
      <dependency ref="modem"/>${dangling ? '\n      <dependency ref="ghost"/>' : ""}
    </dependency>
    <dependency ref="board"><dependency ref="modem"/></dependency>
  </dependencies>
</bom>
`),
  broken: () => text('<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>'),
};

const spdx2Packages = [
  {
    SPDXID: "SPDXRef-router",
    name: "Router",
    supplier: "Organization: Clean Corp",
    primaryPackagePurpose: "APPLICATION",
  },
  {
    SPDXID: "SPDXRef-board",
    name: "Board",
    originator: "Organization: Acme Boards",
    primaryPackagePurpose: "LIBRARY",
    externalRefs: [
      {
        referenceCategory: "PACKAGE-MANAGER",
        referenceType: "purl",
        referenceLocator: "pkg:generic/board@1",
      },
    ],
  },
  {
    SPDXID: "SPDXRef-modem",
    name: "Modem",
    originator: "Person: Jane Roe (jane@example.org)",
    primaryPackagePurpose: "LIBRARY",
  },
];

const spdx2Edges = (dangling: boolean): [string, string, string][] => [
  ["SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-router"],
  ["SPDXRef-router", "DEPENDS_ON", "SPDXRef-board"],
  ["SPDXRef-router", "DEPENDS_ON", "SPDXRef-modem"],
  ["SPDXRef-board", "DEPENDS_ON", "SPDXRef-modem"],
  ...(dangling
    ? [["SPDXRef-router", "DEPENDS_ON", "SPDXRef-ghost"] as [string, string, string]]
    : []),
];

const spdx: FormatCase = {
  format: "spdx",
  write: ({ dangling }) =>
    json({
      spdxVersion: "SPDX-2.3",
      SPDXID: "SPDXRef-DOCUMENT",
      name: "router-sbom",
      packages: spdx2Packages,
      relationships: spdx2Edges(dangling).map(([from, type, to]) => ({
        spdxElementId: from,
        relationshipType: type,
        relatedSpdxElement: to,
      })),
    }),
  broken: () => json({ spdxVersion: "SPDX-2.3", SPDXID: "SPDXRef-DOCUMENT" }),
};

const spdxTagValue: FormatCase = {
  format: "spdx-tag-value",
  write: ({ dangling }) => {
    const lines = [
      "SPDXVersion: SPDX-2.3",
      "SPDXID: SPDXRef-DOCUMENT",
      "DocumentName: router-sbom",
    ];
    for (const pkg of spdx2Packages) {
      lines.push("", `PackageName: ${pkg.name}`, `SPDXID: ${pkg.SPDXID}`);
      if (pkg.supplier) lines.push(`PackageSupplier: ${pkg.supplier}`);
      if (pkg.originator) lines.push(`PackageOriginator: ${pkg.originator}`);
      lines.push(`PrimaryPackagePurpose: ${pkg.primaryPackagePurpose}`);
      lines.push(`PackageComment: <text>made for the\nshared importer suite</text>`);
      for (const ref of pkg.externalRefs ?? []) {
        lines.push(
          `ExternalRef: ${ref.referenceCategory} ${ref.referenceType} ${ref.referenceLocator}`,
        );
      }
    }
    lines.push("", ...spdx2Edges(dangling).map((edge) => `Relationship: ${edge.join(" ")}`));
    return text(`${lines.join("\r\n")}\r\n`);
  },
  broken: () => text("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n"),
};

const base = "https://example.org/router-sbom#";
const spdx3: FormatCase = {
  format: "spdx3",
  write: ({ dangling }) =>
    json({
      "@context": ["https://spdx.org/rdf/3.0.1/spdx-context.jsonld"],
      "@graph": [
        {
          type: "SpdxDocument",
          spdxId: `${base}doc`,
          name: "router-sbom",
          rootElement: [`${base}router`],
        },
        { type: "Organization", spdxId: `${base}clean`, name: "Clean Corp" },
        { type: "Organization", spdxId: `${base}acme`, name: "Acme Boards" },
        {
          type: "Person",
          spdxId: `${base}jane`,
          name: "Jane Roe",
          externalIdentifier: [
            {
              type: "ExternalIdentifier",
              externalIdentifierType: "email",
              identifier: "jane@example.org",
            },
          ],
        },
        {
          type: "software_Package",
          spdxId: `${base}router`,
          name: "Router",
          suppliedBy: `${base}clean`,
          software_primaryPurpose: "application",
        },
        {
          type: "software_Package",
          spdxId: `${base}board`,
          name: "Board",
          originatedBy: [`${base}acme`],
          software_packageUrl: "pkg:generic/board@1",
          software_primaryPurpose: "library",
        },
        {
          type: "software_Package",
          spdxId: `${base}modem`,
          name: "Modem",
          originatedBy: [`${base}jane`],
          software_primaryPurpose: "library",
        },
        {
          type: "Relationship",
          spdxId: `${base}r1`,
          from: `${base}router`,
          relationshipType: "dependsOn",
          to: [`${base}board`, `${base}modem`, ...(dangling ? [`${base}ghost`] : [])],
        },
        {
          type: "LifecycleScopedRelationship",
          spdxId: `${base}r2`,
          from: `${base}board`,
          relationshipType: "dependsOn",
          scope: "runtime",
          to: [`${base}modem`],
        },
      ],
    }),
  broken: () => json({ "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld" }),
};

/** Every format's case; a new format adds one here. */
export const formatCases: readonly FormatCase[] = [
  cyclonedx,
  cyclonedxXml,
  spdx,
  spdxTagValue,
  spdx3,
];
