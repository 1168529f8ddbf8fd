import type { Party } from "../../model/component.js";
import type { CycloneDxBom, CycloneDxComponent, CycloneDxService } from "./schema.js";

type Metadata = NonNullable<CycloneDxBom["metadata"]>;

/** A name a document gives for a party, and the field it came from. */
interface Candidate {
  readonly name: string | undefined;
  readonly origin: string;
}

/** The parties of one part: the one that made it and, when the document says, its supplier. */
export interface CycloneDxParties {
  manufacturer?: Party;
  supplier?: Party;
}

function firstParty(candidates: readonly Candidate[]): Party | undefined {
  for (const { name, origin } of candidates) {
    const text = name?.trim();
    if (text) return { name: text, origin };
  }
  return undefined;
}

function firstAuthor(component: CycloneDxComponent): string | undefined {
  return component.authors?.find((author) => author.name?.trim())?.name;
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
 * For the BOM's own subject (`metadata.component`), `metadata.manufacture` and
 * `metadata.supplier` stand in for the component's missing `manufacturer` and `supplier`.
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
    { name: firstAuthor(component), origin: "cyclonedx:authors" },
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

/** The parties of a BOM without `metadata.component`: `metadata.manufacture` and `metadata.supplier`. */
export function metadataParties(metadata: Metadata | undefined): CycloneDxParties {
  const supplier = firstParty([
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
  ]);
  const manufacturer = firstParty([
    { name: metadata?.manufacture?.name, origin: "cyclonedx:metadata.manufacture" },
    { name: metadata?.supplier?.name, origin: "cyclonedx:metadata.supplier" },
  ]);
  return withParties(manufacturer, supplier);
}
