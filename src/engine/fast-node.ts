import type { z } from "zod";
import { type ComponentNodeSchema, ComponentTypeSchema } from "../model/component.js";

type ParsedNode = z.output<typeof ComponentNodeSchema>;

const types = new Set<string>(ComponentTypeSchema.options);
const nodeKeys = new Set([
  "name",
  "id",
  "type",
  "manufacturer",
  "supplier",
  "brand",
  "identifiers",
  "countryOfOrigin",
  "categories",
  "attributes",
  "components",
]);
const partyKeys = new Set(["name", "identifiers", "origin"]);
const country = /^[A-Z]{2}$/;

function isText(value: unknown): boolean {
  // Exactly what the schema's trimmed, non-empty text keeps unchanged.
  return typeof value === "string" && value.length > 0 && value.trim() === value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isRecordOf(value: unknown, item: (v: unknown) => boolean): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key === "" || !item(value[key])) return false;
  return true;
}

const isIdentifier = (v: unknown) => typeof v === "string";
const isAttribute = (v: unknown) =>
  v === null ||
  typeof v === "string" ||
  typeof v === "boolean" ||
  (typeof v === "number" && Number.isFinite(v));

function isParty(value: unknown): boolean {
  if (isText(value)) return true;
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!partyKeys.has(key)) return false;
  if (!isText(value.name)) return false;
  if (value.identifiers !== undefined && !isRecordOf(value.identifiers, isIdentifier)) return false;
  return (
    value.origin === undefined || (typeof value.origin === "string" && value.origin.length > 0)
  );
}

/**
 * The node itself when it already is exactly what `ComponentNodeSchema` would return (the common
 * case), so it needs no copy; `undefined` when the schema must look at it (to transform it, or
 * to say what is wrong with it).
 */
export function fastNode(raw: unknown): ParsedNode | undefined {
  if (!isPlainObject(raw)) return undefined;
  for (const key in raw) if (!nodeKeys.has(key) || raw[key] === undefined) return undefined;
  if (!isText(raw.name)) return undefined;
  if (raw.id !== undefined && !isText(raw.id)) return undefined;
  if (raw.type !== undefined && !(typeof raw.type === "string" && types.has(raw.type)))
    return undefined;
  for (const party of [raw.manufacturer, raw.supplier, raw.brand]) {
    if (party !== undefined && !isParty(party)) return undefined;
  }
  if (raw.identifiers !== undefined && !isRecordOf(raw.identifiers, isIdentifier)) return undefined;
  if (
    raw.countryOfOrigin !== undefined &&
    !(typeof raw.countryOfOrigin === "string" && country.test(raw.countryOfOrigin))
  ) {
    return undefined;
  }
  if (
    raw.categories !== undefined &&
    !(Array.isArray(raw.categories) && raw.categories.every(isText))
  )
    return undefined;
  if (raw.attributes !== undefined && !isRecordOf(raw.attributes, isAttribute)) return undefined;
  if (raw.components !== undefined && !Array.isArray(raw.components)) return undefined;
  return raw as ParsedNode;
}
