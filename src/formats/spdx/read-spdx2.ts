import { docPath } from "../doc-path.js";
import { type ImportLog, tolerate } from "../import-log.js";
import type { ResolvedImportOptions } from "../import-options.js";
import { addIssue } from "../issue-list.js";
import { oversizedField } from "../oversized-text.js";
import {
  addEdge,
  addPart,
  createPartGraph,
  type PartFields,
  type PartGraph,
} from "../part-graph.js";
import { sameIdentity } from "../same-identity.js";
import { zodIssues } from "../zod-issues.js";
import { safeParse } from "../zod-parse.js";
import { packageFields } from "./package-fields.js";
import { readRelationships } from "./read-relationships.js";
import { type SpdxDocument, SpdxDocumentSchema, spdxIdPattern } from "./schema.js";

/** Whether a parsed JSON value is an SPDX 2 document: it has an `spdxVersion`. */
export function isSpdx2Json(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.hasOwn(value, "spdxVersion")
  );
}

function refuseEarly(json: unknown, maxComponents: number, log: ImportLog): boolean {
  // Anything but an object (null, say) is refused later, with an issue.
  const packages =
    json !== null && typeof json === "object"
      ? (json as Record<string, unknown>).packages
      : undefined;
  if (Array.isArray(packages) && packages.length > maxComponents) {
    addIssue(log.issues, {
      code: "limit_exceeded",
      path: ["packages", maxComponents],
      message: `The document has more than ${maxComponents} packages (limits.maxComponents)`,
    });
    return true;
  }
  return false;
}

/** Warns about element ids outside the SPDX pattern (refused under `strict`). */
function checkIds(document: SpdxDocument, log: ImportLog): void {
  for (const key of ["packages", "files", "snippets"] as const) {
    (document[key] ?? []).forEach((element, i) => {
      if (spdxIdPattern.test(element.SPDXID)) return;
      tolerate(log, {
        code: "nonstandard_spdxid",
        issue: "invalid_input",
        path: [key, i, "SPDXID"],
        message: `SPDXID ${JSON.stringify(element.SPDXID)} is not "SPDXRef-" then letters, digits, "." or "-"`,
        action: "read as it is written",
      });
    });
  }
}

/**
 * A package listed again under an SPDXID already used (syft 0.26 lists a Go module once per
 * binary it was found in): one part, with a warning, when both say the same about its maker;
 * else a `duplicate_id` issue.
 */
function repeatedPackage(
  graph: PartGraph,
  fields: PartFields,
  path: (string | number)[],
  log: ImportLog,
): void {
  const first = graph.ids.get(fields.id as string);
  const earlier = first === undefined ? undefined : graph.parts[first];
  const message = `SPDXID "${fields.id}" is used more than once`;
  if (earlier === undefined || !sameIdentity(earlier.fields, fields)) {
    addIssue(log.issues, {
      code: "duplicate_id",
      path: [...path, "SPDXID"],
      message:
        earlier === undefined
          ? `${message} (by the document itself)`
          : `${message}, by packages that name different parties or identifiers`,
    });
    return;
  }
  tolerate(log, {
    code: "repeated_part",
    issue: "duplicate_id",
    path: [...path, "SPDXID"],
    message,
    action: "read as the package declared first, which names the same parties and identifiers",
  });
}

function readPackages(
  document: SpdxDocument,
  graph: PartGraph,
  maxTextLength: number,
  log: ImportLog,
): void {
  (document.packages ?? []).forEach((pkg, i) => {
    const path = ["packages", i];
    const fields = packageFields(pkg, path, log);
    const tooLong = oversizedField(fields, maxTextLength);
    if (tooLong !== undefined) {
      addIssue(log.issues, {
        code: "limit_exceeded",
        path,
        message: `The package's ${tooLong} is longer than ${maxTextLength} characters (limits.maxTextLength)`,
      });
    } else if (graph.ids.has(pkg.SPDXID) || pkg.SPDXID === document.SPDXID) {
      repeatedPackage(graph, fields, path, log);
    } else addPart(graph, fields, docPath(undefined, ...path));
  });
}

/** How the SPDX 3 reader, which rewrites its documents in the SPDX 2 shape, differs. */
export interface SpdxDialect {
  /** Ids are IRIs (SPDX 3), not `SPDXRef-` names: their spelling is not checked. */
  readonly iriIds?: boolean;
  /** Ids of elements of other documents (SPDX 3 `import`), read as SPDX 2 reads `DocumentRef-`. */
  readonly external?: ReadonlySet<string>;
}

/**
 * Reads an SPDX 2.x document in its JSON shape (also what the tag-value and SPDX 3 readers
 * make) into a part graph; see `fromSPDX`.
 */
export function readSpdx2Graph(
  json: unknown,
  options: ResolvedImportOptions,
  log: ImportLog,
  dialect: SpdxDialect = {},
): PartGraph | undefined {
  const { maxComponents, maxTextLength } = options.limits;
  if (refuseEarly(json, maxComponents, log)) return undefined;
  const parsed = safeParse(SpdxDocumentSchema, json);
  if (!parsed.success) {
    for (const issue of zodIssues(parsed.error.issues, [])) addIssue(log.issues, issue);
    return undefined;
  }
  const document = parsed.data;
  const graph = createPartGraph();
  if (!dialect.iriIds) checkIds(document, log);
  readPackages(document, graph, maxTextLength, log);
  if (log.issues.length > 0) return undefined;
  const described = readRelationships(graph, document, log, maxComponents, dialect.external);
  if (log.issues.length > 0) return undefined;
  const only = described.length === 1 ? described[0] : undefined;
  if (only) graph.root = only.index;
  else if (graph.parts.length >= maxComponents) {
    addIssue(log.issues, {
      code: "limit_exceeded",
      path: [],
      message: `The document has more than ${maxComponents} parts (limits.maxComponents)`,
    });
  } else {
    const root = { name: document.name.trim(), id: document.SPDXID };
    graph.root = addPart(graph, root, docPath(undefined));
    for (const { index, path } of described) addEdge(graph, graph.root, index, path);
  }
  return graph;
}
