import * as z from "zod/mini";
import { defineSchema } from "../../util/define-schema.js";
import { describeValue } from "../describe-value.js";

/** The SPDX versions vendorgate reads (JSON); 2.2 is read the same way as 2.3. */
export const spdxVersions = ["SPDX-2.2", "SPDX-2.3"] as const;

const nonBlank = (what: string) =>
  z
    .string({ error: `${what} needs a name` })
    .check(z.refine((text) => text.trim() !== "", `${what} needs a name, not an empty one`));

/** What the SPDX specification allows as an element id: `SPDXRef-` then letters, digits, "." or "-". */
export const spdxIdPattern = /^SPDXRef-[A-Za-z0-9.-]+$/;

/**
 * An element id within the document, such as `SPDXRef-Package`: any non-blank text, as real
 * tools write ids outside `spdxIdPattern` (older syft: "/" inside, or no `SPDXRef-`); the
 * reader warns about those (and refuses them under `strict`).
 */
export const SpdxIdSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .string({ error: "Expected an SPDXID" })
    .check(z.refine((text) => text.trim() !== "", "An SPDXID must not be empty")),
);

/** SPDX 2.3 package purposes, mapped to vendorgate component types in `from-spdx.ts`. */
export const SpdxPurposeSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum([
    "APPLICATION",
    "FRAMEWORK",
    "LIBRARY",
    "CONTAINER",
    "OPERATING-SYSTEM",
    "DEVICE",
    "FIRMWARE",
    "SOURCE",
    "ARCHIVE",
    "FILE",
    "INSTALL",
    "OTHER",
  ]),
);

/** An external reference of a package; vendorgate reads `purl`, `cpe23Type`, `cpe22Type`, `swid`. */
export const SpdxExternalRefSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    referenceType: z.string(),
    referenceLocator: z.string(),
  }),
);

/** One package as vendorgate reads it. */
export const SpdxPackageSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    SPDXID: SpdxIdSchema,
    name: nonBlank("A package"),
    versionInfo: z.optional(z.string()),
    supplier: z.optional(z.string()),
    originator: z.optional(z.string()),
    externalRefs: z.optional(z.array(SpdxExternalRefSchema)),
    primaryPackagePurpose: z.optional(SpdxPurposeSchema),
  }),
);

/** One SPDX package. */
export type SpdxPackage = z.output<typeof SpdxPackageSchema>;

/** A file or snippet: only its id is read, to recognise relationships that involve it. */
export const SpdxElementSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({ SPDXID: SpdxIdSchema }),
);

/** One relationship between two elements. */
export const SpdxRelationshipSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    spdxElementId: z.string({ error: "A relationship needs an spdxElementId" }),
    relationshipType: z.string({ error: "A relationship needs a relationshipType" }),
    relatedSpdxElement: z.string({ error: "A relationship needs a relatedSpdxElement" }),
  }),
);

/** One SPDX relationship. */
export type SpdxRelationship = z.output<typeof SpdxRelationshipSchema>;

/** An SPDX 2.x JSON document, as vendorgate reads it. */
export const SpdxDocumentSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    spdxVersion: z.enum(spdxVersions, {
      error: (issue) =>
        issue.input === undefined
          ? "An SPDX document needs an spdxVersion (vendorgate reads SPDX 2.2 and 2.3 JSON)"
          : `SPDX version ${describeValue(issue.input)} is not supported: vendorgate reads SPDX 2.2 and 2.3 JSON`,
    }),
    SPDXID: z.string({ error: "The document needs an SPDXID (SPDXRef-DOCUMENT)" }),
    name: nonBlank("The document"),
    documentDescribes: z.optional(z.array(z.string())),
    packages: z.optional(z.array(SpdxPackageSchema)),
    files: z.optional(z.array(SpdxElementSchema)),
    snippets: z.optional(z.array(SpdxElementSchema)),
    relationships: z.optional(z.array(SpdxRelationshipSchema)),
  }),
);

/** An SPDX document. */
export type SpdxDocument = z.output<typeof SpdxDocumentSchema>;
