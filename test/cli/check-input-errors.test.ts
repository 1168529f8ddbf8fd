import { describe, expect, it } from "vitest";
import { checkFlags, makeDir, run, tempFiles } from "./helpers.js";

/** Runs a check of one file and returns its stderr, after checking it is one line with exit 2. */
async function failure(file: string): Promise<string> {
  const result = await run(["check", file, ...checkFlags]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.split("\n")).toHaveLength(2);
  return result.stderr;
}

describe("vendorgate check with bad files", () => {
  it("names a missing file", async () => {
    const { path } = tempFiles();
    expect(await failure(path("nope.json"))).toBe(
      `vendorgate: ${path("nope.json")}: no such file\n`,
    );
  });

  it("names an empty file", async () => {
    const { path } = tempFiles({ "empty.json": " \n" });
    expect(await failure(path("empty.json"))).toBe(`vendorgate: ${path("empty.json")}: is empty\n`);
  });

  it("names a directory", async () => {
    const { path } = tempFiles();
    const dir = makeDir(path("products"));
    expect(await failure(dir)).toBe(`vendorgate: ${dir}: is a directory, not a file\n`);
  });

  it("names a file that is not JSON", async () => {
    const { path } = tempFiles({ "notes.json": "name: Router\nmanufacturer: Acme\n" });
    expect(await failure(path("notes.json"))).toMatch(
      /^vendorgate: .*notes\.json: not valid JSON \(.+\)\n$/,
    );
  });

  it("gives the path to the problem in a product with the wrong shape", async () => {
    const { path } = tempFiles({
      "bad.json": {
        name: "Router",
        components: [{ name: "Board", components: [{ manufacturer: "X" }] }],
      },
    });
    expect(await failure(path("bad.json"))).toBe(
      `vendorgate: ${path("bad.json")}: components[0].components[0].name: Invalid input: expected string, received undefined\n`,
    );
  });

  it("lists every problem of a product with several, each with its path", async () => {
    const { path } = tempFiles({ "bad.json": { manufacturer: 5, type: "gadget" } });
    const result = await run(["check", path("bad.json"), ...checkFlags]);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(path("bad.json"), "bad.json")).toMatchInlineSnapshot(`
      "vendorgate: bad.json: 3 problems:
        ✖ name: Invalid input: expected string, received undefined
        ✖ type: Unknown component type "gadget". Types: device, assembly, board, module, chip, firmware, device-driver, operating-system, platform, application, framework, library, container, file, service, cloud-service, machine-learning-model, data, cryptographic-asset, other (or a synonym listed in componentTypeSynonyms)
        ✖ manufacturer: Invalid input
      "
    `);
  });

  it("refuses a JSON value that is not an object", async () => {
    const { path } = tempFiles({ "list.json": [{ name: "Router" }] });
    expect(await failure(path("list.json"))).toContain("is a JSON array, not a product object");
  });

  it("refuses a CycloneDX BOM of a version it does not read clearly", async () => {
    const { path } = tempFiles({
      "bom.json": { bomFormat: "CycloneDX", specVersion: "1.1", components: [] },
    });
    expect(await failure(path("bom.json"))).toBe(
      `vendorgate: ${path("bom.json")}: specVersion: CycloneDX specVersion "1.1" is not supported: vendorgate reads CycloneDX JSON 1.2 to 1.7\n`,
    );
  });

  it("refuses an SPDX document of a version it does not read clearly", async () => {
    const { path } = tempFiles({
      "sbom.spdx.json": { spdxVersion: "SPDX-2.1", SPDXID: "SPDXRef-DOCUMENT", name: "x" },
    });
    expect(await failure(path("sbom.spdx.json"))).toContain(
      'spdxVersion: SPDX version "SPDX-2.1" is not supported',
    );
  });

  it("refuses a CycloneDX XML BOM with a DOCTYPE (entities are never expanded), or not well formed", async () => {
    const { path } = tempFiles({
      "bomb.xml":
        '<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components><component type="library"><name>&b;</name></component></components></bom>\n',
      "broken.xml": '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"><components>\n',
    });
    expect(await failure(path("bomb.xml"))).toBe(
      `vendorgate: ${path("bomb.xml")}: The XML declares a DOCTYPE: CycloneDX needs none, and the entities it could declare are not expanded, so it is refused\n`,
    );
    expect(await failure(path("broken.xml"))).toMatch(/broken\.xml: The XML is not well formed: /);
  });

  it("refuses an XML or tag-value line in an NDJSON fleet", async () => {
    const { path } = tempFiles({
      "fleet.ndjson": '<bom xmlns="http://cyclonedx.org/schema/bom/1.6"></bom>\n',
    });
    expect(await failure(path("fleet.ndjson"))).toContain(
      "is a CycloneDX XML BOM; vendorgate reads it as a file of its own",
    );
  });

  it("refuses a bad CycloneDX BOM on a line of a fleet, naming the line", async () => {
    const { path } = tempFiles({
      "fleet.ndjson": `{"name":"A","manufacturer":"B"}\n{"bomFormat":"CycloneDX"}\n`,
    });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^A: allowed \(as of 2021-01-01\)\n/);
    expect(result.stderr).toMatch(
      /^vendorgate: .*fleet\.ndjson line 2: specVersion: A CycloneDX BOM needs a specVersion[^\n]*\n$/,
    );
  });

  it("stops at a missing file after the reports of the files before it", async () => {
    const { path } = tempFiles({ "good.json": { name: "Router", manufacturer: "Clean Corp" } });
    const result = await run(["check", path("good.json"), path("missing.json"), ...checkFlags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^Router: allowed \(as of 2021-01-01\)\n/);
    expect(result.stdout).not.toMatch(/products:/);
    expect(result.stderr).toBe(`vendorgate: ${path("missing.json")}: no such file\n`);
  });

  it("refuses a policy range that no version satisfies, never printing allowed", async () => {
    const { path } = tempFiles({ "box.json": { name: "Box", manufacturer: "Clean Corp" } });
    const flags = checkFlags.map((flag) => (flag === "test-policy" ? "test-policy@^3" : flag));
    const result = await run(["check", path("box.json"), ...flags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'vendorgate: --policy test-policy@^3: No version of test-policy satisfies "^3" (versions: 1.0.0)\n',
    );
  });

  it("names empty standard input", async () => {
    const result = await run(["check", "-", ...checkFlags], { stdin: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("vendorgate: <stdin>: is empty\n");
  });
});
