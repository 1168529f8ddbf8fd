import type { Party } from "../../model/component.js";
import type { CycloneDxBom, CycloneDxComponent, CycloneDxService } from "./schema.js";

type Metadata = NonNullable<CycloneDxBom["metadata"]>;

/** A name a document gives for a party, the field it came from, and what it says of it. */
interface Candidate {
  readonly name: string | undefined;
  readonly origin: string;
  /** `person` for CycloneDX contacts (`authors`), which are people, not companies. */
  readonly kind?: "person";
  readonly email?: string | undefined;
}

/** The parties of one part: the one that made it and, when the document says, its supplier. */
export interface CycloneDxParties {
  manufacturer?: Party;
  supplier?: Party;
}

function firstParty(candidates: readonly Candidate[]): Party | undefined {
  for (const { name, origin, kind, email } of candidates) {
    const text = name?.trim();
    if (!text) continue;
    const party: Exclude<Party, string> = { name: text, origin };
    if (kind) party.kind = kind;
    if (email?.trim()) party.identifiers = { email: email.trim() };
    return party;
  }
  return undefined;
}

function firstAuthor(component: CycloneDxComponent): Candidate {
  const author = component.authors?.find((candidate) => candidate.name?.trim());
  return { name: author?.name, origin: "cyclonedx:authors", kind: "person", email: author?.email };
}

/**
 * `metadata.manufacturer` (1.6+) is the organisation that made the BOM, which is usually but
 * not always the product's maker: it comes after what the document says of the product's
 * maker, supplier and publisher, and before the people who wrote it (`authors`, `author`), so
 * that a covered company named there is not hidden behind a person's name.
 */
function bomMaker(metadata: Metadata | undefined): Candidate {
  return { name: metadata?.manufacturer?.name, origin: "cyclonedx:metadata.manufacturer" };
}

function withParties(manufacturer: Party | undefined, supplier: Party | undefined) {
  const parties: CycloneDxParties = {};
  if (manufacturer) parties.manufacturer = manufacturer;
  if (supplier) parties.supplier = supplier;
  return parties;
}

/**
 * The parties of a component. The manufacturer is the first of `manufacturer` (1.6+),
 * `supplier`, `publisher`, `authors` (1.6+), `author` and `group` that has a name, with the
 * field it came from as its `origin` (`cyclonedx:publisher`, ...); the supplier is `supplier`.
 * An author from `authors` is a person (`kind: "person"`, with its `email` as an identifier):
 * a person's name never matches a company's. For the BOM's own subject (`metadata.component`),
 * `metadata.manufacture` and `metadata.supplier` stand in for the component's missing
 * `manufacturer` and `supplier`, and `metadata.manufacturer` (1.6+, the BOM's maker) comes after
 * `publisher`, before the authors.
 */
export function componentParties(
  component: CycloneDxComponent,
  metadata?: Metadata,
): CycloneDxParties {
  const supplier = firstParty([
    { name: component.supplier?.name, origin: "cyclonedx:supplier" },
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
  ]);
  const manufacturer = firstParty([
    { name: component.manufacturer?.name, origin: "cyclonedx:manufacturer" },
    { name: metadata?.manufacture?.name, origin: "cyclonedx:metadata.manufacture" },
    { name: component.supplier?.name, origin: "cyclonedx:supplier" },
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
    { name: component.publisher, origin: "cyclonedx:publisher" },
    ...(metadata ? [bomMaker(metadata)] : []),
    firstAuthor(component),
    { name: component.author, origin: "cyclonedx:author" },
    { name: component.group, origin: "cyclonedx:group" },
  ]);
  return withParties(manufacturer, supplier);
}

/** The parties of a service: its `provider`, else its `group`. */
export function serviceParties(service: CycloneDxService): CycloneDxParties {
  const manufacturer = firstParty([
    { name: service.provider?.name, origin: "cyclonedx:provider" },
    { name: service.group, origin: "cyclonedx:group" },
  ]);
  return withParties(manufacturer, undefined);
}

/**
 * The parties of a BOM without `metadata.component`: `metadata.manufacture`, else
 * `metadata.supplier`, else `metadata.manufacturer` (the BOM's maker) as the manufacturer.
 */
export function metadataParties(metadata: Metadata | undefined): CycloneDxParties {
  const supplier = firstParty([
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
  ]);
  const manufacturer = firstParty([
    { name: metadata?.manufacture?.name, origin: "cyclonedx:metadata.manufacture" },
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
    bomMaker(metadata),
  ]);
  return withParties(manufacturer, supplier);
}
