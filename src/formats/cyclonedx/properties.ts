import type { Issue } from "../../errors.js";
import type { Identifiers, Party } from "../../model/component.js";
import { type DocPath, docPath, pathOf } from "../doc-path.js";
import { addIssue } from "../issue-list.js";
import { setOnce } from "../set-once.js";
import type { CycloneDxProperty } from "./schema.js";

/** What a part's properties add to it. */
export interface PropertyFields {
  identifiers: Identifiers;
  attributes: Record<string, string | boolean>;
  categories: string[];
  countryOfOrigin?: string;
  brand?: Party;
}

// cdx:device:certifications:<ISO-3166-1>:<AUTHORITY>:id (CycloneDX property taxonomy).
const deviceCertification = /^cdx:device:certifications:([A-Za-z]{2}):([^:]+):id$/;
// cdx:device:gs1:gtin-12, cdx:deviceInfo:gs1:gmn, ...
const gs1Identifier = /^cdx:device(?:Info)?:gs1:(gtin-(?:8|12|13|14)|gmn)$/;
const deviceInfoAuthority = "cdx:deviceInfo:certifications:authority";
const deviceInfoId = "cdx:deviceInfo:certifications:id";
const country = /^[A-Z]{2}$/;

/** The identifier scheme of a certification: `fccId` for the US FCC, else `certification:CC:AUTHORITY`. */
function certificationScheme(countryCode: string | undefined, authority: string): string {
  const upper = authority.trim().toUpperCase();
  if (upper === "FCC" && (countryCode === undefined || countryCode === "US")) return "fccId";
  return countryCode === undefined
    ? `certification:${upper}`
    : `certification:${countryCode}:${upper}`;
}

function attributeValue(value: string): string | boolean {
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}

/**
 * Reads the properties vendorgate understands into a part's own identifiers and attributes
 * (`own`, which it adds to), each problem reported at its path:
 * `cdx:device:certifications:US:FCC:id` (and `cdx:deviceInfo:certifications:id` with the
 * authority FCC) as `identifiers.fccId`, other certifications as
 * `identifiers["certification:CC:AUTHORITY"]`, `cdx:device:gs1:gtin-*` as `identifiers.gtin` (14 digits),
 * `cdx:device:gs1:gmn` as `identifiers.gmn`, and vendorgate's own `vendorgate:countryOfOrigin`,
 * `vendorgate:category` (repeatable), `vendorgate:brand`, `vendorgate:identifier:<scheme>` and
 * `vendorgate:attribute:<key>` (`"true"`/`"false"` become booleans). Other properties are ignored,
 * except unknown `vendorgate:` names, which are refused so a typo is not silently lost.
 */
export function readProperties(
  properties: readonly CycloneDxProperty[] | undefined,
  path: DocPath,
  issues: Issue[],
  own: Pick<PropertyFields, "identifiers" | "attributes">,
): PropertyFields {
  const fields: PropertyFields = { ...own, categories: [] };
  const authorities = (properties ?? [])
    .filter((property) => property.name === deviceInfoAuthority)
    .map((property) => property.value ?? "");
  let deviceInfoIds = 0;
  (properties ?? []).forEach(({ name, value: raw }, i) => {
    const at = docPath(path, i, "value");
    const value = raw?.trim();
    const certification = deviceCertification.exec(name);
    const gs1 = gs1Identifier.exec(name);
    const identifier = (scheme: string, text = value) => {
      if (text) setOnce(fields.identifiers, scheme, text, at, issues, `identifiers.${scheme}`);
      else {
        addIssue(issues, {
          code: "invalid_input",
          path: pathOf(at),
          message: `The property ${name} needs a value`,
        });
      }
    };
    if (certification) {
      identifier(certificationScheme(certification[1]?.toUpperCase(), certification[2] as string));
    } else if (name === deviceInfoId) {
      const authority = authorities[deviceInfoIds++] ?? authorities[0];
      identifier(authority ? certificationScheme(undefined, authority) : "certification");
    } else if (gs1) {
      if (gs1[1] === "gmn") identifier("gmn");
      // GTIN-8, -12 and -13 are GTIN-14 with leading zeros: one number, however it is written.
      else identifier("gtin", value && /^\d+$/.test(value) ? value.padStart(14, "0") : value);
    } else if (name.startsWith("vendorgate:")) {
      const problem = readVendorgateProperty(fields, name, value, docPath(path, i), issues);
      if (problem) addIssue(issues, problem);
    }
  });
  return fields;
}

const knownVendorgate =
  "vendorgate:countryOfOrigin, vendorgate:category, vendorgate:brand, vendorgate:identifier:<scheme>, vendorgate:attribute:<key>";

/** Reads one `vendorgate:` property into the fields; returns a problem, if there is one. */
function readVendorgateProperty(
  fields: PropertyFields,
  name: string,
  value: string | undefined,
  property: DocPath,
  issues: Issue[],
): Issue | undefined {
  const at = docPath(property, "value");
  const problem = (message: string, path: DocPath = at): Issue => ({
    code: "invalid_input",
    path: pathOf(path),
    message,
  });
  if (!value) return problem(`The property ${name} needs a value`);
  if (name === "vendorgate:countryOfOrigin") {
    const code = value.toUpperCase();
    if (!country.test(code)) {
      return problem(
        `vendorgate:countryOfOrigin must be an ISO 3166-1 alpha-2 code such as CN, not "${value}"`,
      );
    }
    if (fields.countryOfOrigin !== undefined && fields.countryOfOrigin !== code) {
      return problem(
        `vendorgate:countryOfOrigin is given twice (${fields.countryOfOrigin} and ${code}); a part has one`,
      );
    }
    fields.countryOfOrigin = code;
  } else if (name === "vendorgate:category") {
    if (!fields.categories.includes(value)) fields.categories.push(value);
  } else if (name === "vendorgate:brand") {
    const current = fields.brand;
    if (current !== undefined && typeof current !== "string" && current.name !== value) {
      return problem(
        `vendorgate:brand is given twice ("${current.name}" and "${value}"); a part has one`,
      );
    }
    fields.brand = { name: value, origin: "cyclonedx:vendorgate:brand" };
  } else if (name.startsWith("vendorgate:identifier:")) {
    const scheme = name.slice("vendorgate:identifier:".length);
    setOnce(fields.identifiers, scheme, value, at, issues, `identifiers.${scheme}`);
  } else if (name.startsWith("vendorgate:attribute:")) {
    const key = name.slice("vendorgate:attribute:".length);
    setOnce(fields.attributes, key, attributeValue(value), at, issues, `attributes.${key}`);
  } else {
    return problem(
      `Unknown vendorgate property "${name}" (known: ${knownVendorgate})`,
      docPath(property, "name"),
    );
  }
  return undefined;
}
