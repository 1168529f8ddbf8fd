import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  type ReportEntry,
  renderHtml,
  renderJunit,
  renderMarkdown,
  renderSarif,
} from "../../src/index.js";
import { escapeMarkdown } from "../../src/render/markdown.js";
import {
  entryOf,
  entryOfFile,
  exampleFiles,
  hostileName,
  hostileSpdx,
  jpFlags,
  jpOptions,
} from "./entries.js";

const sarifSchema = JSON.parse(readFileSync("../shared/schemas/sarif-schema-2.1.0.json", "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const examples = exampleFiles.map(entryOfFile);
const spdx = entryOf("gateway.spdx.json", hostileSpdx());

describe("renderSarif", () => {
  it("writes SARIF 2.1.0 that its JSON Schema accepts, for the examples and a hostile SPDX document", () => {
    for (const entries of [examples, [spdx], [...examples, spdx], []]) {
      const log = JSON.parse(renderSarif(entries, { contextFlags: jpFlags }));
      const valid = validateSarif(log);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it("points each result at the input file and at the part's bom-ref or SPDXID", () => {
    const router = entryOfFile("examples/boms/router-lte-hbom.cdx.json");
    const log = JSON.parse(renderSarif([router, spdx]));
    const [run] = log.runs;
    expect(run.results).toHaveLength(3);
    const [bom, , sbom] = run.results;
    expect(bom.locations[0].physicalLocation.artifactLocation.uri).toBe(
      "examples/boms/router-lte-hbom.cdx.json",
    );
    expect(bom.locations[0].logicalLocations[0]).toMatchObject({
      name: "lte-module-me909s",
      fullyQualifiedName: "NX-7 Branch Router > LTE modem assembly > LTE module ME909s-120",
    });
    expect(sbom.locations[0].physicalLocation.artifactLocation.uri).toBe("gateway.spdx.json");
    expect(sbom.locations[0].logicalLocations[0].name).toBe("SPDXRef-modem");
    expect(sbom.message.text).toContain(hostileName);
    expect(bom.level).toBe("error");
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      "examples/boms/router-lte-hbom.cdx.json",
      "gateway.spdx.json",
    ]);
  });

  it("describes each rule once, with its source as helpUri and properties", () => {
    const log = JSON.parse(renderSarif(examples));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual([
      "jp-gov-procurement/reported-target-parts",
    ]);
    expect(rules[0].helpUri).toMatch(/^https:\/\//);
    expect(rules[0].properties).toMatchObject({ basis: "press-report", policyVersion: "1.0.0" });
    expect(rules[0].properties.source.title).toBeTruthy();
    expect(log.runs[0].results.every((r: { ruleIndex: number }) => r.ruleIndex === 0)).toBe(true);
  });

  it("marks a finding below --fail-on a warning, and a lifted one suppressed", () => {
    // Every unknown-maker finding listed (allGaps), so the part without a maker is a result.
    const switchFile = "examples/products/switch-with-unknown-part.json";
    const switchEntry = entryOf(switchFile, JSON.parse(readFileSync(switchFile, "utf8")), {
      ...jpOptions,
      allGaps: true,
    });
    const [result] = JSON.parse(renderSarif([switchEntry])).runs[0].results;
    expect(result.level).toBe("warning");
    const [strict] = JSON.parse(renderSarif([switchEntry], { failOn: "indeterminate" })).runs[0]
      .results;
    expect(strict.level).toBe("error");
    const product = JSON.parse(
      readFileSync("examples/products/router-with-huawei-lte-module.json", "utf8"),
    );
    const waived = evaluate(product, {
      ...jpOptions,
      waivers: [
        {
          id: "w-1",
          rule: "reported-target-parts",
          reason: "replaced next quarter",
          approver: "CISO <ciso@example.org>",
          expires: "2019-12-31",
        },
      ],
    });
    const log = JSON.parse(renderSarif([{ report: waived }]));
    expect(validateSarif(log)).toBe(true);
    const [lifted] = log.runs[0].results;
    expect(lifted.suppressions).toEqual([
      expect.objectContaining({ kind: "external", status: "accepted" }),
    ]);
    expect(lifted.suppressions[0].justification).toContain("w-1");
  });
});

describe("renderJunit", () => {
  it("writes a test suite per product and a test case per policy, failed at --fail-on", () => {
    const xml = renderJunit(examples);
    expect(xml.match(/<testsuite /g)).toHaveLength(examples.length);
    expect(xml.match(/<testcase /g)).toHaveLength(examples.length);
    const failed = examples.filter((e) => ["restricted", "prohibited"].includes(e.report.verdict));
    expect(xml.match(/<failure /g)).toHaveLength(failed.length);
    expect(xml).toMatch(
      /<testsuites name="vendorgate" tests="6" failures="4" errors="0" skipped="0">/,
    );
    expect(renderJunit(examples, { failOn: "indeterminate" }).match(/<failure /g)).toHaveLength(5);
  });

  it("skips a policy that does not apply, saying why", () => {
    const product = JSON.parse(readFileSync("examples/products/clean-laptop.json", "utf8"));
    const report = evaluate(product, {
      ...jpOptions,
      context: { buyer: { sector: "private", jurisdiction: "US" } },
    });
    const xml = renderJunit([{ report }]);
    expect(xml).toContain('<skipped message="not applied: ');
    expect(xml).toMatch(/skipped="1"/);
  });

  it("escapes names from the input", () => {
    const xml = renderJunit([spdx]);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).toContain(
      "evil &lt;script&gt;window.__pwned = 1&lt;/script&gt; &quot;quoted&quot; &#39;single&#39; &amp;",
    );
  });
});

describe("renderMarkdown", () => {
  it("writes a summary line and a table row per product, and folds the findings", () => {
    const md = renderMarkdown(examples);
    const rows = md
      .split("\n")
      .filter((line) => line.startsWith("| ") && !/^\| (Product|---)/.test(line));
    expect(rows).toHaveLength(examples.length);
    expect(md).toContain("6 products, 4 at or above **restricted**.");
    expect(md).toContain("<details><summary>EdgeRouter 5G: 1 finding</summary>");
    expect(md).toMatch(
      /\[ファーウェイとZTEの製品、政府調達から排除\]\(<https:\/\/blog\.goo\.ne\.jp/,
    );
  });

  it("keeps names from the input literal: no HTML, no table breaks, no links", () => {
    const md = renderMarkdown([spdx]);
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<b>");
    expect(md).not.toContain("](javascript");
    const row = md.split("\n").find((line) => line.startsWith("| Gateway"));
    // Cells are split only at unescaped pipes: five columns.
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
    expect(escapeMarkdown("a|b <c> [d](e) `f` *g*")).toBe(
      "a\\|b &lt;c&gt; \\[d\\]\\(e\\) \\`f\\` \\*g\\*",
    );
  });
});

describe("renderHtml without a browser", () => {
  it("escapes every name, quote and tag from the input", () => {
    const html = renderHtml([spdx]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain("<b>bold");
    expect(html).toContain(
      "evil &lt;script&gt;window.__pwned = 1&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;",
    );
    expect(html).not.toContain('href="javascript');
  });

  it("draws only the findings' paths for a report given without its product", () => {
    const [router] = examples.slice(2, 3) as [ReportEntry];
    const html = renderHtml([{ report: router.report }]);
    expect(html).toContain("LTE module ME909s");
    expect(html).not.toContain("Ethernet switch chip");
    expect(renderHtml([router])).toContain("Ethernet switch chip");
  });

  it("shows the command that reproduces the decision, policies pinned", () => {
    const html = renderHtml(examples.slice(2, 3), { contextFlags: jpFlags });
    expect(html).toContain(
      "vendorgate check examples/products/router-with-huawei-lte-module.json --policy jp-gov-procurement@1.0.0 --as-of 2019-06-01 --buyer-sector government --buyer-jurisdiction JP",
    );
  });

  it("shows report fields it does not know yet as data, and entity fields it does not know", () => {
    const [router] = examples.slice(2, 3) as [ReportEntry];
    const finding = router.report.findings[0];
    if (!finding?.entity) throw new Error("expected an entity");
    const report = {
      ...router.report,
      findings: [{ ...finding, entity: { ...finding.entity, via: "near-miss", score: 0.91 } }],
      warnings: [{ code: "stale_policy", message: "policy <old>" }],
      horizon: [{ date: "2027-01-01", verdict: "prohibited" }],
    } as unknown as ReportEntry["report"];
    const html = renderHtml([{ report, product: router.product }]);
    expect(html).toContain("score: 0.91");
    expect(html).toContain("near-miss");
    expect(html).toContain("policy &lt;old&gt;");
    expect(html).toContain("<h3>horizon</h3>");
  });

  it("is the same for the same reports, byte for byte", () => {
    expect(renderHtml(examples, { contextFlags: jpFlags })).toBe(
      renderHtml(exampleFiles.map(entryOfFile), { contextFlags: jpFlags }),
    );
  });
});
