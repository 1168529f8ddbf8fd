import type * as z from "zod/mini";
import { type ComponentNodeSchema, ComponentTypeSchema } from "../model/component.js";
import { isForbiddenKey } from "../util/forbidden-keys.js";

type ParsedNode = z.output<typeof ComponentNodeSchema>;

const types = new Set<string>(ComponentTypeSchema.options);

// A switch over the keys compares interned strings by identity: faster than a Set of them.
function isNodeKey(key: string): boolean {
  switch (key) {
    case "name":
    case "id":
    case "type":
    case "manufacturer":
    case "supplier":
    case "brand":
    case "identifiers":
    case "countryOfOrigin":
    case "categories":
    case "attributes":
    case "components":
      return true;
    default:
      return false;
  }
}

function isPartyKey(key: string): boolean {
  return key === "name" || key === "identifiers" || key === "origin" || key === "kind";
}
const country = /^[A-Z]{2}$/;

/** What the fast path checks beyond the schema. */
export interface FastNodeOptions {
  /** Texts longer than this take the slow path (which reports them). */
  readonly maxTextLength: number;
}

/** Whether a value is a text the schema's trimmed, non-empty text keeps unchanged. */
export function isText(value: unknown): boolean {
  // Exactly what the schema's trimmed, non-empty text keeps unchanged. Printable ASCII at both
  // ends is not white space; anything else there is left to `trim` to judge.
  if (typeof value !== "string" || value.length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return true;
  return value.trim() === value;
}

/** Whether a value is a list of texts the schema keeps unchanged (no holes). */
export function isTextList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  // A plain loop, not `every`: a hole in a sparse list must count as missing text.
  for (let i = 0; i < value.length; i++) if (!isText(value[i])) return false;
  return true;
}

const has = (value: unknown) => (value === undefined ? 0 : 1);

/** How many of a node's fields hold a value, hidden (not enumerable) ones included. */
function nodeFields(raw: Record<string, unknown>): number {
  return (
    has(raw.name) +
    has(raw.id) +
    has(raw.type) +
    has(raw.manufacturer) +
    has(raw.supplier) +
    has(raw.brand) +
    has(raw.identifiers) +
    has(raw.countryOfOrigin) +
    has(raw.categories) +
    has(raw.attributes) +
    has(raw.components)
  );
}

/** Whether a value is an object made as JSON makes them: not an array, prototype Object or null. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a value is one of the component types, spelt as the schema keeps it. */
export function isComponentType(value: unknown): boolean {
  return typeof value === "string" && types.has(value);
}

/** Whether a value is a country code the schema accepts. */
export function isCountry(value: unknown): boolean {
  return typeof value === "string" && country.test(value);
}

/** Checks of single field values that the schema keeps unchanged, within a text limit. */
export interface FieldChecks {
  /** A trimmed, non-empty text within the limit (names and ids). */
  readonly isShortText: (value: unknown) => boolean;
  /** A party: a short text, or an object with the party schema's keys only. */
  readonly isParty: (value: unknown) => boolean;
  /** A record of identifiers. */
  readonly isIdentifiers: (value: unknown) => boolean;
  /** A record of attributes (texts, finite numbers, booleans, null). */
  readonly isAttributes: (value: unknown) => boolean;
}

/** The field checks of the fast path, for a text limit (longer texts take the slow path). */
export function fieldChecks(maxTextLength: number): FieldChecks {
  const isShortText = (value: unknown) =>
    isText(value) && (value as string).length <= maxTextLength;
  const isIdentifier = (v: unknown) => typeof v === "string" && v.length <= maxTextLength;
  const isAttribute = (v: unknown) =>
    v === null ||
    (typeof v === "string" && v.length <= maxTextLength) ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v));
  const isRecordOf = (value: unknown, item: (v: unknown) => boolean): boolean => {
    if (!isPlainRecord(value)) return false;
    for (const key in value) {
      if (key === "" || isForbiddenKey(key) || !item(value[key])) return false;
    }
    return true;
  };
  const isIdentifiers = (value: unknown) => isRecordOf(value, isIdentifier);
  const isParty = (value: unknown): boolean => {
    if (isShortText(value)) return true;
    if (!isPlainRecord(value)) return false;
    let listed = 0;
    for (const key in value) {
      if (!isPartyKey(key) || value[key] === undefined) return false;
      listed++;
    }
    // A field that is there but not listed (not enumerable) is left to the schema.
    if (has(value.name) + has(value.identifiers) + has(value.origin) + has(value.kind) !== listed)
      return false;
    if (value.kind !== undefined && value.kind !== "organization" && value.kind !== "person")
      return false;
    if (!isShortText(value.name)) return false;
    if (value.identifiers !== undefined && !isIdentifiers(value.identifiers)) return false;
    return (
      value.origin === undefined || (typeof value.origin === "string" && value.origin.length > 0)
    );
  };
  return {
    isShortText,
    isParty,
    isIdentifiers,
    isAttributes: (value) => isRecordOf(value, isAttribute),
  };
}

/**
 * A check that returns the node itself when it already is exactly what `ComponentNodeSchema`
 * would return (the common case) and within the text limit, so it needs no copy; `undefined`
 * when the schema must look at it (to transform it, or to say what is wrong with it).
 */
export function fastNodeCheck({
  maxTextLength,
}: FastNodeOptions): (raw: unknown) => ParsedNode | undefined {
  const { isShortText, isParty, isIdentifiers, isAttributes } = fieldChecks(maxTextLength);
  return (raw) => {
    if (!isPlainRecord(raw)) return undefined;
    let listed = 0;
    for (const key in raw) {
      if (!isNodeKey(key) || raw[key] === undefined) return undefined;
      listed++;
    }
    // A field that is there but not listed (not enumerable) is left to the schema.
    if (nodeFields(raw) !== listed) return undefined;
    if (!isShortText(raw.name)) return undefined;
    if (raw.id !== undefined && !isShortText(raw.id)) return undefined;
    if (raw.type !== undefined && !isComponentType(raw.type)) return undefined;
    if (raw.manufacturer !== undefined && !isParty(raw.manufacturer)) return undefined;
    if (raw.supplier !== undefined && !isParty(raw.supplier)) return undefined;
    if (raw.brand !== undefined && !isParty(raw.brand)) return undefined;
    if (raw.identifiers !== undefined && !isIdentifiers(raw.identifiers)) return undefined;
    if (raw.countryOfOrigin !== undefined && !isCountry(raw.countryOfOrigin)) return undefined;
    if (raw.categories !== undefined && !isTextList(raw.categories)) return undefined;
    if (raw.attributes !== undefined && !isAttributes(raw.attributes)) return undefined;
    if (raw.components !== undefined && !Array.isArray(raw.components)) return undefined;
    return raw as ParsedNode;
  };
}

/** `fastNodeCheck` with no text limit. */
export const fastNode = fastNodeCheck({ maxTextLength: Number.POSITIVE_INFINITY });
