import { PackageURL } from "packageurl-js";
import { parseCpe } from "./cpe.js";

/** A label printed before an FCC ID (`FCC ID: QISME909S-120`), after compatibility folding. */
const fccLabel = /^\s*fcc\s*(?:id)?\s*[:.#-]?\s*/i;

/** The grantee code of an FCC ID: the first 5 characters if it starts with a digit, else 3. */
export function fccGranteeCode(fccId: string): string {
  const compact = fccId
    .normalize("NFKC")
    .replace(fccLabel, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  return compact.slice(0, /^[0-9]/.test(compact) ? 5 : 3);
}

/** The index key of an identifier of an entity, as the catalogue writes it. */
export function entityIdentifierKey(scheme: string, value: string): string {
  switch (scheme) {
    case "purl-namespace":
    case "cpe-vendor":
    case "domain":
      return `${scheme}:${value.trim().toLowerCase()}`;
    default:
      return `${scheme}:${value.toUpperCase().replace(/[\s-]/g, "")}`;
  }
}

/** What a component identifier says about who made it: index keys, and names to read. */
export interface IdentifierReading {
  /** Index keys, most general first (`domain:huawei.com` before `domain:consumer.huawei.com`). */
  readonly keys: readonly string[];
  /** Texts inside the identifier that name a company (an npm scope, a repository owner, a CPE vendor). */
  readonly names: readonly string[];
  /** The scheme of the keys, as findings report it: `fcc-grantee`, `purl-namespace`, ... */
  readonly scheme: string;
}

const none: IdentifierReading = { keys: [], names: [], scheme: "" };

/** `a.b.c` → `a`, `a.b`, `a.b.c` (with `sep` between segments). */
function prefixes(value: string, sep: string): string[] {
  const parts = value.split(sep).filter((part) => part !== "");
  return parts.map((_, i) => parts.slice(0, i + 1).join(sep));
}

// Package types whose namespace is an owner account: the owner names who publishes.
const ownerTypes = new Set(["github", "gitlab", "bitbucket"]);

function readPurl(value: string): IdentifierReading {
  let purl: PackageURL;
  try {
    purl = PackageURL.fromString(value.trim());
  } catch {
    return none;
  }
  const type = purl.type.toLowerCase();
  const namespace = purl.namespace?.toLowerCase();
  if (!namespace) return { keys: [], names: [], scheme: "purl-namespace" };
  const sep = type === "maven" ? "." : "/";
  const keys = (type === "npm" ? [namespace] : prefixes(namespace, sep)).map(
    (prefix) => `purl-namespace:${type}/${prefix}`,
  );
  const names: string[] = [];
  if (type === "npm") names.push(namespace.replace(/^@/, ""));
  else if (ownerTypes.has(type)) names.push(namespace.split("/")[0] as string);
  return { keys, names, scheme: "purl-namespace" };
}

function readCpe(value: string): IdentifierReading {
  const vendor = parseCpe(value)?.vendor;
  if (vendor === undefined || vendor === "-") return none;
  return {
    keys: [`cpe-vendor:${vendor}`],
    names: [vendor.replace(/_/g, " ")],
    scheme: "cpe-vendor",
  };
}

function domainKeys(host: string): IdentifierReading {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  if (labels.length < 2) return none;
  const keys: string[] = [];
  for (let i = labels.length - 2; i >= 0; i--) keys.push(`domain:${labels.slice(i).join(".")}`);
  return { keys, names: [], scheme: "domain" };
}

function readUrl(value: string): IdentifierReading {
  const text = value.trim();
  try {
    return domainKeys(
      new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname,
    );
  } catch {
    return none;
  }
}

function readEmail(value: string): IdentifierReading {
  const text = value.trim().replace(/^mailto:/i, "");
  const at = text.lastIndexOf("@");
  if (at < 1) return none;
  const reading = domainKeys(text.slice(at + 1).replace(/>$/, ""));
  return reading.keys.length > 0 ? { ...reading, scheme: "email-domain" } : none;
}

/** How a component's or party's identifier is read, by its scheme (case-insensitive). */
export function readIdentifier(scheme: string, value: string): IdentifierReading {
  switch (scheme.toLowerCase()) {
    case "fccid":
    case "fcc-id":
    case "fcc":
      return { keys: [`fcc-grantee:${fccGranteeCode(value)}`], names: [], scheme: "fcc-grantee" };
    case "fcc-grantee":
    case "fccgrantee":
      return {
        keys: [entityIdentifierKey("fcc-grantee", value)],
        names: [],
        scheme: "fcc-grantee",
      };
    case "lei":
    case "uscc":
    case "duns":
    case "cage": {
      const key = entityIdentifierKey(scheme.toLowerCase(), value);
      return { keys: [key], names: [], scheme: scheme.toLowerCase() };
    }
    case "purl":
      return readPurl(value);
    case "cpe":
    case "cpe22":
    case "cpe23":
      return readCpe(value);
    case "url":
    case "website":
    case "homepage":
      return readUrl(value);
    case "email":
    case "e-mail":
    case "mail":
      return readEmail(value);
    default:
      return none;
  }
}
