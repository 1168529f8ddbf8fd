import { readdirSync, readFileSync } from "node:fs";
import type { Component, Product } from "../../src/index.js";

type Child = NonNullable<Component["components"]>[number];

/** The shared public example inputs, outside the repository (see its README). */
export const fixturesDir = new URL("../../../shared/fixtures/", import.meta.url);

/** The HBOMs under examples/boms/. */
export const bomsDir = new URL("../../examples/boms/", import.meta.url);

/** Reads a JSON file under a directory. */
export function readJson(dir: URL, path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, dir), "utf8"));
}

/** Reads a shared fixture, such as `cyclonedx/sbom-keycloak-10.0.2.json`. */
export function readFixture(path: string): unknown {
  return readJson(fixturesDir, path);
}

/** The JSON files in a fixture folder, sorted. */
export function fixtureFiles(folder: string): string[] {
  return readdirSync(new URL(`${folder}/`, fixturesDir))
    .filter((name) => name.endsWith(".json"))
    .sort();
}

function isRef(child: Child): child is { ref: string } {
  return "ref" in child;
}

/** Every distinct component of a product (shared ones once), found without recursion. */
export function partsOf(product: Product): Component[] {
  const parts: Component[] = [];
  const work: Component[] = [product, ...(product.shared ?? [])];
  while (work.length > 0) {
    const part = work.pop() as Component;
    parts.push(part);
    for (const child of part.components ?? []) if (!isRef(child)) work.push(child);
  }
  return parts;
}

/** The part with an id; fails the test when there is none. */
export function part(product: Product, id: string): Component {
  const found = partsOf(product).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no part with id ${id}`);
  return found;
}

/** A part's children as names, with shared ones as `ref:<id>`. */
export function childrenOf(component: Component): string[] {
  return (component.components ?? []).map((child) =>
    isRef(child) ? `ref:${child.ref}` : child.name,
  );
}

/** How many parts list each party origin as the manufacturer's (`none` when there is none). */
export function manufacturerOrigins(parts: readonly Component[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const { manufacturer } of parts) {
    const origin =
      manufacturer === undefined
        ? "none"
        : typeof manufacturer === "string"
          ? "plain"
          : (manufacturer.origin ?? "plain");
    tally[origin] = (tally[origin] ?? 0) + 1;
  }
  return tally;
}

/**
 * How many components and services a CycloneDX BOM declares, counted from the raw JSON (not by
 * the importer): `metadata.component` and everything nested in `components` and `services`.
 */
export function declaredParts(bom: unknown): number {
  const root = bom as {
    metadata?: { component?: unknown };
    components?: unknown[];
    services?: unknown[];
  };
  let count = 0;
  const work: unknown[] = [
    ...(root.metadata?.component ? [root.metadata.component] : []),
    ...(root.components ?? []),
    ...(root.services ?? []),
  ];
  while (work.length > 0) {
    const item = work.pop() as { components?: unknown[]; services?: unknown[] };
    count++;
    work.push(...(item.components ?? []), ...(item.services ?? []));
  }
  return count;
}

/** A small CycloneDX 1.6 BOM around the given top-level components and fields. */
export function bom(components: object[], extra: object = {}): Record<string, unknown> {
  return { bomFormat: "CycloneDX", specVersion: "1.6", version: 1, components, ...extra };
}

/** A library component with a bom-ref equal to its name. */
export function lib(name: string, extra: object = {}): Record<string, unknown> {
  return { type: "library", "bom-ref": name, name, ...extra };
}
