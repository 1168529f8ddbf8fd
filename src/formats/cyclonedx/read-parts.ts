import type { Issue, IssuePath } from "../../errors.js";
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
import { zodIssues } from "../zod-issues.js";
import { componentFields, serviceFields } from "./part-fields.js";
import { componentParties, metadataParties, serviceParties } from "./parties.js";
import { type CycloneDxBom, CycloneDxComponentSchema, CycloneDxServiceSchema } from "./schema.js";

/** The name of the product when a BOM has no `metadata.component`. */
export const syntheticRootName = "BOM";

interface Pending {
  readonly raw: unknown;
  readonly path: IssuePath;
  /** The part it is nested in, or -1 for the BOM's top-level lists. */
  readonly parent: number;
  readonly kind: "component" | "service" | "root";
  readonly depth: number;
}

function queueChildren(
  work: Pending[],
  list: readonly unknown[] | undefined,
  path: IssuePath,
  parent: number,
  kind: "component" | "service",
  depth: number,
): void {
  for (let i = (list?.length ?? 0) - 1; i >= 0; i--) {
    work.push({ raw: list?.[i], path: [...path, i], parent, kind, depth });
  }
}

/**
 * Reads the parts of a BOM with an explicit stack (deep nesting does not overflow): the
 * product (`metadata.component`, or a part named "BOM"), then `components` and `services`
 * in document order, nested ones as children of the part they are nested in. Checks names,
 * types, `bom-ref` uniqueness and the limits, each problem with its path in the BOM.
 */
export function readParts(
  bom: CycloneDxBom,
  options: ResolvedImportOptions,
  issues: Issue[],
): PartGraph {
  const graph = createPartGraph();
  const { maxComponents, maxDepth, maxTextLength } = options.limits;
  const work: Pending[] = [];
  queueChildren(work, bom.services, ["services"], -1, "service", 1);
  queueChildren(work, bom.components, ["components"], -1, "component", 1);
  const metadata = bom.metadata;
  if (metadata?.component !== undefined) {
    work.push({
      raw: metadata.component,
      path: ["metadata", "component"],
      parent: -1,
      kind: "root",
      depth: 0,
    });
  } else {
    addPart(graph, { name: syntheticRootName, ...metadataParties(metadata) }, []);
  }
  while (work.length > 0) {
    const item = work.pop() as Pending;
    if (graph.parts.length >= maxComponents) {
      addIssue(issues, {
        code: "limit_exceeded",
        path: item.path,
        message: `The BOM has more than ${maxComponents} components and services (limits.maxComponents)`,
      });
      return graph;
    }
    if (item.depth > maxDepth) {
      addIssue(issues, {
        code: "limit_exceeded",
        path: item.path,
        message: `Components are nested deeper than ${maxDepth} levels (limits.maxDepth)`,
      });
      return graph;
    }
    const read = readOne(item, metadata, issues);
    if (!read) continue;
    const { fields, nested, nestedKey } = read;
    const tooLong = oversizedField(fields, maxTextLength);
    if (tooLong !== undefined) {
      addIssue(issues, {
        code: "limit_exceeded",
        path: item.path,
        message: `The part's ${tooLong} is longer than ${maxTextLength} characters (limits.maxTextLength)`,
      });
      continue;
    }
    if (fields.id !== undefined && graph.ids.has(fields.id)) {
      addIssue(issues, {
        code: "duplicate_id",
        path: [...item.path, "bom-ref"],
        message: `bom-ref "${fields.id}" is used more than once`,
      });
      continue;
    }
    const index = addPart(graph, fields, item.path);
    if (item.kind === "root") graph.root = index;
    if (item.parent >= 0) addEdge(graph, item.parent, index, item.path);
    const kind = item.kind === "service" ? "service" : "component";
    queueChildren(work, nested, [...item.path, nestedKey], index, kind, item.depth + 1);
    if (issues.length >= 100) break;
  }
  return graph;
}

function readOne(
  item: Pending,
  metadata: CycloneDxBom["metadata"],
  issues: Issue[],
): { fields: PartFields; nested: readonly unknown[] | undefined; nestedKey: string } | undefined {
  if (item.kind === "service") {
    const parsed = CycloneDxServiceSchema.safeParse(item.raw);
    if (!parsed.success) {
      for (const issue of zodIssues(parsed.error.issues, item.path)) addIssue(issues, issue);
      return undefined;
    }
    const service = parsed.data;
    const fields = serviceFields(service, serviceParties(service), item.path, issues);
    return { fields, nested: service.services, nestedKey: "services" };
  }
  const parsed = CycloneDxComponentSchema.safeParse(item.raw);
  if (!parsed.success) {
    for (const issue of zodIssues(parsed.error.issues, item.path)) addIssue(issues, issue);
    return undefined;
  }
  const component = parsed.data;
  const parties = componentParties(component, item.kind === "root" ? metadata : undefined);
  const fields = componentFields(component, parties, item.path, issues);
  return { fields, nested: component.components, nestedKey: "components" };
}
