import type { IssuePath } from "../../errors.js";
import { docPath, pathOf } from "../doc-path.js";
import type { DocumentInput, FormatReader } from "../format-reader.js";
import type { ImportLog } from "../import-log.js";
import type { ResolvedImportOptions } from "../import-options.js";
import { addIssue } from "../issue-list.js";
import type { PartGraph } from "../part-graph.js";
import { readSpdx2Graph } from "../spdx/read-spdx2.js";
import { isTagValue, parseTagValue } from "./parse-tag-value.js";

/** An element being read, and the line of each of its fields. */
interface Open {
  readonly element: Record<string, unknown>;
  readonly lines: Record<string, number>;
  readonly kind: "package" | "file";
}

/** The package fields tag-value spells differently from JSON. */
const packageTags: Readonly<Record<string, string>> = {
  PackageName: "name",
  SPDXID: "SPDXID",
  PackageVersion: "versionInfo",
  PackageSupplier: "supplier",
  PackageOriginator: "originator",
  PrimaryPackagePurpose: "primaryPackagePurpose",
};

const documentTags: Readonly<Record<string, string>> = {
  SPDXVersion: "spdxVersion",
  SPDXID: "SPDXID",
  DocumentName: "name",
};

/** The SPDX 2 JSON shape of a tag-value document, and the line of each thing in it. */
interface Shape {
  readonly json: Record<string, unknown>;
  readonly packageLines: Record<string, number>[];
  readonly fileLines: Record<string, number>[];
  readonly relationshipLines: number[];
  readonly documentLines: Record<string, number>;
}

function toShape(text: string): Shape {
  const packages: unknown[] = [];
  const files: unknown[] = [];
  const relationships: unknown[] = [];
  const shape: Shape = {
    json: { packages, files, relationships },
    packageLines: [],
    fileLines: [],
    relationshipLines: [],
    documentLines: {},
  };
  let current: Open | "document" | "other" = "document";
  const open = (kind: Open["kind"], element: Record<string, unknown>, line: number) => {
    const lines: Record<string, number> = { [kind === "package" ? "name" : "SPDXID"]: line };
    (kind === "package" ? packages : files).push(element);
    (kind === "package" ? shape.packageLines : shape.fileLines).push(lines);
    return { element, lines, kind };
  };
  for (const { tag, value, line } of parseTagValue(text)) {
    if (tag === "PackageName") current = open("package", { name: value, externalRefs: [] }, line);
    else if (tag === "FileName") current = open("file", {}, line);
    else if (tag === "SnippetSPDXID") current = open("file", { SPDXID: value }, line);
    else if (tag === "LicenseID") current = "other";
    else if (tag === "Relationship") {
      const [from, type, to] = value.split(/\s+/);
      relationships.push({ spdxElementId: from, relationshipType: type, relatedSpdxElement: to });
      shape.relationshipLines.push(line);
    } else if (current === "document") {
      const key = documentTags[tag];
      if (key && shape.json[key] === undefined) {
        shape.json[key] = value;
        shape.documentLines[key] = line;
      }
    } else if (current !== "other") {
      const key =
        current.kind === "package" ? packageTags[tag] : tag === "SPDXID" ? tag : undefined;
      if (key && current.element[key] === undefined) {
        current.element[key] = value;
        current.lines[key] = line;
      } else if (tag === "ExternalRef" && current.kind === "package") {
        const [, referenceType, referenceLocator] = value.split(/\s+/);
        (current.element.externalRefs as unknown[]).push({ referenceType, referenceLocator });
      }
    }
  }
  return shape;
}

/** The path of a tag-value document's line: `["line", 12, "supplier"]`. */
function linePath(path: IssuePath, shape: Shape): IssuePath {
  const [key, index, field] = path as [string, number, string | undefined];
  if (key === "packages" || key === "files") {
    const table = (key === "packages" ? shape.packageLines : shape.fileLines)[index];
    const line = (field !== undefined ? table?.[field] : undefined) ?? table?.name ?? table?.SPDXID;
    return line === undefined ? path : ["line", line, ...(field ? [field] : [])];
  }
  if (key === "relationships") {
    const line = shape.relationshipLines[index];
    return line === undefined ? path : ["line", line, "Relationship"];
  }
  const line = typeof key === "string" ? shape.documentLines[key] : undefined;
  return line === undefined ? path : ["line", line, key];
}

/**
 * Reads an SPDX 2.x tag-value document into a part graph: it is rewritten in the SPDX 2 JSON
 * shape (PackageName, SPDXID, PackageVersion, PackageSupplier, PackageOriginator, ExternalRef,
 * PrimaryPackagePurpose; FileName and SnippetSPDXID elements; Relationship lines) and read as
 * SPDX 2 JSON is, so both forms of one document give one product. Paths in issues and warnings
 * name the line: `["line", 12, "supplier"]`.
 */
export function readTagValueGraph(
  text: string,
  options: ResolvedImportOptions,
  log: ImportLog,
): PartGraph | undefined {
  const shape = toShape(text);
  const inner = { ...log, issues: [], warnings: [] } as ImportLog;
  const graph = readSpdx2Graph(shape.json, options, inner);
  for (const issue of inner.issues) {
    addIssue(log.issues, { ...issue, path: linePath(issue.path, shape) });
  }
  for (const warning of inner.warnings) {
    log.warnings.push({ ...warning, path: [...linePath(warning.path, shape)] });
  }
  if (graph === undefined) return undefined;
  for (const paths of graph.edgePaths) {
    for (let i = 0; i < paths.length; i++) {
      paths[i] = docPath(undefined, ...linePath(pathOf(paths[i]), shape));
    }
  }
  return graph;
}

/** The SPDX 2.x tag-value reader (text whose first tag is `SPDXVersion`). */
export const spdxTagValueReader: FormatReader = {
  format: "spdx-tag-value",
  refusal: "The SPDX tag-value document cannot be imported",
  detects: (input: DocumentInput) => input.kind === "text" && isTagValue(input.text),
  read: (input, options, log) =>
    input.kind === "text" ? readTagValueGraph(input.text, options, log) : undefined,
};
