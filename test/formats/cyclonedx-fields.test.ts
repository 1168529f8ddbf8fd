import { describe, expect, it } from "vitest";
import { type Component, fromCycloneDX, VendorgateError } from "../../src/index.js";
import { bom } from "./helpers.js";

const property = (name: string, value?: string) =>
  value === undefined ? { name } : { name, value };
const only = (fields: object): Component =>
  fromCycloneDX(bom([{ type: "device", name: "Modem", ...fields }])).components?.[0] as Component;

function issues(json: unknown) {
  try {
    fromCycloneDX(json);
  } catch (error) {
    if (error instanceof VendorgateError) return error.issues;
    throw error;
  }
  throw new Error("expected the BOM to be refused");
}

describe("fromCycloneDX fields", () => {
  it("keeps bom-ref as the id, the type, and version, group and scope as attributes", () => {
    expect(
      only({
        "bom-ref": "pkg:npm/%40types/node@14.0.0",
        type: "library",
        group: "@types",
        name: "node",
        version: "14.0.0",
        scope: "optional",
      }),
    ).toEqual({
      name: "@types/node",
      id: "pkg:npm/%40types/node@14.0.0",
      type: "library",
      manufacturer: { name: "@types", origin: "cyclonedx:group" },
      attributes: { version: "14.0.0", group: "@types", scope: "optional" },
    });
  });

  it("keeps names readable: only an npm scope is put in front", () => {
    expect(only({ group: "org.keycloak", name: "keycloak-core" }).name).toBe("keycloak-core");
    expect(only({ group: "@angular", name: "core" }).name).toBe("@angular/core");
    expect(only({ name: "  LTE module  " }).name).toBe("LTE module");
  });

  it("reads cpe, purl, swid, omniborId and swhid as identifiers", () => {
    expect(
      only({
        cpe: "cpe:2.3:h:huawei:me909s-120:-:*:*:*:*:*:*:*",
        purl: "pkg:generic/me909s@1",
        swid: { tagId: "swidgen-1", name: "Modem" },
        omniborId: ["gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64", "other"],
        swhid: ["swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2"],
      }).identifiers,
    ).toEqual({
      cpe: "cpe:2.3:h:huawei:me909s-120:-:*:*:*:*:*:*:*",
      purl: "pkg:generic/me909s@1",
      swid: "swidgen-1",
      omniborId: "gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64",
      swhid: "swh:1:cnt:94a9ed024d3859793618152ea559a168bbcbb5e2",
    });
  });

  it("reads device certifications and GS1 numbers from the cdx:device taxonomy", () => {
    expect(
      only({
        properties: [
          property("cdx:device:certifications:US:FCC:id", "QISME909S-120"),
          property("cdx:device:certifications:CA:ISED:id", "6369A-ME909S120"),
          property("cdx:device:gs1:gtin-12", "822348522712"),
          property("cdx:device:gs1:gtin-14", "00822348522712"),
          property("cdx:device:gs1:gmn", "ME909S-120"),
          property("cdx:device:function", "cellular modem"),
        ],
      }).identifiers,
    ).toEqual({
      fccId: "QISME909S-120",
      "certification:CA:ISED": "6369A-ME909S120",
      gtin: "00822348522712",
      gmn: "ME909S-120",
    });
  });

  it("pairs cdx:deviceInfo certification ids with their authorities", () => {
    expect(
      only({
        properties: [
          property("cdx:deviceInfo:certifications:authority", "FCC"),
          property("cdx:deviceInfo:certifications:id", "QISME909S-120"),
          property("cdx:deviceInfo:certifications:authority", "CE"),
          property("cdx:deviceInfo:certifications:id", "CE-0700"),
        ],
      }).identifiers,
    ).toEqual({ fccId: "QISME909S-120", "certification:CE": "CE-0700" });
  });

  it("reads vendorgate's own properties: country, categories, brand, identifiers, attributes", () => {
    expect(
      only({
        properties: [
          property("vendorgate:countryOfOrigin", "cn"),
          property("vendorgate:category", "telecommunications-equipment"),
          property("vendorgate:category", "mobile-app"),
          property("vendorgate:brand", "Honor"),
          property("vendorgate:identifier:lei", "529900T8BM49AURSDO55"),
          property("vendorgate:attribute:canRouteUserData", "false"),
          property("vendorgate:attribute:modelYear", "2019"),
        ],
      }),
    ).toEqual({
      name: "Modem",
      type: "device",
      brand: { name: "Honor", origin: "cyclonedx:vendorgate:brand" },
      identifiers: { lei: "529900T8BM49AURSDO55" },
      countryOfOrigin: "CN",
      categories: ["telecommunications-equipment", "mobile-app"],
      attributes: { canRouteUserData: false, modelYear: "2019" },
    });
  });

  it("refuses a misspelt vendorgate property, a bad country and clashing values, at their paths", () => {
    expect(
      issues(
        bom([
          {
            type: "device",
            name: "Modem",
            purl: "pkg:generic/a@1",
            properties: [
              property("vendorgate:countryoforigin", "CN"),
              property("vendorgate:countryOfOrigin", "China"),
              property("cdx:device:certifications:US:FCC:id", "QISME909S-120"),
              property("vendorgate:identifier:fccId", "2AKN7-NX7"),
              property("vendorgate:identifier:purl", "pkg:generic/b@1"),
              property("vendorgate:attribute:__proto__", "x"),
              property("vendorgate:category"),
            ],
          },
        ]),
      ),
    ).toEqual([
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 0, "name"],
        message: expect.stringMatching(/^Unknown vendorgate property "vendorgate:countryoforigin"/),
      },
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 1, "value"],
        message:
          'vendorgate:countryOfOrigin must be an ISO 3166-1 alpha-2 code such as CN, not "China"',
      },
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 3, "value"],
        message:
          'identifiers.fccId is given twice with different values ("QISME909S-120" and "2AKN7-NX7"); a part has one',
      },
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 4, "value"],
        message:
          'identifiers.purl is given twice with different values ("pkg:generic/a@1" and "pkg:generic/b@1"); a part has one',
      },
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 5, "value"],
        message: '"__proto__" is not allowed as a key',
      },
      {
        code: "invalid_input",
        path: ["components", 0, "properties", 6, "value"],
        message: "The property vendorgate:category needs a value",
      },
    ]);
  });

  it("imports every CycloneDX type as the vendorgate type of the same name, services as service", () => {
    const types = [
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
    ];
    const product = fromCycloneDX(
      bom(
        types.map((type) => ({ type, name: type })),
        { services: [{ name: "api" }] },
      ),
    );
    expect(product.components?.map((child) => ("type" in child ? child.type : undefined))).toEqual([
      ...types,
      "service",
    ]);
  });
});
