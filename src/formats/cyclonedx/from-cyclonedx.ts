import type { Product } from "../../model/component.js";
import type { DocumentInput, FormatReader } from "../format-reader.js";
import type { ImportLog } from "../import-log.js";
import {
  type ImportOptions,
  type ResolvedImportOptions,
  resolveImportOptions,
} from "../import-options.js";
import { importWith } from "../import-with.js";
import { addIssue } from "../issue-list.js";
import type { PartGraph } from "../part-graph.js";
import { zodIssues } from "../zod-issues.js";
import { safeParse } from "../zod-parse.js";
import { readDependencies } from "./read-dependencies.js";
import { readParts } from "./read-parts.js";
import { CycloneDxBomSchema } from "./schema.js";

function mentions(value: unknown, pattern: RegExp): boolean {
  return typeof value === "string" && pattern.test(value);
}

/** Whether a parsed JSON value is a CycloneDX BOM: it has a `bomFormat` or a CycloneDX `$schema`. */
export function isCycloneDxJson(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.hasOwn(record, "bomFormat") || mentions(record.$schema, /cyclonedx\.org/i);
}

/** Reads a CycloneDX BOM in its JSON shape (also what the XML reader makes) into a part graph. */
export function readCycloneDxGraph(
  json: unknown,
  options: ResolvedImportOptions,
  log: ImportLog,
): PartGraph | undefined {
  const parsed = safeParse(CycloneDxBomSchema, json);
  if (!parsed.success) {
    for (const issue of zodIssues(parsed.error.issues, [])) addIssue(log.issues, issue);
    return undefined;
  }
  const graph = readParts(parsed.data, options, log);
  if (log.issues.length === 0) readDependencies(graph, parsed.data.dependencies, log);
  return graph;
}

/** The CycloneDX JSON reader (1.2 to 1.7). */
export const cycloneDxJsonReader: FormatReader = {
  format: "cyclonedx",
  refusal: "The CycloneDX BOM cannot be imported",
  detects: (input: DocumentInput) => input.kind === "json" && isCycloneDxJson(input.value),
  read: (input, options, log) =>
    input.kind === "json" ? readCycloneDxGraph(input.value, options, log) : undefined,
};

/**
 * Imports a CycloneDX JSON BOM (1.2 to 1.7) as a product. `metadata.component` is the product
 * (without one, a part named "BOM" holds the BOM's top-level parts); nested `components` and
 * `services` are parts of the part they are nested in; each `dependsOn` and `provides` in
 * `dependencies` makes the named part a part of the one that depends on it; a part with
 * several parents becomes a shared sub-assembly (`{ ref }` and `shared`), and a part with none
 * becomes a part of the product. A cycle in the dependency graph is broken at the edge that
 * closes it (or refused, with `dependencyCycles: "error"`). `bom-ref` is each part's `id`, so
 * findings name it as `componentId`. Quirks real producers emit are accepted with a warning
 * (passed to `options.onWarning`; refused with `strict: true`). Throws `VendorgateError`
 * listing every problem with its path in the BOM.
 * @example
 * const product = fromCycloneDX(JSON.parse(text));
 * evaluate(product, { registry, policies: ["jp-gov-procurement"], asOf: "2019-06-01", context });
 */
export function fromCycloneDX(json: unknown, options?: ImportOptions): Product {
  const resolved = resolveImportOptions(options);
  return importWith(cycloneDxJsonReader, { kind: "json", value: json }, resolved).product;
}
