// CycloneDX 1.6 `metadata.manufacturer` (the BOM's maker) is read for the product's maker even
// when the document names only people as its authors: every 1.6 document of ../shared/outside-boms
// with `metadata.manufacturer` set to a covered company gives that company's finding.
import { describe, expect, it } from "vitest";
import { bundledRegistry, evaluate, fromCycloneDX } from "../../src/index.js";
import { outsideFiles, outsideText } from "./outside-boms.js";

const registry = bundledRegistry();
const cycloneDx16 = outsideFiles().filter((name) => {
  let bom: { bomFormat?: string; specVersion?: string; metadata?: { component?: unknown } };
  try {
    bom = JSON.parse(outsideText(name));
  } catch {
    return false;
  }
  return bom.bomFormat === "CycloneDX" && bom.specVersion === "1.6" && bom.metadata?.component;
});

describe("metadata.manufacturer in the real CycloneDX 1.6 documents", () => {
  it("finds the documents to test", () => {
    expect(cycloneDx16.length).toBeGreaterThanOrEqual(3);
    expect(cycloneDx16).toContain("cdx-npm-juice-shop-flat-1.6.cdx.json");
  });

  it.each(cycloneDx16)("%s: a covered BOM maker is the product's maker's finding", (name) => {
    const bom = JSON.parse(outsideText(name));
    bom.metadata.manufacturer = { name: "Huawei Technologies Co., Ltd." };
    const product = fromCycloneDX(bom);
    const report = evaluate(product, {
      registry,
      policies: ["jp-gov-procurement"],
      asOf: "2019-06-01",
      context: { buyer: { sector: "government", jurisdiction: "JP" } },
      limits: { maxComponents: 1_000_000 },
    });
    const huawei = report.findings.filter((f) => f.entity?.id === "huawei");
    expect(huawei.map((f) => f.path.length)).toContain(1);
    expect(report.verdict).not.toBe("allowed");
  });
});
