import type { Issue } from "../../errors.js";
import type { Attributes } from "../../model/component.js";
import { type DocPath, docPath } from "../doc-path.js";
import type { PartFields } from "../part-graph.js";
import type { CycloneDxParties } from "./parties.js";
import { type PropertyFields, readProperties } from "./properties.js";
import type { CycloneDxComponent, CycloneDxService } from "./schema.js";

/** A part's name: the CycloneDX `name`, prefixed with an npm scope (`@types/node`) as npm writes it. */
export function displayName(name: string, group: string | undefined): string {
  const trimmed = name.trim();
  const scope = group?.trim();
  return scope?.startsWith("@") && !trimmed.startsWith("@") ? `${scope}/${trimmed}` : trimmed;
}

interface Common {
  readonly name: string;
  readonly id: string | undefined;
  readonly type: PartFields["type"];
  readonly parties: CycloneDxParties;
  /** What the properties add, with the part's own identifiers and attributes. */
  readonly extra: PropertyFields;
}

function assemble(common: Common): PartFields {
  const { extra } = common;
  const fields: PartFields = { name: common.name };
  if (common.id !== undefined) fields.id = common.id;
  if (common.type !== undefined) fields.type = common.type;
  if (common.parties.manufacturer) fields.manufacturer = common.parties.manufacturer;
  if (common.parties.supplier) fields.supplier = common.parties.supplier;
  if (extra.brand) fields.brand = extra.brand;
  if (Object.keys(extra.identifiers).length > 0) fields.identifiers = extra.identifiers;
  if (extra.countryOfOrigin !== undefined) fields.countryOfOrigin = extra.countryOfOrigin;
  if (extra.categories.length > 0) fields.categories = extra.categories;
  if (Object.keys(extra.attributes).length > 0) fields.attributes = extra.attributes as Attributes;
  return fields;
}

function baseAttributes(version: string | undefined, group: string | undefined) {
  const attributes: Record<string, string | boolean> = {};
  if (version?.trim()) attributes.version = version.trim();
  if (group?.trim()) attributes.group = group.trim();
  return attributes;
}

/**
 * The product fields of a CycloneDX component: `name` (see `displayName`), `bom-ref` as `id`,
 * `type` as is, the parties, `cpe`, `purl`, `swid.tagId` (as `swid`), the first `omniborId`
 * and `swhid` as identifiers, `version`, `group`, `scope` and `isExternal: true` as attributes, and what
 * its properties add (see `readProperties`).
 */
export function componentFields(
  component: CycloneDxComponent,
  parties: CycloneDxParties,
  path: DocPath,
  issues: Issue[],
): PartFields {
  const identifiers: Record<string, string> = {};
  const own: [string, string | undefined][] = [
    ["cpe", component.cpe],
    ["purl", component.purl],
    ["swid", component.swid?.tagId],
    ["omniborId", component.omniborId?.[0]],
    ["swhid", component.swhid?.[0]],
  ];
  for (const [scheme, value] of own) if (value?.trim()) identifiers[scheme] = value.trim();
  const attributes = baseAttributes(component.version, component.group);
  if (component.scope !== undefined) attributes.scope = component.scope;
  if (component.isExternal === true) attributes.isExternal = true;
  const extra = readProperties(component.properties, docPath(path, "properties"), issues, {
    identifiers,
    attributes,
  });
  return assemble({
    name: displayName(component.name, component.group),
    id: component["bom-ref"],
    type: component.type,
    parties,
    extra,
  });
}

/** The product fields of a CycloneDX service: as a component, with type `service`. */
export function serviceFields(
  service: CycloneDxService,
  parties: CycloneDxParties,
  path: DocPath,
  issues: Issue[],
): PartFields {
  const extra = readProperties(service.properties, docPath(path, "properties"), issues, {
    identifiers: {},
    attributes: baseAttributes(service.version, service.group),
  });
  return assemble({
    name: displayName(service.name, service.group),
    id: service["bom-ref"],
    type: "service",
    parties,
    extra,
  });
}
