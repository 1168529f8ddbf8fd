import { type DocPath, docPath, pathOf } from "../doc-path.js";
import { type ImportLog, tolerate } from "../import-log.js";
import { addIssue } from "../issue-list.js";
import { addEdge, addPart, type PartGraph } from "../part-graph.js";
import { describeRelationships, noElement, partOfRelationships } from "./relationship-types.js";
import type { SpdxDocument } from "./schema.js";

/** What the document says it describes, each with where it says so. */
export interface Described {
  readonly index: number;
  readonly path: DocPath;
}

type Element = number | "document" | "skip" | undefined;

/**
 * Adds the document's part-of relationships (see `partOfRelationships`) as edges and returns
 * the packages the document describes (`documentDescribes`, `DESCRIBES`, `DESCRIBED_BY`).
 * Files and snippets are not parts (SPDX gives them no supplier), so relationships that involve
 * them are skipped; an element of another document (`DocumentRef-...:SPDXRef-...`, or an id in
 * `external`) becomes a
 * part with that name and no parties, so it shows as a data gap rather than vanishing.
 * An id that names no element (syft 0.59 and 0.60 relate packages they do not list) names nothing
 * to screen: the relationship is dropped with a `dangling_ref` warning (an `unknown_ref` issue
 * under `strict`).
 */
export function readRelationships(
  graph: PartGraph,
  document: SpdxDocument,
  log: ImportLog,
  maxComponents: number,
  external: ReadonlySet<string> = new Set(),
): Described[] {
  const { issues } = log;
  const others = new Set(
    [...(document.files ?? []), ...(document.snippets ?? [])].map((element) => element.SPDXID),
  );
  const resolve = (ref: string, path: DocPath): Element => {
    if (ref === document.SPDXID) return "document";
    if (noElement.has(ref) || others.has(ref)) return "skip";
    const index = graph.ids.get(ref);
    if (index !== undefined) return index;
    if ((ref.startsWith("DocumentRef-") && ref.includes(":")) || external.has(ref)) {
      if (graph.parts.length >= maxComponents) {
        addIssue(issues, {
          code: "limit_exceeded",
          path: pathOf(path),
          message: `The document has more than ${maxComponents} parts (limits.maxComponents)`,
        });
        return undefined;
      }
      return addPart(graph, { name: ref, id: ref, attributes: { externalDocument: true } }, path);
    }
    tolerate(log, {
      code: "dangling_ref",
      issue: "unknown_ref",
      path: pathOf(path),
      message: `No package has SPDXID "${ref}"`,
      action: "the relationship is dropped",
    });
    return undefined;
  };

  const described: Described[] = [];
  const describe = (element: Element, path: DocPath) => {
    if (typeof element === "number" && !described.some((entry) => entry.index === element)) {
      described.push({ index: element, path });
    }
  };
  (document.documentDescribes ?? []).forEach((ref, j) => {
    const path = docPath(undefined, "documentDescribes", j);
    describe(resolve(ref, path), path);
  });
  (document.relationships ?? []).forEach((relationship, i) => {
    const type = relationship.relationshipType;
    const direction = partOfRelationships.get(type) ?? describeRelationships.get(type);
    if (direction === undefined) return;
    const path = docPath(undefined, "relationships", i);
    const [fromKey, toKey] =
      direction === "forward"
        ? (["spdxElementId", "relatedSpdxElement"] as const)
        : (["relatedSpdxElement", "spdxElementId"] as const);
    const from = resolve(relationship[fromKey], docPath(path, fromKey));
    const to = resolve(relationship[toKey], docPath(path, toKey));
    if (describeRelationships.has(type)) {
      if (from === "document") describe(to, path);
    } else if (typeof from === "number" && typeof to === "number") {
      addEdge(graph, from, to, path);
    }
  });
  return described;
}
