import type { IssuePath } from "../../errors.js";
import type { ComponentType } from "../../model/component.js";
import { type ImportLog, tolerate } from "../import-log.js";
import { addIssue } from "../issue-list.js";
import type { PartFields } from "../part-graph.js";
import { parseSpdxParty } from "./parse-party.js";
import type { SpdxPackage } from "./schema.js";

const types: Readonly<Record<NonNullable<SpdxPackage["primaryPackagePurpose"]>, ComponentType>> = {
  APPLICATION: "application",
  FRAMEWORK: "framework",
  LIBRARY: "library",
  CONTAINER: "container",
  "OPERATING-SYSTEM": "operating-system",
  DEVICE: "device",
  FIRMWARE: "firmware",
  FILE: "file",
  SOURCE: "other",
  ARCHIVE: "other",
  INSTALL: "other",
  OTHER: "other",
};

// The first reference of each kind wins: tools such as syft list several guessed CPEs.
const identifierTypes: readonly [string, string][] = [
  ["purl", "purl"],
  ["cpe23Type", "cpe"],
  ["cpe22Type", "cpe"],
  ["swid", "swid"],
];

function identifiersOf(pkg: SpdxPackage): Record<string, string> {
  const identifiers: Record<string, string> = {};
  for (const [referenceType, scheme] of identifierTypes) {
    if (identifiers[scheme] !== undefined) continue;
    const ref = pkg.externalRefs?.find(
      (candidate) => candidate.referenceType === referenceType && candidate.referenceLocator.trim(),
    );
    if (ref) identifiers[scheme] = ref.referenceLocator.trim();
  }
  return identifiers;
}

/**
 * The product fields of an SPDX package: `name`, `SPDXID` as `id`, `primaryPackagePurpose` as
 * `type`, `originator` (else `supplier`) as the manufacturer and `supplier` as the supplier, each
 * with its origin (`spdx:originator`, `spdx:supplier`) and kind (see `parseSpdxParty`);
 * `NOASSERTION` leaves a party unknown.
 * The first `purl`, CPE (2.3, else 2.2) and `swid` reference become identifiers, `versionInfo`
 * the attribute `version`.
 */
export function packageFields(pkg: SpdxPackage, path: IssuePath, log: ImportLog): PartFields {
  const supplier = parseSpdxParty(pkg.supplier, "spdx:supplier");
  const originator = parseSpdxParty(pkg.originator, "spdx:originator");
  for (const [key, read] of [
    ["supplier", supplier],
    ["originator", originator],
  ] as const) {
    if (read.problem)
      addIssue(log.issues, { code: "invalid_input", path: [...path, key], message: read.problem });
    if (read.withoutKind) {
      tolerate(log, {
        code: "party_without_kind",
        issue: "invalid_input",
        path: [...path, key],
        message: `Expected "Organization: name", "Person: name" or NOASSERTION, not ${JSON.stringify(pkg[key])}`,
        action: `read as the party name "${read.party?.name}", neither a person nor an organization`,
      });
    }
  }
  const fields: PartFields = { name: pkg.name.trim(), id: pkg.SPDXID };
  if (pkg.primaryPackagePurpose) fields.type = types[pkg.primaryPackagePurpose];
  const manufacturer = originator.party ?? supplier.party;
  if (manufacturer) fields.manufacturer = manufacturer;
  if (supplier.party) fields.supplier = supplier.party;
  const identifiers = identifiersOf(pkg);
  if (Object.keys(identifiers).length > 0) fields.identifiers = identifiers;
  if (pkg.versionInfo?.trim()) fields.attributes = { version: pkg.versionInfo.trim() };
  return fields;
}
