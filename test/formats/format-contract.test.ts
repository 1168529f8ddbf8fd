// The shared importer suite: every registered format passes it (see docs/importers.md). A new
// format is a folder, a line in src/formats/readers.ts, and a writer in format-cases.ts.
import { describe, expect, it } from "vitest";
import { resolveImportOptions } from "../../src/formats/import-options.js";
import { importWith } from "../../src/formats/import-with.js";
import { formatReaders, readerFor } from "../../src/formats/readers.js";
import { type Component, type Product, VendorgateError } from "../../src/index.js";
import { formatCases } from "./format-cases.js";
import { factsOf } from "./outside-boms.js";

const lenient = resolveImportOptions({});
const strict = resolveImportOptions({ strict: true });

function read(input: Parameters<typeof importWith>[1], options = lenient) {
  const reader = readerFor(input);
  if (!reader) throw new Error("no reader detects the input");
  return { reader, ...importWith(reader, input, options) };
}

/**
 * What differs legitimately between formats is left out: ids (bom-ref, SPDXID, IRI) and each
 * party's `origin` (the field it came from); CycloneDX leaves an organisation's `kind` unset
 * where SPDX says `Organization:`, so only `person` is compared.
 */
function normalised(product: Product): string[] {
  const copy = structuredClone(product);
  const work: Component[] = [copy, ...(copy.shared ?? [])];
  while (work.length > 0) {
    const part = work.pop() as Component;
    for (const key of ["manufacturer", "supplier"] as const) {
      const party = part[key];
      if (party && typeof party !== "string") {
        delete party.origin;
        if (party.kind === "organization") delete party.kind;
      }
    }
    for (const child of part.components ?? []) if (!("ref" in child)) work.push(child);
  }
  return factsOf(copy, { ids: false });
}

const reference = normalised(read(formatCases[0]!.write({ dangling: false })).product);

describe("every format reader", () => {
  it("has a case in the shared suite", () => {
    expect(formatCases.map((c) => c.format).sort()).toEqual(
      formatReaders.map((reader) => reader.format).sort(),
    );
  });

  describe.each(formatCases)("$format", (format) => {
    const input = format.write({ dangling: false });

    it("is detected by content, and only its own documents are", () => {
      expect(formatReaders.filter((reader) => reader.detects(input)).map((r) => r.format)).toEqual([
        format.format,
      ]);
    });

    it("gives the same product as every other format", () => {
      const { product, warnings } = read(input);
      expect(warnings).toEqual([]);
      expect(normalised(product)).toEqual(reference);
      expect(product.name).toBe("Router");
      expect(product.shared?.map((part) => part.name)).toEqual(["Modem"]);
    });

    it("keeps the person apart, with the e-mail", () => {
      const modem = read(input).product.shared?.[0];
      expect(modem?.manufacturer).toMatchObject({
        name: "Jane Roe",
        kind: "person",
        identifiers: { email: "jane@example.org" },
      });
    });

    it("refuses a broken document with its refusal line, not a crash", () => {
      const broken = format.broken();
      const reader = readerFor(broken);
      expect(reader?.format).toBe(format.format);
      expect(() => importWith(reader!, broken, lenient)).toThrow(VendorgateError);
      try {
        importWith(reader!, broken, lenient);
      } catch (error) {
        expect((error as VendorgateError).message.split("\n")[0]).toBe(reader?.refusal);
      }
    });

    it("warns about a dependency on a part nobody declares (lenient) and refuses it (strict)", () => {
      const dangling = format.write({ dangling: true });
      const { product, warnings } = read(dangling);
      expect(normalised(product)).toEqual(reference);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ code: "dangling_ref" });
      expect(warnings[0]?.path.length).toBeGreaterThan(0);
      expect(() => read(dangling, strict)).toThrow(VendorgateError);
      try {
        read(dangling, strict);
      } catch (error) {
        expect((error as VendorgateError).issues).toEqual([
          expect.objectContaining({ code: "unknown_ref", path: warnings[0]?.path }),
        ]);
      }
    });
  });
});
