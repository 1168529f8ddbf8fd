import * as z from "zod/mini";
import { defineSchema } from "../../util/define-schema.js";
import { describeValue } from "../describe-value.js";

/** The CycloneDX versions vendorgate reads: JSON exists from 1.2. */
export const cycloneDxVersions = ["1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] as const;

const supported = `${cycloneDxVersions[0]} to ${cycloneDxVersions[cycloneDxVersions.length - 1]}`;

/** CycloneDX component types (1.2 to 1.7); each is also a vendorgate component type. */
export const CycloneDxComponentTypeSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum(
    [
      "application",
      "framework",
      "library",
      "container",
      "platform",
      "operating-system",
      "device",
      "device-driver",
      "firmware",
      "file",
      "machine-learning-model",
      "data",
      "cryptographic-asset",
    ],
    {
      error: (issue) =>
        issue.input === undefined
          ? "A component needs a type"
          : `Unknown component type ${describeValue(issue.input)}`,
    },
  ),
);

const name = (what: string) =>
  z
    .string({ error: `${what} needs a name` })
    .check(z.refine((text) => text.trim() !== "", `${what} needs a name, not an empty one`));

/** A `bom-ref` or a reference to one: a non-blank string. */
export const BomRefSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .string({ error: "Expected a bom-ref (a string)" })
    .check(z.refine((text) => text.trim() !== "", "A bom-ref must not be empty")),
);

/** An organization (`manufacturer`, `supplier`, `provider`, `metadata.supplier`): its name is read. */
export const OrganizationalEntitySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({ name: z.optional(z.string()) }),
);

/** A person or contact (`authors`): its name and e-mail are read. */
export const OrganizationalContactSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    name: z.optional(z.string()),
    email: z.optional(z.string()),
  }),
);

/** A name-value property; vendorgate reads the names documented in `properties.ts`. */
export const PropertySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    name: z.string({ error: "A property needs a name" }),
    value: z.optional(z.string()),
  }),
);

/** A CycloneDX property. */
export type CycloneDxProperty = z.output<typeof PropertySchema>;

/** One component as vendorgate reads it; its `components` are read one at a time. */
export const CycloneDxComponentSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    type: CycloneDxComponentTypeSchema,
    "bom-ref": z.optional(BomRefSchema),
    name: name("A component"),
    group: z.optional(z.string()),
    version: z.optional(z.string()),
    manufacturer: z.optional(OrganizationalEntitySchema),
    supplier: z.optional(OrganizationalEntitySchema),
    publisher: z.optional(z.string()),
    authors: z.optional(z.array(OrganizationalContactSchema)),
    author: z.optional(z.string()),
    cpe: z.optional(z.string()),
    purl: z.optional(z.string()),
    swid: z.optional(z.object({ tagId: z.string({ error: "A swid needs a tagId" }) })),
    omniborId: z.optional(z.array(z.string())),
    swhid: z.optional(z.array(z.string())),
    scope: z.optional(
      z.enum(["required", "optional", "excluded"], {
        error: (issue) =>
          `Unknown scope ${describeValue(issue.input)} (CycloneDX scopes: required, optional, excluded)`,
      }),
    ),
    isExternal: z.optional(z.boolean()),
    properties: z.optional(z.array(PropertySchema)),
    components: z.optional(z.array(z.unknown())),
  }),
);

/** One CycloneDX component, without its nested components read. */
export type CycloneDxComponent = z.output<typeof CycloneDxComponentSchema>;

/** One service as vendorgate reads it; its `services` are read one at a time. */
export const CycloneDxServiceSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    "bom-ref": z.optional(BomRefSchema),
    name: name("A service"),
    group: z.optional(z.string()),
    version: z.optional(z.string()),
    provider: z.optional(OrganizationalEntitySchema),
    properties: z.optional(z.array(PropertySchema)),
    services: z.optional(z.array(z.unknown())),
  }),
);

/** One CycloneDX service, without its nested services read. */
export type CycloneDxService = z.output<typeof CycloneDxServiceSchema>;

/** One entry of `dependencies`: a part and the parts it depends on or provides. */
export const CycloneDxDependencySchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    ref: z
      .string({ error: "A dependency needs a ref: the bom-ref of the part that depends" })
      .check(z.refine((text) => text.trim() !== "", "A bom-ref must not be empty")),
    dependsOn: z.optional(z.array(BomRefSchema)),
    provides: z.optional(z.array(BomRefSchema)),
  }),
);

/** One entry of a BOM's dependency graph. */
export type CycloneDxDependency = z.output<typeof CycloneDxDependencySchema>;

/** The top of a CycloneDX JSON BOM, as vendorgate reads it; components are read one at a time. */
export const CycloneDxBomSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    bomFormat: z.literal("CycloneDX", { error: 'bomFormat must be "CycloneDX"' }),
    specVersion: z.enum(cycloneDxVersions, {
      error: (issue) =>
        issue.input === undefined
          ? `A CycloneDX BOM needs a specVersion (vendorgate reads CycloneDX JSON ${supported})`
          : `CycloneDX specVersion ${describeValue(issue.input)} is not supported: vendorgate reads CycloneDX JSON ${supported}`,
    }),
    metadata: z.optional(
      z.object({
        component: z.optional(z.unknown()),
        manufacturer: z.optional(OrganizationalEntitySchema),
        manufacture: z.optional(OrganizationalEntitySchema),
        supplier: z.optional(OrganizationalEntitySchema),
      }),
    ),
    components: z.optional(z.array(z.unknown())),
    services: z.optional(z.array(z.unknown())),
    dependencies: z.optional(z.array(CycloneDxDependencySchema)),
  }),
);

/** The top of a CycloneDX BOM. */
export type CycloneDxBom = z.output<typeof CycloneDxBomSchema>;
