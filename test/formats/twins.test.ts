// One BOM in two forms gives one product: CycloneDX XML and JSON, SPDX tag-value and JSON,
// SPDX 3 and SPDX 2 (the pairs ../shared/outside-boms/SOURCES.md names, read from there).
import { describe, expect, it } from "vitest";
import type { Component, Product } from "../../src/index.js";
import { factsOf, importOutside } from "./outside-boms.js";

type Normalise = (part: Component) => void;

/** Leaves out `attributes.scope`: the dropwizard XML writes `<scope>required</scope>` on every component and its JSON twin none. */
const withoutScope: Normalise = (part) => {
  if (part.attributes) delete part.attributes.scope;
  if (part.attributes && Object.keys(part.attributes).length === 0) delete part.attributes;
};

/**
 * Names an element of another document by its own id: SPDX 2 writes
 * `DocumentRef-go-lib:SPDXRef-Package-go.fmt`, SPDX 3 the IRI `...go-lib-v2#SPDXRef-Package-go.fmt`.
 */
const externalById: Normalise = (part) => {
  if (part.attributes?.externalDocument === true) part.name = part.name.replace(/^.*[#:]/, "");
};

const twins: { form: string; twin: string; ids: boolean; normalise?: Normalise }[] = [
  // CycloneDX XML and JSON: ids (bom-ref) are the same in both.
  {
    form: "cdx-xml-cern-lhc-vdm-editor.cdx.xml",
    twin: "cdx-examples-cern-lhc-vdm-editor.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-dropwizard-1.3.15.cdx.xml",
    twin: "cdx-examples-dropwizard-1.3.15.cdx.json",
    ids: true,
    normalise: withoutScope,
  },
  {
    form: "cdx-xml-laravel-7.12.0-1.2.cdx.xml",
    twin: "cdx-xml-laravel-7.12.0-1.2.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-laravel-7.12.0-1.3.cdx.xml",
    twin: "cdx-xml-laravel-7.12.0-1.3.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-laravel-7.12.0-1.4.cdx.xml",
    twin: "cdx-xml-laravel-7.12.0-1.4.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-npm-bundled-deps-bare-1.5.cdx.xml",
    twin: "cdx-npm-bundled-deps-bare-1.5.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-npm-bundled-deps-bare-1.6.cdx.xml",
    twin: "cdx-xml-npm-bundled-deps-bare-1.6.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-proton-bridge-1.8.0.cdx.xml",
    twin: "cdx-xml-proton-bridge-1.8.0.cdx.json",
    ids: true,
  },
  {
    form: "cdx-xml-protonmail-webclient.cdx.xml",
    twin: "cdx-examples-protonmail-webclient.cdx.json",
    ids: true,
  },
  // SPDX tag-value and JSON: SPDXIDs are the same in both.
  { form: "spdx-tv-flux-syft.spdx", twin: "shelter-flux-syft.spdx.json", ids: true },
  { form: "spdx-tv-julia-manual.spdx", twin: "shelter-julia-manual.spdx.json", ids: true },
  {
    form: "spdx-tv-powershell-sbomtool.spdx",
    twin: "shelter-powershell-sbomtool.spdx.json",
    ids: true,
  },
  { form: "spdx-tv-kustomizer-syft.spdx", twin: "spdx-tv-kustomizer-syft.spdx.json", ids: true },
  {
    form: "shelter-grype-modified-tagvalue.spdx.json",
    twin: "shelter-grype-syft.spdx.json",
    ids: true,
  },
  // SPDX 3 and SPDX 2: ids differ by design (IRIs against SPDXRef- names), so they are left out.
  {
    form: "spdx-examples-appbomination.spdx3.json",
    twin: "spdx-examples-appbomination.spdx.json",
    ids: false,
  },
  {
    form: "spdx-examples-example6-bin.spdx3.json",
    twin: "spdx-tv-example6-bin.spdx",
    ids: false,
    normalise: externalById,
  },
  {
    form: "spdx-examples-examplemaven-enriched.spdx3.json",
    twin: "spdx-examples-examplemaven-enriched.spdx.json",
    ids: false,
  },
  {
    form: "spdx-examples-hello-src.spdx3.json",
    twin: "spdx-examples-hello-src.spdx.json",
    ids: false,
  },
];

function product(name: string, normalise?: Normalise): Product {
  const { product } = importOutside(name);
  if (normalise) {
    const work: Component[] = [product, ...(product.shared ?? [])];
    while (work.length > 0) {
      const part = work.pop() as Component;
      normalise(part);
      for (const child of part.components ?? []) if (!("ref" in child)) work.push(child);
    }
  }
  return product;
}

describe("twin documents (one BOM in two forms)", () => {
  it.each(twins)("$form gives the product $twin gives", ({ form, twin, ids, normalise }) => {
    const a = factsOf(product(form, normalise), { ids });
    const b = factsOf(product(twin, normalise), { ids });
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it("compares parties, identifiers and the tree, so a real difference would show", () => {
    const a = factsOf(product("cdx-xml-laravel-7.12.0-1.4.cdx.xml"), { ids: true });
    const b = factsOf(product("cdx-xml-laravel-7.12.0-1.3.cdx.json"), { ids: true });
    expect(a.join("\n")).toContain('"origin":"cyclonedx:author"');
    const dropwizard = factsOf(product("cdx-xml-dropwizard-1.3.15.cdx.xml"), { ids: true });
    const json = factsOf(product("cdx-examples-dropwizard-1.3.15.cdx.json"), { ids: true });
    expect(dropwizard).not.toEqual(json); // the scopes, before they are normalised away
    expect(a).toEqual(b); // 1.3 and 1.4 of laravel list the same parts
  });
});
