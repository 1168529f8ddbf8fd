/** One element of an SPDX 3 `@graph`, as read: plain JSON, checked field by field. */
export type Spdx3Element = Record<string, unknown>;

/** An element's type: `type` (the 3.0 context's alias) or `@type`. */
export function typeOf(element: Spdx3Element): string {
  const type = element.type ?? element["@type"];
  return typeof type === "string" ? type : "";
}

/** An element's id: `spdxId` (the 3.0 context's alias) or `@id`. */
export function idOf(element: Spdx3Element): string | undefined {
  const id = element.spdxId ?? element["@id"];
  return typeof id === "string" && id.trim() !== "" ? id : undefined;
}

/** A text field, or undefined. */
export function textOf(element: Spdx3Element, key: string): string | undefined {
  const value = element[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** A field that holds one id or a list of them (or inline objects), as a list. */
export function listOf(element: Spdx3Element, key: string): unknown[] {
  const value = element[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Package types: `software_Package` and its subclasses (AI and dataset packages). */
const packageTypes = new Set([
  "software_Package",
  "ai_AIPackage",
  "dataset_DatasetPackage",
  "Package",
  "AIPackage",
  "DatasetPackage",
]);

/** Whether an element is a package (a part). */
export function isPackage(element: Spdx3Element): boolean {
  return packageTypes.has(typeOf(element));
}

/** Agent types and the SPDX 2 prefix of each (none for a tool or unknown agent). */
export const agentKinds: ReadonlyMap<string, "Organization" | "Person" | undefined> = new Map([
  ["Organization", "Organization"],
  ["Person", "Person"],
  ["Agent", undefined],
  ["SoftwareAgent", undefined],
  ["Tool", undefined],
]);

/** Whether an element is a relationship. */
export function isRelationship(element: Spdx3Element): boolean {
  const type = typeOf(element);
  return type === "Relationship" || type === "LifecycleScopedRelationship";
}
