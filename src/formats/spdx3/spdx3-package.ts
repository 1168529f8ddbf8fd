import type { IssuePath } from "../../errors.js";
import { type ImportLog, tolerate } from "../import-log.js";
import { SpdxPurposeSchema } from "../spdx/schema.js";
import { agentKinds, idOf, listOf, type Spdx3Element, textOf, typeOf } from "./spdx3-elements.js";

/** SPDX 3 external identifier types as the SPDX 2 reference types `packageFields` reads. */
const referenceTypes: Readonly<Record<string, string>> = {
  packageUrl: "purl",
  cpe23: "cpe23Type",
  cpe22: "cpe22Type",
  swid: "swid",
};

/** An inline object, or the element an id names. */
function resolve(ref: unknown, byId: ReadonlyMap<string, Spdx3Element>): Spdx3Element | undefined {
  if (typeof ref === "string") return byId.get(ref);
  return ref !== null && typeof ref === "object" && !Array.isArray(ref)
    ? (ref as Spdx3Element)
    : undefined;
}

function emailOf(agent: Spdx3Element, byId: ReadonlyMap<string, Spdx3Element>): string | undefined {
  for (const ref of listOf(agent, "externalIdentifier")) {
    const identifier = resolve(ref, byId);
    if (identifier && identifier.externalIdentifierType === "email")
      return textOf(identifier, "identifier");
  }
  return undefined;
}

/**
 * An agent (`suppliedBy`, `originatedBy`) in SPDX 2 party form: `Organization: name (email)`
 * or `Person: ...` by its type; a tool or untyped agent gives its bare name (read, with a
 * warning, as a party of unknown kind). A name that already starts with its kind (sbom-tool
 * writes "Organization: Microsoft") is kept as it is.
 */
function agentText(
  ref: unknown,
  byId: ReadonlyMap<string, Spdx3Element>,
  path: IssuePath,
  log: ImportLog,
): string | undefined {
  const agent = resolve(ref, byId);
  const name = agent ? textOf(agent, "name") : undefined;
  if (!agent || !name) {
    tolerate(log, {
      code: "dangling_ref",
      issue: "unknown_ref",
      path,
      message: `No agent with a name has spdxId ${JSON.stringify(ref)}`,
      action: "the party is left unknown",
    });
    return undefined;
  }
  const kind = agentKinds.get(typeOf(agent));
  if (kind === undefined || /^(Organization|Person):/.test(name)) return name;
  const email = emailOf(agent, byId);
  return `${kind}: ${name}${email ? ` (${email})` : ""}`;
}

// SPDX 3 writes the SPDX 2 purposes in camel case (`operatingSystem`).
const knownPurposes: ReadonlySet<string> = new Set(SpdxPurposeSchema.options);

function purposeOf(element: Spdx3Element, path: IssuePath, log: ImportLog): string | undefined {
  const purpose = textOf(element, "software_primaryPurpose");
  if (purpose === undefined) return undefined;
  const spdx2 = purpose.replace(/([a-z])([A-Z])/g, "$1-$2").toUpperCase();
  if (knownPurposes.has(spdx2)) return spdx2;
  tolerate(log, {
    code: "unknown_purpose",
    issue: "invalid_input",
    path: [...path, "software_primaryPurpose"],
    message: `software_primaryPurpose ${JSON.stringify(purpose)} has no vendorgate component type`,
    action: "the part's type is left unknown",
  });
  return undefined;
}

/**
 * An SPDX 3 package in the SPDX 2 JSON shape: `spdxId`, `name`, `software_packageVersion`,
 * `suppliedBy` and the first of `originatedBy` as supplier and originator, `software_packageUrl`
 * and the `packageUrl`, `cpe23`, `cpe22` and `swid` external identifiers, and
 * `software_primaryPurpose`. More than one originator is warned about: a part has one maker.
 */
export function packageOf(
  element: Spdx3Element,
  byId: ReadonlyMap<string, Spdx3Element>,
  path: IssuePath,
  log: ImportLog,
): Record<string, unknown> {
  const externalRefs: { referenceType: string; referenceLocator: string }[] = [];
  const purl = textOf(element, "software_packageUrl");
  if (purl) externalRefs.push({ referenceType: "purl", referenceLocator: purl });
  for (const ref of listOf(element, "externalIdentifier")) {
    const identifier = resolve(ref, byId);
    const type = referenceTypes[String(identifier?.externalIdentifierType)];
    const locator = identifier ? textOf(identifier, "identifier") : undefined;
    if (type && locator) externalRefs.push({ referenceType: type, referenceLocator: locator });
  }
  const pkg: Record<string, unknown> = { SPDXID: idOf(element), name: element.name, externalRefs };
  const version = textOf(element, "software_packageVersion");
  if (version) pkg.versionInfo = version;
  if (element.suppliedBy !== undefined) {
    pkg.supplier = agentText(element.suppliedBy, byId, [...path, "suppliedBy"], log);
  }
  const originators = listOf(element, "originatedBy");
  if (originators.length > 0) {
    pkg.originator = agentText(originators[0], byId, [...path, "originatedBy", 0], log);
  }
  if (originators.length > 1) {
    tolerate(log, {
      code: "several_originators",
      issue: "invalid_input",
      path: [...path, "originatedBy"],
      message: `The package names ${originators.length} originators`,
      action: "the first is read as its maker",
    });
  }
  const purpose = purposeOf(element, path, log);
  if (purpose) pkg.primaryPackagePurpose = purpose;
  return pkg;
}
