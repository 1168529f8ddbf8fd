// The HBOMs under examples/boms/, checked with the bundled policies the way a ministry would.
import { describe, expect, it } from "vitest";
import { bundledRegistry, evaluate, fromCycloneDX } from "../../src/index.js";
import { bomsDir, partsOf, readJson } from "./helpers.js";

const options = {
  registry: bundledRegistry(),
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};
const check = (file: string) => evaluate(fromCycloneDX(readJson(bomsDir, file)), options);

describe("the example HBOMs under jp-gov-procurement on 2019-06-01", () => {
  it("imports the router: 14 parts (counted with jq), the OpenSSL two apps need shared once", () => {
    const product = fromCycloneDX(readJson(bomsDir, "router-lte-hbom.cdx.json"));
    expect(partsOf(product)).toHaveLength(14);
    expect(product.shared?.map((shared) => shared.id)).toEqual(["openssl"]);
    expect(product).toMatchObject({
      manufacturer: { name: "Kansai Network Devices K.K.", origin: "cyclonedx:manufacturer" },
      supplier: { name: "Tokyo IT Distribution Co., Ltd.", origin: "cyclonedx:metadata.supplier" },
      countryOfOrigin: "JP",
      categories: ["telecommunications-equipment"],
      identifiers: { fccId: "2AKN7-NX7" },
    });
  });

  it("restricts the router for its Huawei LTE module and the module's firmware, by bom-ref", () => {
    const report = check("router-lte-hbom.cdx.json");
    expect(report.verdict).toBe("restricted");
    expect(report.dataGaps).toEqual([]);
    expect(
      report.findings.map((f) => ({
        path: f.path,
        componentId: f.componentId,
        ruleId: f.ruleId,
        entity: f.entity,
      })),
    ).toEqual([
      {
        path: ["NX-7 Branch Router", "LTE modem assembly", "LTE module ME909s-120"],
        componentId: "lte-module-me909s",
        ruleId: "reported-target-parts",
        entity: {
          id: "huawei",
          matched: "Huawei Technologies Co., Ltd.",
          via: "name",
          alias: "Huawei Technologies Company",
          field: "manufacturer",
          origin: "cyclonedx:manufacturer",
        },
      },
      {
        path: [
          "NX-7 Branch Router",
          "LTE modem assembly",
          "LTE module ME909s-120",
          "ME909s firmware",
        ],
        componentId: "lte-module-firmware",
        ruleId: "reported-target-parts",
        entity: {
          id: "huawei",
          matched: "Huawei Technologies Co., Ltd.",
          via: "name",
          alias: "Huawei Technologies Company",
          field: "manufacturer",
          origin: "cyclonedx:publisher",
        },
      },
    ]);
  });

  it("finds the module by its FCC grantee code QIS when the BOM names no maker", () => {
    const json = readJson(bomsDir, "router-lte-hbom.cdx.json") as {
      components: { components?: { manufacturer?: unknown; supplier?: unknown }[] }[];
    };
    const lte = json.components[1]?.components?.[0] as Record<string, unknown>;
    delete lte.manufacturer;
    delete lte.supplier;
    delete lte.components;
    delete lte.cpe; // its CPE names Huawei too (vendor huawei): leave the FCC ID alone
    const report = evaluate(fromCycloneDX(json), options);
    expect(
      report.findings.map((f) => [
        f.componentId,
        f.entity?.via,
        f.entity?.field,
        f.entity?.matched,
      ]),
    ).toEqual([["lte-module-me909s", "identifier", "identifiers.fccId", "QISME909S-120"]]);
  });

  it("restricts the camera for its HiSilicon SoC and SDK, the SDK on both paths that need it", () => {
    const report = check("camera-hisilicon-hbom.cdx.json");
    expect(report.verdict).toBe("restricted");
    // The shared SDK is one finding with both of its paths.
    expect(
      report.findings.flatMap((f) =>
        (f.paths ?? [f.path]).map((path) => [
          path.join(" > "),
          f.componentId,
          f.entity?.via,
          f.entity?.affiliate,
          f.entity?.origin,
        ]),
      ),
    ).toEqual([
      [
        "KD-420 dome camera > Camera main board > Image SoC Hi3516DV300",
        "soc-hi3516dv300",
        "affiliate",
        "HiSilicon",
        "cyclonedx:supplier",
      ],
      [
        "KD-420 dome camera > KD-420 firmware > Hi3516 MPP SDK",
        "hisi-mpp-sdk",
        "affiliate",
        "HiSilicon",
        "cyclonedx:publisher",
      ],
      [
        "KD-420 dome camera > KD-420 firmware > Line-crossing analytics > Hi3516 MPP SDK",
        "hisi-mpp-sdk",
        "affiliate",
        "HiSilicon",
        "cyclonedx:publisher",
      ],
    ]);
  });

  it("puts the camera's lens, which no dependency names, directly under the camera", () => {
    const product = fromCycloneDX(readJson(bomsDir, "camera-hisilicon-hbom.cdx.json"));
    expect(partsOf(product)).toHaveLength(9);
    expect(product.manufacturer).toEqual({
      name: "Hoshizora Security K.K.",
      origin: "cyclonedx:metadata.manufacture",
    });
    expect(product.components?.map((child) => ("name" in child ? child.name : child.ref))).toEqual([
      "Camera main board",
      "KD-420 firmware",
      "Varifocal lens 2.8-12 mm",
    ]);
  });
});
