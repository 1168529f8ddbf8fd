// Every real SBOM in ../shared/outside-boms imports (read from there, never copied), or is
// refused only because it is not an SBOM at all, with a message that says so.
import { describe, expect, it } from "vitest";
import { importText, VendorgateError } from "../../src/index.js";
import { outsideFiles, outsideText } from "./outside-boms.js";

/** The documents that are not SBOMs (SOURCES.md keeps them as refusal cases). */
const notSboms = new Set([
  "shelter-scanoss-py.cdx.json", // scanoss's own JSON list
  "shelter-epicyon-scanoss.cdx.json", // a scanoss raw scan result
  "shelter-maubot-licenses.spdx.json", // the SPDX license list
]);

const files = outsideFiles();

function refusal(text: string, options?: { strict: boolean }): VendorgateError | undefined {
  try {
    importText(text, options);
  } catch (error) {
    if (error instanceof VendorgateError) return error;
    throw error;
  }
  return undefined;
}

describe("the real SBOMs of ../shared/outside-boms", () => {
  it("are all there (90 documents)", () => {
    expect(files).toHaveLength(90);
  });

  it.each(files.filter((name) => !notSboms.has(name)))("%s imports", (name) => {
    const product = importText(outsideText(name));
    expect(product.graph.nodes.length).toBeGreaterThan(0);
    for (const warning of product.warnings) {
      expect(warning.code).toMatch(/^[a-z][a-z0-9_]+$/);
      expect(warning.message.length).toBeGreaterThan(10);
    }
    if (product.warnings.some((warning) => warning.path.length > 0)) {
      // Every quirk accepted with a warning is refused with --strict.
      expect(refusal(outsideText(name), { strict: true })).toBeInstanceOf(VendorgateError);
    }
  });

  it.each([...notSboms])("%s is refused as not an SBOM", (name) => {
    const error = refusal(outsideText(name));
    expect(error?.message).toMatch(/^The document is not an SBOM/);
    expect(error?.issues[0]?.message).toMatch(/not an SBOM/);
  });

  it("accepts the quirks the issue names, each with a warning at its path", () => {
    const codes = (name: string) =>
      new Set(importText(outsideText(name)).warnings.map((warning) => warning.code));
    expect(codes("sbomqs-airflow-2.8.0-cdxgen.cdx.json")).toContain("dangling_ref");
    expect(codes("sbomqs-stree-cdxgen.cdx.json")).toEqual(new Set(["repeated_root"]));
    expect(codes("shelter-chronicle-syft.spdx.json")).toContain("nonstandard_spdxid");
    expect(codes("shelter-chronicle-syft.spdx.json")).toContain("repeated_part");
    expect(codes("shelter-constellation-syft.spdx.json")).toContain("dangling_ref");
    expect(codes("shelter-jx-darwin-arm64-syft.spdx.json")).toContain("dangling_ref");
    expect(codes("shelter-missionlz-sbomtool.spdx.json")).toEqual(new Set(["party_without_kind"]));
    expect(codes("shelter-win-x64-manifest-sbomtool.spdx.json")).toContain("party_without_kind");
    const airflow = importText(outsideText("sbomqs-airflow-2.8.0-cdxgen.cdx.json")).warnings;
    expect(airflow).toContainEqual({
      code: "dangling_ref",
      path: ["dependencies", 1554, "ref"],
      message:
        'No component or service has bom-ref "pkg:pypi/python3.10@latest": the dependency is dropped',
    });
  });

  it("reads an SPDX 3 document with a list @context (the one once refused for a missing name)", () => {
    const product = importText(outsideText("sbom-tool-sample-3.0.spdx.json"));
    expect(product.graph.nodes.length).toBe(268);
  });
});
