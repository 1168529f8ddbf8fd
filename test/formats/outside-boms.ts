import { readdirSync, readFileSync } from "node:fs";
import type { DocumentInput } from "../../src/formats/format-reader.js";
import { resolveImportOptions } from "../../src/formats/import-options.js";
import { importWith } from "../../src/formats/import-with.js";
import { readerFor } from "../../src/formats/readers.js";
import type { Component, Product, Warning } from "../../src/index.js";

/** The real SBOMs of ../shared/outside-boms (read there, never copied; see its SOURCES.md). */
export const outsideDir = new URL("../../../shared/outside-boms/", import.meta.url);

/** The documents there, sorted (SOURCES.md left out). */
export function outsideFiles(): string[] {
  return readdirSync(outsideDir)
    .filter((name) => name !== "SOURCES.md")
    .sort();
}

/** A document's text. */
export function outsideText(name: string): string {
  return readFileSync(new URL(name, outsideDir), "utf8");
}

/** A document as a reader's input: JSON when it parses, else text. */
export function outsideInput(name: string): DocumentInput {
  const text = outsideText(name);
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "text", text };
  }
}

/** A document read into a product by the reader its content calls for, with its warnings. */
export function importOutside(name: string): { product: Product; warnings: Warning[] } {
  const input = outsideInput(name);
  const reader = readerFor(input);
  if (!reader) throw new Error(`no reader for ${name}`);
  return importWith(reader, input, resolveImportOptions({}));
}

type Child = NonNullable<Component["components"]>[number];

/**
 * A product as a sorted list of its parts' facts, each child named by its name (and a shared
 * one's by the name of the part it refers to). With `ids: false`, document ids are left out:
 * SPDX 3 ids are IRIs where SPDX 2 writes `SPDXRef-...` names.
 */
export function factsOf(product: Product, options: { ids: boolean }): string[] {
  const byId = new Map<string, Component>();
  const all: Component[] = [];
  const work: Component[] = [product, ...(product.shared ?? [])];
  while (work.length > 0) {
    const part = work.pop() as Component;
    all.push(part);
    if (part.id !== undefined) byId.set(part.id, part);
    for (const child of part.components ?? []) if (!("ref" in child)) work.push(child);
  }
  const childName = (child: Child) =>
    "ref" in child ? `shared:${byId.get(child.ref)?.name}` : child.name;
  return all
    .map((part) => {
      const { components, id, ...fields } = part as Component & { shared?: unknown };
      delete (fields as { shared?: unknown }).shared;
      const children = (components ?? []).map(childName).sort();
      return JSON.stringify({ ...fields, ...(options.ids ? { id } : {}), children });
    })
    .sort();
}
