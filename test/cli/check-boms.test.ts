// vendorgate check on CycloneDX and SPDX documents: detected per file (and per NDJSON line).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { bundledRegistry, type Report } from "../../src/index.js";
import { clockAt, fakeIo, tempFiles } from "./helpers.js";

const registry = bundledRegistry();
const examples = new URL("../../examples/boms/", import.meta.url).pathname;
const fixtures = new URL("../../../shared/fixtures/", import.meta.url).pathname;
const jpFlags = [
  "--policy",
  "jp-gov-procurement",
  "--as-of",
  "2019-06-01",
  "--buyer-sector",
  "government",
  "--buyer-jurisdiction",
  "JP",
];

async function check(files: readonly string[], extra: readonly string[] = []) {
  const io = fakeIo();
  const code = await runCli(["check", ...files, ...jpFlags, ...extra], io, {
    registry,
    now: clockAt("2019-06-01"),
  });
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

describe("vendorgate check with SBOMs and HBOMs", () => {
  it("reads a CycloneDX HBOM and keeps each finding's bom-ref and origin in --format json", async () => {
    const result = await check([`${examples}router-lte-hbom.cdx.json`], ["--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as Report;
    expect(report.verdict).toBe("restricted");
    expect(report.findings.map((f) => [f.componentId, f.entity?.origin])).toEqual([
      ["lte-module-me909s", "cyclonedx:manufacturer"],
      ["lte-module-firmware", "cyclonedx:publisher"],
    ]);
  });

  it("reads an SPDX document and prints each part with its SPDXID", async () => {
    const result = await check([`${fixtures}spdx/acme.spdx-2.3.json`, "--all-gaps"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Acme Applcation [id SPDXRef-Acme]: indeterminate");
    expect(result.stdout).toContain("Acme Applcation > OpenSSL [id SPDXRef-openssl]");
  });

  it("checks a product, a CycloneDX BOM and an SPDX document given together", async () => {
    const result = await check(
      [
        `${examples}../products/clean-laptop.json`,
        `${examples}camera-hisilicon-hbom.cdx.json`,
        `${fixtures}cyclonedx/sbom-keycloak-10.0.2.json`,
        `${fixtures}spdx/sbom-with-dependency.spdx-2.3.json`,
      ],
      ["--format", "json"],
    );
    expect(result.code).toBe(1);
    const verdicts = result.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as Report).verdict);
    expect(verdicts).toEqual(["allowed", "restricted", "allowed", "allowed"]);
  });

  it("reads an NDJSON fleet whose lines are BOMs", async () => {
    const bom = readFileSync(`${examples}router-lte-hbom.cdx.json`, "utf8");
    const spdx = readFileSync(`${fixtures}spdx/acme.spdx-2.3.json`, "utf8");
    const { path } = tempFiles({
      "fleet.ndjson": `${JSON.stringify(JSON.parse(bom))}\n${JSON.stringify(JSON.parse(spdx))}\n`,
    });
    const result = await check([path("fleet.ndjson")], ["--format", "json"]);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
    expect(result.code).toBe(1);
  });

  it("with --strict, refuses a BOM whose dependency names a missing part, with the path, exit 2", async () => {
    const { path } = tempFiles({
      "bad.cdx.json": {
        bomFormat: "CycloneDX",
        specVersion: "1.6",
        components: [{ type: "device", "bom-ref": "board", name: "Board" }],
        dependencies: [{ ref: "board", dependsOn: ["modem"] }],
      },
    });
    const lenient = await check([path("bad.cdx.json")]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain(
      '  ⚠ dangling_ref: dependencies[0].dependsOn[0]: No component or service has bom-ref "modem": the dependency is dropped\n',
    );
    const json = await check([path("bad.cdx.json"), "--format", "json"]);
    expect(JSON.parse(json.stdout).warnings).toEqual([
      {
        code: "dangling_ref",
        path: ["dependencies", 0, "dependsOn", 0],
        message: 'No component or service has bom-ref "modem": the dependency is dropped',
      },
    ]);
    const result = await check([path("bad.cdx.json"), "--strict"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `vendorgate: ${path("bad.cdx.json")}: dependencies[0].dependsOn[0]: No component or service has bom-ref "modem"\n`,
    );
  });

  it("refuses a file that is not JSON, and a bad SPDX tag-value document, with one line", async () => {
    const { path } = tempFiles({
      "bom.json": '{"bomFormat": "CycloneDX", ',
      "sbom.spdx": "SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n",
    });
    const broken = await check([path("bom.json")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/bom\.json: not valid JSON \(/);
    const tagValue = await check([path("sbom.spdx")]);
    expect(tagValue.code).toBe(2);
    expect(tagValue.stderr).toContain(
      `vendorgate: ${path("sbom.spdx")}: 2 problems:\n  ✖ SPDXID: The document needs an SPDXID (SPDXRef-DOCUMENT)\n`,
    );
  });

  it("reads SPDX tag-value and CycloneDX XML, told apart by content whatever the file's name", async () => {
    const { path } = tempFiles({
      "sbom.txt": [
        "SPDXVersion: SPDX-2.3",
        "SPDXID: SPDXRef-DOCUMENT",
        "DocumentName: router",
        "PackageName: Router",
        "SPDXID: SPDXRef-router",
        "PackageSupplier: Organization: Clean Corp",
        "Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-router",
        "",
      ].join("\r\n"),
      "bom.json": [
        '<?xml version="1.0"?>',
        '<bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">',
        '  <metadata><component type="device"><name>Router</name>',
        "    <manufacturer><name>Clean &amp; Co</name></manufacturer></component></metadata>",
        "</bom>",
      ].join("\n"),
    });
    const tagValue = await check([path("sbom.txt")]);
    expect(tagValue.code).toBe(0);
    expect(tagValue.stdout).toMatch(/^Router \[id SPDXRef-router\]: allowed/);
    const xml = await check([path("bom.json"), "--format", "json"]);
    expect(xml.code).toBe(0);
    expect(JSON.parse(xml.stdout).product).toEqual({ name: "Router" });
  });
});
