import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { acmeRouter, checkFlags, cleanRouter, exceptedSwitch, run, tempFiles } from "./helpers.js";

const fleet = [cleanRouter, acmeRouter, exceptedSwitch].map((p) => JSON.stringify(p)).join("\n");

describe("vendorgate check with an NDJSON fleet", () => {
  it("checks all three products of a .ndjson file and summarises them", async () => {
    const { path } = tempFiles({ "fleet.ndjson": `${fleet}\n` });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags]);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/^\S.*\(as of 2021-01-01\)$/gm)).toEqual([
      "Router: allowed (as of 2021-01-01)",
      "Router [id rt-1]: prohibited (as of 2021-01-01)",
      "Switch: allowed (as of 2021-01-01)",
    ]);
    expect(result.stdout).toMatch(
      /\n3 products: 1 prohibited, 2 allowed; 1 at or above restricted\n$/,
    );
  });

  it("writes one complete JSON report a line for a fleet with --format json", async () => {
    const { path } = tempFiles({ "fleet.jsonl": fleet });
    const result = await run(["check", path("fleet.jsonl"), ...checkFlags, "--format", "json"]);
    expect(result.code).toBe(1);
    const reports = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Report);
    expect(reports.map((report) => [report.product.name, report.verdict])).toEqual([
      ["Router", "allowed"],
      ["Router", "prohibited"],
      ["Switch", "allowed"],
    ]);
    expect(reports[1]?.findings[0]?.path).toEqual(["Router", "Mainboard", "Modem", "Radio"]);
  });

  it("writes NDJSON even for a fleet of one", async () => {
    const { path } = tempFiles({ "one.ndjson": JSON.stringify(cleanRouter) });
    const result = await run(["check", path("one.ndjson"), ...checkFlags, "--format", "json"]);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("recognises a fleet by its content when the name does not say", async () => {
    const { path } = tempFiles({ "fleet.txt": `${fleet}\r\n\r\n` });
    const result = await run(["check", path("fleet.txt"), ...checkFlags, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(3);
  });

  it("names the file and the line when line 2 is broken, after the report of line 1", async () => {
    const lines = [JSON.stringify(cleanRouter), '{"name": "Broken",', JSON.stringify(acmeRouter)];
    const { path } = tempFiles({ "fleet.ndjson": lines.join("\n") });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags, "--format", "json"]);
    expect(result.code).toBe(2);
    // Reports stream out as products are checked: line 1's is written whole, then the run stops.
    const reports = result.stdout.split("\n");
    expect(reports).toHaveLength(2);
    expect((JSON.parse(reports[0] ?? "") as Report).product.name).toBe("Router");
    expect(reports[1]).toBe("");
    expect(result.stderr).toMatch(
      new RegExp(
        `^vendorgate: ${escapeRegExp(path("fleet.ndjson"))} line 2: not valid JSON \\(.+\\)\\n$`,
      ),
    );
  });

  it("names the line of a product with the wrong shape in a fleet", async () => {
    const lines = [
      JSON.stringify(cleanRouter),
      "",
      JSON.stringify({ name: "X", components: [{}] }),
    ];
    const { path } = tempFiles({ "fleet.ndjson": lines.join("\n") });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `vendorgate: ${path("fleet.ndjson")} line 3: components[0].name: Invalid input: expected string, received undefined\n`,
    );
  });

  it("reads a fleet from standard input with -", async () => {
    const result = await run(["check", "-", ...checkFlags, "--format", "json"], { stdin: fleet });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(3);
  });

  it("stops quietly when the reader of standard output goes away", async () => {
    const many = Array.from({ length: 50 }, () => JSON.stringify(cleanRouter)).join("\n");
    const { path } = tempFiles({ "fleet.ndjson": many });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags, "--format", "json"], {
      closeStdoutAfter: 2,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(2);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
