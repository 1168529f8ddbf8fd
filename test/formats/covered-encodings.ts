// Covered vendors written the ways real SBOMs and HBOMs write them, and how to insert each into
// a copy of a real document (in memory) as one new part per encoding.
import type { MatchVia } from "../../src/index.js";

/** The fields a part can carry in CycloneDX (JSON or XML). */
export interface CycloneDxPart {
  readonly manufacturer?: string;
  readonly supplier?: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly group?: string;
  readonly purl?: string;
  readonly cpe?: string;
  readonly fccId?: string;
}

/** The fields a part can carry in SPDX (2 JSON, tag-value, 3). Parties are organisations. */
export interface SpdxPart {
  readonly supplier?: string;
  readonly originator?: string;
  readonly purl?: string;
  readonly cpe?: string;
}

/** One way a covered vendor is written, with what must be found. */
export interface Encoding {
  /** Short, unique: the inserted part is named and identified `vg-<key>`. */
  readonly key: string;
  readonly label: string;
  readonly cyclonedx?: CycloneDxPart;
  readonly spdx?: SpdxPart;
  readonly entity: string;
  /** How it must be recognised (any of these). */
  readonly via: readonly MatchVia[];
  /** `rule`: the rule's own verdict; `review`: a near miss. */
  readonly verdict: "rule" | "review";
}

const huawei = "Huawei Technologies Co., Ltd.";

/** Every encoding, for parts that JP government procurement screens (Huawei and ZTE). */
export const encodings: readonly Encoding[] = [
  {
    key: "maven-purl",
    label: "Maven groupId prefix in a package URL",
    cyclonedx: { purl: "pkg:maven/com.huawei.agconnect/agconnect-core@1.9.1.300" },
    spdx: { purl: "pkg:maven/com.huawei.agconnect/agconnect-core@1.9.1.300" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "npm-purl",
    label: "npm scope, percent-encoded, in a package URL",
    cyclonedx: { purl: "pkg:npm/%40huaweicloud/huaweicloud-sdk-core@3.1.0" },
    spdx: { purl: "pkg:npm/%40huaweicloud/huaweicloud-sdk-core@3.1.0" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "github-purl",
    label: "GitHub owner in a package URL",
    cyclonedx: { purl: "pkg:github/huaweicloud/huaweicloud-sdk-go-v3@0.1.0" },
    spdx: { purl: "pkg:github/huaweicloud/huaweicloud-sdk-go-v3@0.1.0" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "github-owner-name",
    label: "GitHub owner that is a covered name (no catalogued namespace)",
    cyclonedx: { purl: "pkg:github/ZTE/zxr10-tools@1.0.0" },
    spdx: { purl: "pkg:github/ZTE/zxr10-tools@1.0.0" },
    entity: "zte",
    via: ["name", "alias"],
    verdict: "rule",
  },
  {
    key: "cpe23",
    label: "CPE 2.3 vendor",
    cyclonedx: { cpe: "cpe:2.3:h:huawei:me909s-120:-:*:*:*:*:*:*:*" },
    spdx: { cpe: "cpe:2.3:h:huawei:me909s-120:-:*:*:*:*:*:*:*" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "cpe22",
    label: "CPE 2.2 vendor",
    cyclonedx: { cpe: "cpe:/h:huawei:me909s-120" },
    spdx: { cpe: "cpe:/h:huawei:me909s-120" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "cpe23-name",
    label: "CPE 2.3 vendor that is a covered name (no catalogued CPE vendor)",
    cyclonedx: { cpe: "cpe:2.3:h:zte:zxhn_f660:-:*:*:*:*:*:*:*" },
    spdx: { cpe: "cpe:2.3:h:zte:zxhn_f660:-:*:*:*:*:*:*:*" },
    entity: "zte",
    via: ["name", "alias"],
    verdict: "rule",
  },
  {
    key: "npm-scope-name",
    label: "npm scope as a name",
    cyclonedx: { group: "@huaweicloud" },
    spdx: { supplier: "@huaweicloud" },
    entity: "huawei",
    via: ["look-alike"],
    verdict: "rule",
  },
  {
    key: "cyrillic",
    label: "look-alike name (Cyrillic Н)",
    cyclonedx: { publisher: "Нuawei Technologies Co., Ltd." },
    spdx: { originator: "Нuawei Technologies Co., Ltd." },
    entity: "huawei",
    via: ["look-alike"],
    verdict: "rule",
  },
  {
    key: "spaced",
    label: "spaced name (Hua wei)",
    cyclonedx: { author: "Hua wei" },
    spdx: { supplier: "Hua wei" },
    entity: "huawei",
    via: ["look-alike"],
    verdict: "rule",
  },
  {
    key: "punctuated",
    label: "punctuated name (Z.T.E.)",
    cyclonedx: { manufacturer: "Z.T.E." },
    spdx: { originator: "Z.T.E." },
    entity: "zte",
    via: ["look-alike"],
    verdict: "rule",
  },
  {
    key: "typo",
    label: "one-letter typo (Huawai)",
    cyclonedx: { supplier: "Huawai" },
    spdx: { supplier: "Huawai" },
    entity: "huawei",
    via: ["near-miss"],
    verdict: "review",
  },
  {
    key: "fcc-label",
    label: "FCC ID as printed on the label",
    cyclonedx: { fccId: "FCC ID: QISME909S-120" },
    entity: "huawei",
    via: ["identifier"],
    verdict: "rule",
  },
  {
    key: "maker",
    label: "the maker's field (CycloneDX manufacturer, SPDX originator)",
    cyclonedx: { manufacturer: huawei },
    spdx: { originator: huawei },
    entity: "huawei",
    via: ["name", "alias"],
    verdict: "rule",
  },
  {
    key: "supplier",
    label: "the supplier's field",
    cyclonedx: { supplier: "ZTE Corporation" },
    spdx: { supplier: "ZTE Corporation" },
    entity: "zte",
    via: ["name", "alias"],
    verdict: "rule",
  },
  {
    key: "publisher",
    label: "CycloneDX publisher",
    cyclonedx: { publisher: "ZTE Corporation" },
    entity: "zte",
    via: ["name", "alias"],
    verdict: "rule",
  },
  {
    key: "author",
    label: "CycloneDX author",
    cyclonedx: { author: huawei },
    entity: "huawei",
    via: ["name", "alias"],
    verdict: "rule",
  },
];

/** The id (and name) of the part inserted for an encoding. */
export const partId = (encoding: Encoding) => `vg-${encoding.key}`;

/** A CycloneDX JSON component for an encoding. */
export function cycloneDxComponent(encoding: Encoding): Record<string, unknown> {
  const part = encoding.cyclonedx ?? {};
  const component: Record<string, unknown> = {
    type: "device",
    "bom-ref": partId(encoding),
    name: partId(encoding),
  };
  if (part.manufacturer) component.manufacturer = { name: part.manufacturer };
  if (part.supplier) component.supplier = { name: part.supplier };
  if (part.publisher) component.publisher = part.publisher;
  if (part.author) component.author = part.author;
  if (part.group) component.group = part.group;
  if (part.purl) component.purl = part.purl;
  if (part.cpe) component.cpe = part.cpe;
  if (part.fccId) {
    component.properties = [{ name: "cdx:device:certifications:US:FCC:id", value: part.fccId }];
  }
  return component;
}

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A CycloneDX XML component for an encoding. */
export function cycloneDxXmlComponent(encoding: Encoding): string {
  const part = encoding.cyclonedx ?? {};
  const lines = [`<component type="device" bom-ref="${partId(encoding)}">`];
  if (part.supplier) lines.push(`<supplier><name>${xmlText(part.supplier)}</name></supplier>`);
  if (part.manufacturer)
    lines.push(`<manufacturer><name>${xmlText(part.manufacturer)}</name></manufacturer>`);
  if (part.author) lines.push(`<author>${xmlText(part.author)}</author>`);
  if (part.publisher) lines.push(`<publisher>${xmlText(part.publisher)}</publisher>`);
  if (part.group) lines.push(`<group>${xmlText(part.group)}</group>`);
  lines.push(`<name>${partId(encoding)}</name>`);
  if (part.cpe) lines.push(`<cpe>${xmlText(part.cpe)}</cpe>`);
  if (part.purl) lines.push(`<purl>${xmlText(part.purl)}</purl>`);
  if (part.fccId) {
    lines.push(
      `<properties><property name="cdx:device:certifications:US:FCC:id">${xmlText(part.fccId)}</property></properties>`,
    );
  }
  lines.push("</component>");
  return lines.join("\n");
}

const cpeType = (cpe: string) => (cpe.startsWith("cpe:/") ? "cpe22Type" : "cpe23Type");

/** An SPDX 2 JSON package for an encoding. */
export function spdxPackage(encoding: Encoding): Record<string, unknown> {
  const part = encoding.spdx ?? {};
  const pkg: Record<string, unknown> = {
    name: partId(encoding),
    SPDXID: `SPDXRef-${partId(encoding)}`,
    downloadLocation: "NOASSERTION",
    filesAnalyzed: false,
  };
  if (part.supplier) pkg.supplier = `Organization: ${part.supplier}`;
  if (part.originator) pkg.originator = `Organization: ${part.originator}`;
  const refs: Record<string, string>[] = [];
  if (part.purl) {
    refs.push({
      referenceCategory: "PACKAGE-MANAGER",
      referenceType: "purl",
      referenceLocator: part.purl,
    });
  }
  if (part.cpe) {
    refs.push({
      referenceCategory: "SECURITY",
      referenceType: cpeType(part.cpe),
      referenceLocator: part.cpe,
    });
  }
  if (refs.length > 0) pkg.externalRefs = refs;
  return pkg;
}

/** An SPDX tag-value package section for an encoding. */
export function spdxTagValuePackage(encoding: Encoding): string {
  const part = encoding.spdx ?? {};
  const lines = [
    "",
    `PackageName: ${partId(encoding)}`,
    `SPDXID: SPDXRef-${partId(encoding)}`,
    "PackageDownloadLocation: NOASSERTION",
    "FilesAnalyzed: false",
  ];
  if (part.supplier) lines.push(`PackageSupplier: Organization: ${part.supplier}`);
  if (part.originator) lines.push(`PackageOriginator: Organization: ${part.originator}`);
  if (part.purl) lines.push(`ExternalRef: PACKAGE-MANAGER purl ${part.purl}`);
  if (part.cpe) lines.push(`ExternalRef: SECURITY ${cpeType(part.cpe)} ${part.cpe}`);
  return `${lines.join("\n")}\n`;
}

/** The SPDX 3 id of the package inserted for an encoding. */
export const spdx3Id = (encoding: Encoding) => `urn:vendorgate-test:${partId(encoding)}`;

/** SPDX 3 elements for an encoding: the package and the organisations it names. */
export function spdx3Elements(
  encoding: Encoding,
  creationInfo: string | undefined,
): Record<string, unknown>[] {
  const part = encoding.spdx ?? {};
  const info = creationInfo === undefined ? {} : { creationInfo };
  const elements: Record<string, unknown>[] = [];
  const organization = (role: string, name: string) => {
    const id = `${spdx3Id(encoding)}-${role}`;
    elements.push({ type: "Organization", spdxId: id, name, ...info });
    return id;
  };
  const pkg: Record<string, unknown> = {
    type: "software_Package",
    spdxId: spdx3Id(encoding),
    name: partId(encoding),
    ...info,
  };
  if (part.supplier) pkg.suppliedBy = organization("supplier", part.supplier);
  if (part.originator) pkg.originatedBy = [organization("originator", part.originator)];
  if (part.purl) pkg.software_packageUrl = part.purl;
  if (part.cpe) {
    pkg.externalIdentifier = [
      {
        type: "ExternalIdentifier",
        externalIdentifierType: part.cpe.startsWith("cpe:/") ? "cpe22" : "cpe23",
        identifier: part.cpe,
      },
    ];
  }
  elements.push(pkg);
  return elements;
}
