import { type DocPath, docPath, pathOf } from "../doc-path.js";
import { type ImportLog, tolerate } from "../import-log.js";
import { addEdge, type PartGraph } from "../part-graph.js";
import type { CycloneDxDependency } from "./schema.js";

/**
 * Adds the BOM's dependency graph to the parts: a part's `dependsOn` and `provides` become
 * its children, in that order. A reference to a `bom-ref` that no component or service has
 * (cdxgen writes some) names nothing to screen: the edge is dropped with a `dangling_ref`
 * warning at its path (an `unknown_ref` issue under `strict`).
 */
export function readDependencies(
  graph: PartGraph,
  dependencies: readonly CycloneDxDependency[] | undefined,
  log: ImportLog,
): void {
  const find = (ref: string, path: DocPath): number | undefined => {
    const index = graph.ids.get(ref);
    if (index === undefined) {
      tolerate(log, {
        code: "dangling_ref",
        issue: "unknown_ref",
        path: pathOf(path),
        message: `No component or service has bom-ref "${ref}"`,
        action: "the dependency is dropped",
      });
    }
    return index;
  };
  (dependencies ?? []).forEach((dependency, i) => {
    const from = find(dependency.ref, docPath(undefined, "dependencies", i, "ref"));
    for (const key of ["dependsOn", "provides"] as const) {
      (dependency[key] ?? []).forEach((ref, j) => {
        const path = docPath(undefined, "dependencies", i, key, j);
        const to = find(ref, path);
        if (from !== undefined && to !== undefined) addEdge(graph, from, to, path);
      });
    }
  });
}
