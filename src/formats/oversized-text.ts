import type { Party } from "../model/component.js";
import type { PartFields } from "./part-graph.js";

function partyName(party: Party | undefined): string | undefined {
  return typeof party === "string" ? party : party?.name;
}

/** The first field of a part whose text is longer than `limit` characters, by its product name. */
export function oversizedField(fields: PartFields, limit: number): string | undefined {
  const texts: [string, string | undefined][] = [
    ["name", fields.name],
    ["id", fields.id],
    ["manufacturer", partyName(fields.manufacturer)],
    ["supplier", partyName(fields.supplier)],
    ["brand", partyName(fields.brand)],
  ];
  for (const [key, value] of Object.entries(fields.identifiers ?? {}))
    texts.push([`identifiers.${key}`, value]);
  for (const [key, value] of Object.entries(fields.attributes ?? {}))
    if (typeof value === "string") texts.push([`attributes.${key}`, value]);
  for (const category of fields.categories ?? []) texts.push(["categories", category]);
  for (const [field, text] of texts) if (text !== undefined && text.length > limit) return field;
  return undefined;
}
