import { describe, expect, it } from "vitest";
import { fromCycloneDX } from "../../src/index.js";
import { bom } from "./helpers.js";

const device = (fields: object) => ({ type: "device", name: "Modem", ...fields });
const only = (fields: object) => fromCycloneDX(bom([device(fields)])).components?.[0];

describe("fromCycloneDX parties", () => {
  it("takes manufacturer (1.6) first and keeps the supplier as the supplier", () => {
    expect(
      only({
        manufacturer: { name: "Huawei Technologies Co., Ltd." },
        supplier: { name: "Digi-Key Electronics" },
        publisher: "Someone else",
      }),
    ).toMatchObject({
      manufacturer: { name: "Huawei Technologies Co., Ltd.", origin: "cyclonedx:manufacturer" },
      supplier: { name: "Digi-Key Electronics", origin: "cyclonedx:supplier" },
    });
  });

  it("falls back to supplier, publisher, authors, author and group, saying which", () => {
    const cases: [object, string, string][] = [
      [
        { supplier: { name: "Samtec" }, publisher: "P", author: "A" },
        "Samtec",
        "cyclonedx:supplier",
      ],
      [
        { publisher: "Acme Inc", author: "A", group: "com.acme" },
        "Acme Inc",
        "cyclonedx:publisher",
      ],
      [
        { authors: [{ email: "x@y" }, { name: "Jane Roe" }], author: "A" },
        "Jane Roe",
        "cyclonedx:authors",
      ],
      [{ author: "Alexander", group: "asm89" }, "Alexander", "cyclonedx:author"],
      [{ group: "com.huawei.hms" }, "com.huawei.hms", "cyclonedx:group"],
    ];
    for (const [fields, name, origin] of cases) {
      expect(only(fields)).toMatchObject({ manufacturer: { name, origin } });
    }
  });

  it("skips parties without a name, or with a blank one", () => {
    expect(
      only({
        manufacturer: { url: ["https://x.example"] },
        supplier: { name: "  " },
        author: " Ann ",
      }),
    ).toMatchObject({
      manufacturer: { name: "Ann", origin: "cyclonedx:author" },
    });
    expect(only({ supplier: {} })).toEqual({ name: "Modem", type: "device" });
  });

  it("leaves the manufacturer unknown when the BOM names no party", () => {
    expect(only({})).toEqual({ name: "Modem", type: "device" });
  });

  it("reads a service's provider, else its group", () => {
    const product = fromCycloneDX(
      bom([], {
        services: [
          { name: "Ticker", provider: { name: "Partner Org" }, group: "org.partner" },
          { name: "S3", group: "com.amazon" },
        ],
      }),
    );
    expect(product.components).toEqual([
      {
        name: "Ticker",
        type: "service",
        manufacturer: { name: "Partner Org", origin: "cyclonedx:provider" },
        attributes: { group: "org.partner" },
      },
      {
        name: "S3",
        type: "service",
        manufacturer: { name: "com.amazon", origin: "cyclonedx:group" },
        attributes: { group: "com.amazon" },
      },
    ]);
  });

  it("lets metadata.manufacture and metadata.supplier stand in for the product's own", () => {
    const withMetadata = (component: object) =>
      fromCycloneDX(
        bom([], {
          metadata: {
            manufacture: { name: "Maker K.K." },
            supplier: { name: "Reseller K.K." },
            component: { type: "device", name: "Router", ...component },
          },
        }),
      );
    expect(withMetadata({})).toMatchObject({
      manufacturer: { name: "Maker K.K.", origin: "cyclonedx:metadata.manufacture" },
      supplier: { name: "Reseller K.K.", origin: "cyclonedx:metadata.supplier" },
    });
    expect(
      withMetadata({ manufacturer: { name: "Own" }, supplier: { name: "Own supplier" } }),
    ).toMatchObject({
      manufacturer: { name: "Own", origin: "cyclonedx:manufacturer" },
      supplier: { name: "Own supplier", origin: "cyclonedx:supplier" },
    });
  });

  it("names the product BOM when there is no metadata.component, with the metadata's parties", () => {
    expect(fromCycloneDX(bom([], { metadata: { supplier: { name: "Acme, Inc." } } }))).toEqual({
      name: "BOM",
      manufacturer: { name: "Acme, Inc.", origin: "cyclonedx:metadata.supplier" },
      supplier: { name: "Acme, Inc.", origin: "cyclonedx:metadata.supplier" },
    });
  });
});
