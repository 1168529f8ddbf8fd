import type * as z from "zod/mini";
import type { Issue } from "../../errors.js";
import { type DocPath, docPath, pathOf } from "../doc-path.js";
import { type ImportLog, tolerate } from "../import-log.js";
import type { ResolvedImportOptions } from "../import-options.js";
import { addIssue, maxIssues } from "../issue-list.js";
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
import { componentFields, serviceFields } from "./part-fields.js";
import { componentParties, metadataParties, serviceParties } from "./parties.js";
import { type CycloneDxBom, CycloneDxComponentSchema, CycloneDxServiceSchema } from "./schema.js";

/** The name of the product when a BOM has no `metadata.component`. */
export const syntheticRootName = "BOM";

interface Pending {
  readonly raw: unknown;
  readonly path: DocPath;
  /** The part it is nested in, or -1 for the BOM's top-level lists. */
  readonly parent: number;
  readonly kind: "component" | "service" | "root";
  readonly depth: number;
}

interface Read {
  readonly fields: PartFields;
  readonly nested: readonly unknown[] | undefined;
  readonly nestedKey: "components" | "services";
}

function queueChildren(
  work: Pending[],
  list: readonly unknown[] | undefined,
  path: DocPath | undefined,
  key: "components" | "services",
  parent: number,
  depth: number,
): void {
  const kind = key === "services" ? "service" : "component";
  for (let i = (list?.length ?? 0) - 1; i >= 0; i--) {
    work.push({ raw: list?.[i], path: docPath(path, key, i), parent, kind, depth });
  }
}

function readOne(
  item: Pending,
  metadata: CycloneDxBom["metadata"],
  issues: Issue[],
): Read | undefined {
  const refuse = (error: z.core.$ZodError) => {
    for (const issue of zodIssues(error.issues, pathOf(item.path))) addIssue(issues, issue);
    return undefined;
  };
  if (item.kind === "service") {
    const parsed = safeParse(CycloneDxServiceSchema, item.raw);
    if (!parsed.success) return refuse(parsed.error);
    const service = parsed.data;
    const fields = serviceFields(service, serviceParties(service), item.path, issues);
    return { fields, nested: service.services, nestedKey: "services" };
  }
  const parsed = safeParse(CycloneDxComponentSchema, item.raw);
  if (!parsed.success) return refuse(parsed.error);
  const component = parsed.data;
  const parties = componentParties(component, item.kind === "root" ? metadata : undefined);
  const fields = componentFields(component, parties, item.path, issues);
  return { fields, nested: component.components, nestedKey: "components" };
}

/**
 * A second declaration of the part `first`: one part (its nested parts join the first's), with
 * a warning, when both say the same about its maker; else a `duplicate_id` issue. Returns the
 * part to attach nested parts to, or undefined when refused.
 */
function repeatedPart(
  graph: PartGraph,
  first: number,
  fields: PartFields,
  path: DocPath,
  log: ImportLog,
): number | undefined {
  const earlier = graph.parts[first] as PartGraph["parts"][number];
  const where = pathOf(docPath(path, "bom-ref"));
  const what = first === graph.root ? "the product (metadata.component)" : "an earlier part";
  if (!sameIdentity(earlier.fields, fields)) {
    addIssue(log.issues, {
      code: "duplicate_id",
      path: where,
      message: `bom-ref "${fields.id}" is used more than once, by parts that name different parties or identifiers`,
    });
    return undefined;
  }
  tolerate(log, {
    code: first === graph.root ? "repeated_root" : "repeated_part",
    issue: "duplicate_id",
    path: where,
    message: `bom-ref "${fields.id}" is used more than once`,
    action: `read as ${what}, which names the same parties and identifiers; the fields of the one declared first are kept`,
  });
  return first;
}

/**
 * Reads the parts of a BOM with an explicit stack (deep nesting does not overflow): the
 * product (`metadata.component`, or a part named "BOM"), then `components` and `services`
 * in document order, nested ones as children of the part they are nested in. Checks names,
 * types, `bom-ref` uniqueness and the limits, each problem with its path in the BOM. A `bom-ref`
 * declared again with the same parties and identifiers (cdxgen lists the product again in
 * `components`) is one part, with a warning; with different ones it is refused.
 */
export function readParts(
  bom: CycloneDxBom,
  options: ResolvedImportOptions,
  log: ImportLog,
): PartGraph {
  const { issues } = log;
  const graph = createPartGraph();
  const { maxComponents, maxDepth, maxTextLength } = options.limits;
  const work: Pending[] = [];
  queueChildren(work, bom.services, undefined, "services", -1, 1);
  queueChildren(work, bom.components, undefined, "components", -1, 1);
  const metadata = bom.metadata;
  if (metadata?.component !== undefined) {
    const path = docPath(undefined, "metadata", "component");
    work.push({ raw: metadata.component, path, parent: -1, kind: "root", depth: 0 });
  } else {
    addPart(graph, { name: syntheticRootName, ...metadataParties(metadata) }, docPath(undefined));
  }
  while (work.length > 0 && issues.length < maxIssues) {
    const item = work.pop() as Pending;
    const limit = (message: string) => {
      addIssue(issues, { code: "limit_exceeded", path: pathOf(item.path), message });
    };
    if (graph.parts.length >= maxComponents) {
      limit(
        `The BOM has more than ${maxComponents} components and services (limits.maxComponents)`,
      );
      break;
    }
    if (item.depth > maxDepth) {
      limit(`Components are nested deeper than ${maxDepth} levels (limits.maxDepth)`);
      break;
    }
    const read = readOne(item, metadata, issues);
    if (!read) continue;
    const { fields } = read;
    const tooLong = oversizedField(fields, maxTextLength);
    if (tooLong !== undefined) {
      limit(
        `The part's ${tooLong} is longer than ${maxTextLength} characters (limits.maxTextLength)`,
      );
      continue;
    }
    const first = fields.id === undefined ? undefined : graph.ids.get(fields.id);
    let index: number;
    if (first !== undefined) {
      const repeat = repeatedPart(graph, first, fields, item.path, log);
      if (repeat === undefined) continue;
      index = repeat;
    } else index = addPart(graph, fields, item.path);
    if (item.kind === "root") graph.root = index;
    if (item.parent >= 0 && item.parent !== index) addEdge(graph, item.parent, index, item.path);
    queueChildren(work, read.nested, item.path, read.nestedKey, index, item.depth + 1);
  }
  return graph;
}
