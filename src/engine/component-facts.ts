import type { EntityHit, NodeFacts, PartyField } from "../logic/facts.js";
import type { Party } from "../model/component.js";
import type { IsoDate } from "../model/date.js";
import {
  type EntityIndex,
  inForceOn,
  type MatchTarget,
  type NameMatch,
  sightIdentifier,
  sightName,
} from "../names/entity-index.js";
import type { GraphNode, ProductGraph } from "./product-graph.js";
import type { SharedIndex } from "./shared-index.js";

/** An index target found on a component, before dates and policies are considered. */
export interface Sighting {
  readonly match: NameMatch;
  readonly matched: string;
  readonly field: string;
  readonly party: PartyField;
  readonly origin?: string;
}

/**
 * What every policy of an evaluation sees of a product's components, looked up once. Parts that
 * give the same maker alone share one list of sightings.
 */
export interface ProductSightings {
  /** Per component, its sightings (an empty list for most). */
  readonly sightings: readonly (readonly Sighting[])[];
  /** Per component, which name parties it gives, as a mask of `partyBits`. */
  readonly present: Uint8Array;
  /** The components with sightings, in node order. */
  readonly sighted: readonly number[];
  /** The name parties every component gives, as a mask of `partyBits`. */
  readonly presentInAll: number;
  /** Per component without sightings: its facts, the same for every policy (made on first use). */
  readonly plainFacts: (NodeFacts | undefined)[];
}

// A product parsed once and evaluated again keeps its components' plain facts.
const plainFactsByGraph = new WeakMap<ProductGraph, (NodeFacts | undefined)[]>();

/** The bit of each name party in `ProductSightings.present` and in guard masks. */
export const partyBits: Readonly<Record<PartyField, number>> = {
  manufacturer: 1,
  brand: 2,
  supplier: 4,
  identifiers: 0,
  name: 0,
};

const nothing: readonly never[] = Object.freeze([]);

function add(
  out: Sighting[] | undefined,
  matches: readonly NameMatch[],
  matched: string,
  field: string,
  party: PartyField,
  origin: string | undefined,
  reviewOnly = false,
): Sighting[] | undefined {
  if (matches.length === 0) return out;
  out ??= [];
  for (let match of matches) {
    if (reviewOnly && !match.reviewOnly) match = { ...match, reviewOnly: true };
    out.push(
      origin === undefined
        ? { match, matched, field, party }
        : { match, matched, field, party, origin },
    );
  }
  return out;
}

function sightParty(
  out: Sighting[] | undefined,
  index: EntityIndex,
  party: Party,
  field: "manufacturer" | "brand" | "supplier",
): Sighting[] | undefined {
  if (typeof party === "string")
    return add(out, sightName(index, party), party, field, field, undefined);
  // A person's name is not a company's: "Dahua Lin" is not Dahua. Their identifiers still count.
  if (party.kind !== "person")
    out = add(out, sightName(index, party.name), party.name, field, field, party.origin);
  if (party.identifiers) {
    // A person at a covered entity's domain is a lead, not proof of who made the part.
    const person = party.kind === "person";
    for (const scheme in party.identifiers) {
      const value = party.identifiers[scheme] as string;
      const matches = sightIdentifier(index, scheme, value);
      const at = `${field}.identifiers.${scheme}`;
      out = add(out, matches, value, at, field, party.origin, person);
    }
  }
  return out;
}

function sightNode(
  node: GraphNode,
  index: EntityIndex,
  readNames: boolean,
  byMaker: Map<string, readonly Sighting[]>,
): readonly Sighting[] {
  let out: Sighting[] | undefined;
  const { manufacturer, brand, supplier } = node.parties;
  // Most parts name only who made them: the parts of one covered maker share their sightings
  // (when their names, if read, are nobody's).
  if (
    typeof manufacturer === "string" &&
    brand === undefined &&
    supplier === undefined &&
    node.view.identifiers === undefined &&
    (!readNames || sightName(index, node.view.name).length === 0)
  ) {
    const matches = sightName(index, manufacturer);
    if (matches.length === 0) return nothing;
    let found = byMaker.get(manufacturer);
    if (found === undefined) {
      found = add(out, matches, manufacturer, "manufacturer", "manufacturer", undefined) ?? nothing;
      byMaker.set(manufacturer, found);
    }
    return found;
  }
  if (manufacturer !== undefined) out = sightParty(out, index, manufacturer, "manufacturer");
  if (brand !== undefined) out = sightParty(out, index, brand, "brand");
  if (supplier !== undefined) out = sightParty(out, index, supplier, "supplier");
  const identifiers = node.view.identifiers;
  if (identifiers) {
    for (const scheme in identifiers) {
      const value = identifiers[scheme] as string;
      const matches = sightIdentifier(index, scheme, value);
      out = add(out, matches, value, `identifiers.${scheme}`, "identifiers", undefined);
    }
  }
  if (readNames) {
    const name = node.view.name;
    out = add(out, sightName(index, name), name, "name", "name", undefined);
  }
  return out ?? nothing;
}

/** Looks up every component's parties, identifiers (and names, if read) in the shared index once. */
export function sightProduct(graph: ProductGraph, shared: SharedIndex): ProductSightings {
  const nodes = graph.nodes;
  const sightings: (readonly Sighting[])[] = new Array(nodes.length);
  const present = new Uint8Array(nodes.length);
  const sighted: number[] = [];
  let presentInAll = partyBits.manufacturer | partyBits.brand | partyBits.supplier;
  const byMaker = new Map<string, readonly Sighting[]>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as GraphNode;
    const found = shared.empty
      ? nothing
      : sightNode(node, shared.index, shared.readsNames, byMaker);
    sightings[i] = found;
    if (found.length > 0) sighted.push(i);
    const view = node.view;
    const mask =
      (view.manufacturer !== undefined ? partyBits.manufacturer : 0) |
      (view.brand !== undefined ? partyBits.brand : 0) |
      (view.supplier !== undefined ? partyBits.supplier : 0);
    present[i] = mask;
    presentInAll &= mask;
  }
  let plainFacts = plainFactsByGraph.get(graph);
  if (plainFacts === undefined) {
    plainFacts = new Array(nodes.length);
    plainFactsByGraph.set(graph, plainFacts);
  }
  return { sightings, present, sighted, presentInAll, plainFacts };
}

/** The facts of a component without sightings: no hits, whatever the policy; made once per product. */
export function plainFactsOf(
  sightings: ProductSightings,
  graph: ProductGraph,
  index: number,
): NodeFacts {
  let facts = sightings.plainFacts[index];
  if (facts === undefined) {
    facts = { view: (graph.nodes[index] as GraphNode).view, hits: nothing };
    sightings.plainFacts[index] = facts;
  }
  return facts;
}

/**
 * The covered entities one policy finds on a component, in force on `asOf`, in field order:
 * its own targets only (`member`), and names only when the policy reads them.
 */
export function hitsOf(
  sightings: readonly Sighting[],
  member: ReadonlySet<MatchTarget> | undefined,
  readNames: boolean,
  asOf: IsoDate,
): readonly EntityHit[] {
  if (sightings.length === 0) return nothing;
  let hits: EntityHit[] | undefined;
  let weak: EntityHit[] | undefined;
  for (const { match, matched, field, party, origin } of sightings) {
    const target = match.target;
    if (member !== undefined && !member.has(target)) continue;
    if (party === "name" && !readNames) continue;
    if (!inForceOn(target, asOf)) continue;
    // Optional fields set one by one, in the same order: spreading each would copy the hit again.
    const hit: { -readonly [K in keyof EntityHit]: EntityHit[K] } = {
      entityId: target.entityId,
      matched,
      via: match.via,
      alias: target.alias,
      field,
      party,
    };
    if (target.affiliate) hit.affiliate = target.affiliate.name;
    if (origin !== undefined) hit.origin = origin;
    if (match.scheme !== undefined) hit.scheme = match.scheme;
    if (match.disguise !== undefined) hit.disguise = match.disguise;
    if (match.similarity !== undefined) hit.similarity = match.similarity;
    if (match.reviewOnly) hit.reviewOnly = true;
    // Firm evidence first: a rule reports the first hit on its entities.
    if (hit.reviewOnly) {
      weak ??= [];
      weak.push(hit);
    } else {
      hits ??= [];
      hits.push(hit);
    }
  }
  if (weak) return hits ? [...hits, ...weak] : weak;
  return hits ?? nothing;
}
