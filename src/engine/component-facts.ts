import type { EntityHit, PartyField } from "../logic/facts.js";
import type { Party } from "../model/component.js";
import type { IsoDate } from "../model/date.js";
import {
  type EntityIndex,
  inForceOn,
  type MatchTarget,
  matchIdentifier,
  matchName,
} from "../names/entity-index.js";
import type { GraphNode } from "./product-graph.js";

const none: readonly EntityHit[] = Object.freeze([]);
const nameFields = ["manufacturer", "brand", "supplier"] as const;

function addHits(
  hits: EntityHit[] | undefined,
  targets: readonly MatchTarget[],
  matched: string,
  field: string,
  party: PartyField,
  asOf: IsoDate,
  origin?: string,
): EntityHit[] | undefined {
  for (const target of targets) {
    if (!inForceOn(target, asOf)) continue;
    hits ??= [];
    hits.push({
      entityId: target.entityId,
      matched,
      via: target.via,
      alias: target.alias,
      field,
      party,
      ...(target.affiliate ? { affiliate: target.affiliate.name } : {}),
      ...(origin !== undefined ? { origin } : {}),
    });
  }
  return hits;
}

function partyHits(
  hits: EntityHit[] | undefined,
  index: EntityIndex,
  party: Party,
  field: PartyField,
  asOf: IsoDate,
): EntityHit[] | undefined {
  if (typeof party === "string")
    return addHits(hits, matchName(index, party), party, field, field, asOf);
  let out = addHits(
    hits,
    matchName(index, party.name),
    party.name,
    field,
    field,
    asOf,
    party.origin,
  );
  for (const [scheme, value] of Object.entries(party.identifiers ?? {})) {
    out = addHits(
      out,
      matchIdentifier(index, scheme, value),
      value,
      `${field}.identifiers.${scheme}`,
      field,
      asOf,
      party.origin,
    );
  }
  return out;
}

/** The covered entities found on one component, in force on `asOf`, in field order. */
export function entityHits(
  node: GraphNode,
  index: EntityIndex,
  asOf: IsoDate,
  readNames: boolean,
): readonly EntityHit[] {
  let hits: EntityHit[] | undefined;
  for (const field of nameFields) {
    const party = node.parties[field];
    if (party !== undefined) hits = partyHits(hits, index, party, field, asOf);
  }
  const identifiers = node.view.identifiers;
  if (identifiers) {
    for (const scheme in identifiers) {
      const value = identifiers[scheme] as string;
      hits = addHits(
        hits,
        matchIdentifier(index, scheme, value),
        value,
        `identifiers.${scheme}`,
        "identifiers",
        asOf,
      );
    }
  }
  if (readNames)
    hits = addHits(hits, matchName(index, node.view.name), node.view.name, "name", "name", asOf);
  return hits ?? none;
}
