import type { Attributes, Identifiers } from "../model/component.js";
import { isForbiddenKey } from "../util/forbidden-keys.js";

/** What a rule sees of one component: party names as plain strings, no children. */
export interface ComponentView {
  name: string;
  id?: string;
  type?: string;
  manufacturer?: string;
  supplier?: string;
  brand?: string;
  identifiers?: Identifiers;
  countryOfOrigin?: string;
  categories?: readonly string[];
  /**
   * Vocabulary categories that a misspelt category value may mean (`video survelliance`):
   * `in_category` asking for one of them is unknown rather than false. Not a field rules read.
   */
  categorySlips?: readonly string[];
  attributes?: Attributes;
}

/** The shape of what a condition may read, used to check `var` paths when compiling. */
export type ViewShape =
  | { kind: "leaf"; array?: "of-strings" | "of-components" }
  | { kind: "record" }
  | { kind: "object"; fields: Readonly<Record<string, ViewShape>> };

const leaf: ViewShape = { kind: "leaf" };
const record: ViewShape = { kind: "record" };

/** The fields of a component view. */
export const componentShape: ViewShape = {
  kind: "object",
  fields: {
    name: leaf,
    id: leaf,
    type: leaf,
    manufacturer: leaf,
    supplier: leaf,
    brand: leaf,
    identifiers: record,
    countryOfOrigin: leaf,
    categories: { kind: "leaf", array: "of-strings" },
    attributes: record,
  },
};

/** The fields of the context view. */
export const contextShape: ViewShape = {
  kind: "object",
  fields: {
    asOf: leaf,
    buyer: {
      kind: "object",
      fields: { sector: leaf, jurisdiction: leaf, body: leaf },
    },
    use: leaf,
    purpose: leaf,
    phase: leaf,
    attributes: record,
  },
};

/** What a rule condition sees: the component, the product root, the context, and its place in the tree. */
export const ruleShape: ViewShape = {
  kind: "object",
  fields: {
    component: componentShape,
    product: componentShape,
    context: contextShape,
    depth: leaf,
    ancestors: { kind: "leaf", array: "of-components" },
  },
};

/** What a policy's scope sees: only the context. */
export const scopeShape: ViewShape = { kind: "object", fields: { context: contextShape } };

/** A primitive array element, read with `{"var": ""}`. */
export const elementShape: ViewShape = leaf;

/** Why a `var` path cannot be read from a shape, or undefined when it can. */
export function checkVarPath(shape: ViewShape, path: string): string | undefined {
  if (path === "") return shape.kind === "leaf" ? undefined : "an empty path reads the whole view";
  const segments = path.split(".");
  let current: ViewShape = shape;
  for (const [i, segment] of segments.entries()) {
    if (isForbiddenKey(segment)) return `"${segment}" is not a readable field`;
    if (current.kind === "record") {
      return i === segments.length - 1
        ? undefined
        : `"${segments.slice(0, i).join(".")}.${segment}" is too deep`;
    }
    if (current.kind === "leaf") return `"${segments.slice(0, i).join(".")}" has no fields`;
    const next: ViewShape | undefined = Object.hasOwn(current.fields, segment)
      ? current.fields[segment]
      : undefined;
    if (!next) {
      const known = Object.keys(current.fields).join(", ");
      return `"${segment}" is not a field here (known: ${known})`;
    }
    current = next;
  }
  return undefined;
}

/** The shape a path leads to (the path must have passed `checkVarPath`). */
export function shapeAt(shape: ViewShape, path: string): ViewShape {
  let current = shape;
  for (const segment of path.split(".")) {
    if (current.kind !== "object") return { kind: "leaf" };
    current = current.fields[segment] ?? { kind: "leaf" };
  }
  return current;
}

/**
 * Reads a dotted path, split once beforehand (`path.split(".")`; the empty path reads the data
 * itself, so never pass it here), from a view made of own properties only.
 */
export function readSegments(data: unknown, segments: readonly string[]): unknown {
  let current: unknown = data;
  for (const segment of segments) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
