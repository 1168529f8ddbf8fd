import { XMLParser } from "fast-xml-parser";

/** The longest XML text read, in characters (a 4 MB BOM is 1% of it). */
export const maxXmlLength = 512 * 1024 * 1024;

/** The deepest nesting of XML elements read (a component 240 levels deep). */
export const maxXmlDepth = 500;

/** The elements that can repeat in a CycloneDX BOM, always read as lists. */
const listElements = new Set([
  "component",
  "service",
  "dependency",
  "provides",
  "property",
  "author",
  "omniborId",
  "swhid",
]);

const predefined: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Decodes XML's five predefined entities and character references; nothing else is expanded
 * (the parser expands no entity at all, and a DOCTYPE, where others would be declared, is
 * refused before parsing).
 */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref) => {
    if (ref[0] !== "#") return predefined[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Why XML text is not read, before parsing; undefined when it may be parsed. */
export function xmlRefusal(text: string): string | undefined {
  if (text.length > maxXmlLength) {
    return `The XML is longer than ${maxXmlLength} characters: vendorgate does not read it`;
  }
  if (/<!DOCTYPE/i.test(text)) {
    return "The XML declares a DOCTYPE: CycloneDX needs none, and the entities it could declare are not expanded, so it is refused";
  }
  return undefined;
}

/**
 * Parses XML text (checked by `xmlRefusal` first) with fast-xml-parser into plain objects:
 * attributes as `@_name`, text as strings (no numbers guessed), namespace prefixes removed,
 * the elements that repeat as lists, no entity expanded and nesting bounded (`maxXmlDepth`).
 * Throws the validator's error for XML that is not well formed (a truncated file, say).
 */
export function parseXml(text: string): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: false,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: maxXmlDepth,
    isArray: (name) => listElements.has(name),
    tagValueProcessor: (_name, value) => decodeXmlText(value),
    attributeValueProcessor: (_name, value) => decodeXmlText(value),
  });
  // Validated first: a truncated file must be refused, not read as the parts before the cut.
  return parser.parse(text, true) as Record<string, unknown>;
}
