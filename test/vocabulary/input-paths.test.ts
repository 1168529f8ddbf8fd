// Categories and types are read through their vocabularies on every way in: a hand-made
// product, CycloneDX JSON and XML (`vendorgate:category`), and the CLI. (SPDX 2 and 3 carry no
// categories; their package purposes map to types inside the readers.)
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { bundledRegistry, evaluate, importText, type Report } from "../../src/index.js";
import { clockAt, fakeIo, tempFiles } from "../cli/helpers.js";

const registry = bundledRegistry();
const options = {
  registry,
  policies: ["us-ndaa-889"],
  asOf: "2021-01-01",
  context: {
    buyer: { sector: "government" as const, jurisdiction: "US" },
    use: "procurement",
    purpose: "public-safety",
  },
};

const cycloneDxJson = (category: string) =>
  JSON.stringify({
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 1,
    metadata: {
      component: {
        type: "device",
        "bom-ref": "cam",
        name: "Dome camera",
        manufacturer: { name: "Hangzhou Hikvision Digital Technology Co., Ltd." },
        properties: [{ name: "vendorgate:category", value: category }],
      },
    },
  });

const cycloneDxXml = (category: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
  <metadata>
    <component type="device" bom-ref="cam">
      <manufacturer><name>Hangzhou Hikvision Digital Technology Co., Ltd.</name></manufacturer>
      <name>Dome camera</name>
      <properties><property name="vendorgate:category">${category}</property></properties>
    </component>
  </metadata>
</bom>
`;

const product = (category: string) =>
  JSON.stringify({
    name: "Dome camera",
    type: "hardware",
    manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
    categories: [category],
  });

const outcome = (report: Report) => ({
  verdict: report.verdict,
  findings: report.findings.map((f) => [f.ruleId, f.entity?.id, f.verdict]),
});

describe.each([
  ["a hand-made product", product, ["categories", 0]],
  ["CycloneDX JSON", cycloneDxJson, ["categories", 0]],
  ["CycloneDX XML", cycloneDxXml, ["categories", 0]],
])("%s", (_label, write, path) => {
  it("reads a synonym as its category: the same verdict and findings, and a warning", () => {
    const canonical = evaluate(importText(write("video-surveillance")), options);
    expect(canonical.verdict).toBe("prohibited");
    const synonym = evaluate(importText(write("IP Camera")), options);
    expect(outcome(synonym)).toEqual(outcome(canonical));
    expect(synonym.warnings).toContainEqual({
      code: "category_synonym",
      path,
      message:
        'Category "IP Camera" is a synonym of "video-surveillance" in the category vocabulary: read as the vocabulary\'s category',
    });
  });

  it("warns about an unknown category, naming the closest", () => {
    // The rule reads categories as written (a list naming no covered category is outside it),
    // so the warning is what tells the reader that the value was not understood.
    const report = evaluate(importText(write("video survelliance")), options);
    const warning = report.warnings?.find((w) => w.code === "unknown_category");
    expect(warning?.message).toMatch(/closest known category is "video-surveillance"/);
  });
});

describe("vendorgate check", () => {
  it("reads a synonym on a hand-made product, and prints the warning", async () => {
    const { path } = tempFiles({ "camera.json": product("CCTV") });
    const flags = ["--policy", "us-ndaa-889", "--as-of", "2021-01-01"];
    const context = [
      "--buyer-sector",
      "government",
      "--buyer-jurisdiction",
      "US",
      "--purpose",
      "public-safety",
    ];
    const run = async (format: string) => {
      const io = fakeIo();
      const code = await runCli(
        ["check", path("camera.json"), ...flags, ...context, "--format", format],
        io,
        { registry, now: clockAt("2021-01-01") },
      );
      return { code, stdout: io.out.join("") };
    };
    const json = await run("json");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.verdict).toBe("prohibited");
    expect(report.warnings?.map((w) => w.code)).toEqual(["type_synonym", "category_synonym"]);
    const text = await run("text");
    expect(text.stdout).toContain('Category "CCTV" is a synonym of "video-surveillance"');
  });
});
