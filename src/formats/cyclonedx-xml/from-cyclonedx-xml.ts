import { readCycloneDxGraph } from "../cyclonedx/from-cyclonedx.js";
import { cycloneDxVersions } from "../cyclonedx/schema.js";
import type { DocumentInput, FormatReader } from "../format-reader.js";
import type { ImportLog } from "../import-log.js";
import type { ResolvedImportOptions } from "../import-options.js";
import { addIssue } from "../issue-list.js";
import type { PartGraph } from "../part-graph.js";
import { parseXml, xmlRefusal } from "./parse-xml.js";
import { cycloneDxXmlToJson, xmlSpecVersion } from "./xml-to-json.js";

/** Whether text is CycloneDX XML: XML whose root element is a `bom` in a CycloneDX namespace. */
export function isCycloneDxXml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^\s*</.test(head) && /<(?:\w+:)?bom[\s>][^>]*cyclonedx\.org\/schema\/bom/i.test(head);
}

function problem(log: ImportLog, path: (string | number)[], message: string): undefined {
  addIssue(log.issues, { code: "invalid_input", path, message });
  return undefined;
}

/**
 * Reads a CycloneDX XML BOM (1.2 to 1.6) into a part graph: parsed with fast-xml-parser (no
 * entity expanded, a DOCTYPE refused, size and nesting bounded), rewritten in the JSON shape
 * of the same BOM and read by the CycloneDX JSON reader, so both forms give one product.
 * Paths in issues and warnings are those of the JSON twin (`components[2]` is the third
 * `<component>` of `<components>`).
 */
export function readCycloneDxXmlGraph(
  text: string,
  options: ResolvedImportOptions,
  log: ImportLog,
): PartGraph | undefined {
  const refusal = xmlRefusal(text);
  if (refusal) return problem(log, [], refusal);
  let parsed: Record<string, unknown>;
  try {
    parsed = parseXml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problem(log, [], `The XML is not well formed: ${message.split("\n")[0]}`);
  }
  const bom = parsed.bom;
  if (bom === null || typeof bom !== "object" || Array.isArray(bom)) {
    return problem(log, [], "A CycloneDX XML BOM has a <bom> root element");
  }
  const version = xmlSpecVersion(text);
  if (version === undefined || !(cycloneDxVersions as readonly string[]).includes(version)) {
    return problem(
      log,
      [],
      `The <bom> element's namespace names no CycloneDX version vendorgate reads (${cycloneDxVersions[0]} to ${cycloneDxVersions[cycloneDxVersions.length - 1]}): expected xmlns="http://cyclonedx.org/schema/bom/1.6" or the like`,
    );
  }
  const json = cycloneDxXmlToJson(bom as Record<string, unknown>, version);
  return readCycloneDxGraph(json, options, log);
}

/** The CycloneDX XML reader. */
export const cycloneDxXmlReader: FormatReader = {
  format: "cyclonedx-xml",
  refusal: "The CycloneDX XML BOM cannot be imported",
  detects: (input: DocumentInput) => input.kind === "text" && isCycloneDxXml(input.text),
  read: (input, options, log) =>
    input.kind === "text" ? readCycloneDxXmlGraph(input.text, options, log) : undefined,
};
