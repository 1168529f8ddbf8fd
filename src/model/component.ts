import * as z from "zod/mini";
import { ComponentTypeInputSchema } from "../vocabulary/component-types.js";

const text = z.string().check(z.trim(), z.minLength(1));

/** Identifiers of a component or a party: `fccId`, `lei`, `purl`, `cpe`, `swid`, or any other scheme. */
export const IdentifiersSchema = z.record(z.string().check(z.minLength(1)), z.string());

/** Identifiers keyed by scheme, such as `{ fccId: "QISEM770W" }`. */
export type Identifiers = z.output<typeof IdentifiersSchema>;

/**
 * A party named on a component: a plain name, or a name with identifiers (such as `email`),
 * its `kind` when the document says (an `organization` or a `person`: a person's name never
 * matches a covered entity by name) and, for imported documents, where the name came from
 * (such as `cyclonedx:publisher`), which findings repeat.
 */
export const PartySchema = z.union([
  text,
  z.strictObject({
    name: text,
    identifiers: z.optional(IdentifiersSchema),
    origin: z.optional(z.string().check(z.minLength(1))),
    kind: z.optional(z.enum(["organization", "person"])),
  }),
]);

/** A company named on a component. */
export type Party = z.output<typeof PartySchema>;

export type { ComponentType } from "../vocabulary/component-types.js";
export { ComponentTypeSchema } from "../vocabulary/component-types.js";

/** Free attributes a policy can read, such as `{ canRouteUserData: false, modelYear: 2027 }`. */
export const AttributesSchema = z.record(
  z.string().check(z.minLength(1)),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

/** Free attributes of a component. */
export type Attributes = z.output<typeof AttributesSchema>;

/** A reference to a component defined elsewhere in the same product by its `id` (a shared sub-assembly). */
export const ComponentRefSchema = z.strictObject({ ref: text });

/** A reference to a shared sub-assembly. */
export type ComponentRef = z.output<typeof ComponentRefSchema>;

/** The fields of one component without its children. */
export const ComponentFieldsSchema = z.strictObject({
  name: text,
  id: z.optional(text),
  type: z.optional(ComponentTypeInputSchema),
  manufacturer: z.optional(PartySchema),
  supplier: z.optional(PartySchema),
  brand: z.optional(PartySchema),
  identifiers: z.optional(IdentifiersSchema),
  countryOfOrigin: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, "Expected an ISO 3166-1 alpha-2 country code such as CN")),
  ),
  categories: z.optional(z.array(text)),
  attributes: z.optional(AttributesSchema),
});

/** One component node as read one level at a time: children are checked when they are reached. */
export const ComponentNodeSchema = z.extend(ComponentFieldsSchema, {
  components: z.optional(z.array(z.unknown())),
});

/**
 * A component: a device, module, chip, firmware, software, app or service, with its parts.
 * A child is either a component or `{ ref: id }` naming a component defined elsewhere.
 */
export const ComponentSchema = z.extend(ComponentFieldsSchema, {
  get components() {
    return z.optional(z.array(z.union([ComponentSchema, ComponentRefSchema])));
  },
});

/** A component and its parts. */
export type Component = z.output<typeof ComponentSchema>;

/**
 * A product: the root component. `shared` holds sub-assemblies that several parts refer to
 * by `{ ref: id }` (the DAG form); they count only where they are referenced.
 */
export const ProductSchema = z.extend(ComponentSchema, {
  shared: z.optional(z.array(ComponentSchema)),
});

/** A product: the root of a component tree or DAG. */
export type Product = z.output<typeof ProductSchema>;
