import type { IssuePath } from "../../errors.js";
import { type DocPath, docPath, pathOf } from "../doc-path.js";
import type { DocumentInput, FormatReader } from "../format-reader.js";
import { type ImportLog, tolerate } from "../import-log.js";
import type { ResolvedImportOptions } from "../import-options.js";
import { addIssue } from "../issue-list.js";
import type { PartGraph } from "../part-graph.js";
import { readSpdx2Graph } from "../spdx/read-spdx2.js";
import { spdx2Relationship, spdx2Spelling } from "./relationship-names.js";
import {
  idOf,
  isPackage,
  isRelationship,
  listOf,
  type Spdx3Element,
  typeOf,
} from "./spdx3-elements.js";
import { packageOf } from "./spdx3-package.js";

function mentionsSpdx(context: unknown): boolean {
  const list = Array.isArray(context) ? context : [context];
  return list.some((entry) => typeof entry === "string" && /spdx\.org/i.test(entry));
}

/** Whether a parsed JSON value is an SPDX 3 JSON-LD document: its `@context` (a string or a list) names spdx.org. */
export function isSpdx3Json(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return !Object.hasOwn(record, "spdxVersion") && mentionsSpdx(record["@context"]);
}

/** Where each entry of the SPDX 2 shape came from in the `@graph`. */
interface Origins {
  readonly packages: number[];
  readonly files: number[];
  /** `@graph` index and `to` slot of each relationship. */
  readonly relationships: [number, number][];
  /** `@graph` index and `rootElement` slot of each described element. */
  readonly describes: [number, number][];
}

const fieldNames: Readonly<Record<string, string>> = {
  SPDXID: "spdxId",
  supplier: "suppliedBy",
  originator: "originatedBy",
  name: "name",
};

/** A path into the SPDX 2 shape as the path into the SPDX 3 document it was made from. */
function originalPath(path: IssuePath, origins: Origins): IssuePath {
  const [key, index, field] = path as [string, number, string | undefined];
  const at = (where: number | undefined, ...rest: (string | number)[]) =>
    where === undefined ? path : ["@graph", where, ...rest];
  if (key === "packages") {
    return at(origins.packages[index], ...(field ? [fieldNames[field] ?? field] : []));
  }
  if (key === "files") return at(origins.files[index], "spdxId");
  if (key === "relationships") {
    const [where, slot] = origins.relationships[index] ?? [];
    if (field === "spdxElementId") return at(where, "from");
    return field === undefined ? at(where) : at(where, "to", slot as number);
  }
  if (key === "documentDescribes") {
    const [where, slot] = origins.describes[index] ?? [];
    return at(where, "rootElement", slot as number);
  }
  return path;
}

function rootsOf(graph: readonly Spdx3Element[], document: number, origins: Origins): string[] {
  const byId = new Map<string, number>();
  graph.forEach((element, i) => {
    const id = idOf(element);
    if (id !== undefined && /Sbom$|Bom$/.test(typeOf(element))) byId.set(id, i);
  });
  const roots: string[] = [];
  const visit = (holder: number) => {
    listOf(graph[holder] as Spdx3Element, "rootElement").forEach((ref, slot) => {
      if (typeof ref !== "string") return;
      const sbom = byId.get(ref);
      if (sbom !== undefined && sbom !== holder) visit(sbom);
      else {
        roots.push(ref);
        origins.describes.push([holder, slot]);
      }
    });
  };
  if (document >= 0) visit(document);
  return roots;
}

/**
 * Rewrites an SPDX 3 JSON-LD document in the SPDX 2 JSON shape that `readSpdx2Graph` reads:
 * packages (with their agents as supplier and originator), files (so relationships to them are
 * recognised and skipped), part-of relationships and the root elements.
 */
function toSpdx2Shape(json: Record<string, unknown>, log: ImportLog, origins: Origins) {
  const graph = (Array.isArray(json["@graph"]) ? json["@graph"] : []).filter(
    (element): element is Spdx3Element =>
      element !== null && typeof element === "object" && !Array.isArray(element),
  );
  const byId = new Map<string, Spdx3Element>();
  for (const element of graph) {
    const id = idOf(element);
    if (id !== undefined) byId.set(id, element);
  }
  const document = graph.findIndex((element) => typeOf(element) === "SpdxDocument");
  const documentElement = graph[document];
  const packages: unknown[] = [];
  const files: { SPDXID: string }[] = [];
  const relationships: unknown[] = [];
  graph.forEach((element, i) => {
    const id = idOf(element);
    if (isPackage(element)) {
      packages.push(packageOf(element, byId, ["@graph", i], log));
      origins.packages.push(i);
    } else if (id !== undefined && /File$|Snippet$/.test(typeOf(element))) {
      files.push({ SPDXID: id });
      origins.files.push(i);
    } else if (isRelationship(element)) {
      const type = String(element.relationshipType ?? "");
      const scope = typeof element.scope === "string" ? element.scope : undefined;
      const name = spdx2Relationship(type, scope);
      if (name === undefined) return;
      if (spdx2Spelling.test(type)) {
        tolerate(log, {
          code: "spdx2_relationship_type",
          issue: "invalid_input",
          path: ["@graph", i, "relationshipType"],
          message: `relationshipType ${JSON.stringify(type)} is an SPDX 2 name; SPDX 3 writes camelCase (such as "dependsOn")`,
          action: "read as the SPDX 2 relationship of that name",
        });
      }
      listOf(element, "to").forEach((to, slot) => {
        relationships.push({
          spdxElementId: element.from,
          relationshipType: name,
          relatedSpdxElement: to,
        });
        origins.relationships.push([i, slot]);
      });
    }
  });
  const documentId = documentElement ? idOf(documentElement) : undefined;
  const name =
    (documentElement && typeof documentElement.name === "string" && documentElement.name) ||
    documentId ||
    "SPDX document";
  return {
    spdxVersion: "SPDX-2.3",
    SPDXID: documentId ?? "SPDXRef-DOCUMENT",
    name,
    documentDescribes: rootsOf(graph, document, origins),
    packages,
    files,
    relationships,
  };
}

/** The ids of elements of other documents that the document's `import` names. */
function importedIds(graph: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const element of graph) {
    if (element === null || typeof element !== "object") continue;
    for (const entry of listOf(element as Spdx3Element, "import")) {
      const id = (entry as Spdx3Element | null)?.externalSpdxId;
      if (typeof id === "string") ids.add(id);
    }
  }
  return ids;
}

/** Reads an SPDX 3.0 JSON-LD document into a part graph; paths in issues and warnings are into its `@graph`. */
export function readSpdx3Graph(
  json: unknown,
  options: ResolvedImportOptions,
  log: ImportLog,
): PartGraph | undefined {
  const record = json as Record<string, unknown>;
  if (!Array.isArray(record["@graph"])) {
    addIssue(log.issues, {
      code: "invalid_input",
      path: ["@graph"],
      message: "An SPDX 3 JSON-LD document needs an @graph: the list of its elements",
    });
    return undefined;
  }
  const origins: Origins = { packages: [], files: [], relationships: [], describes: [] };
  const shape = toSpdx2Shape(record, log, origins);
  const inner = { ...log, issues: [], warnings: [] } as ImportLog;
  const graph = readSpdx2Graph(shape, options, inner, {
    iriIds: true,
    external: importedIds(record["@graph"] as unknown[]),
  });
  for (const issue of inner.issues) {
    addIssue(log.issues, { ...issue, path: originalPath(issue.path, origins) });
  }
  for (const warning of inner.warnings) {
    log.warnings.push({ ...warning, path: [...originalPath(warning.path, origins)] });
  }
  if (graph === undefined) return undefined;
  const remap = (path: DocPath): DocPath =>
    docPath(undefined, ...originalPath(pathOf(path), origins));
  for (const paths of graph.edgePaths)
    for (let i = 0; i < paths.length; i++) paths[i] = remap(paths[i] as DocPath);
  return graph;
}

/** The SPDX 3.0 JSON-LD reader (`@context` naming spdx.org, as a string or a list). */
export const spdx3JsonReader: FormatReader = {
  format: "spdx3",
  refusal: "The SPDX 3 document cannot be imported",
  detects: (input: DocumentInput) => input.kind === "json" && isSpdx3Json(input.value),
  read: (input, options, log) =>
    input.kind === "json" ? readSpdx3Graph(input.value, options, log) : undefined,
};
