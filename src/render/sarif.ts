import type { Finding } from "../model/report.js";
import { compareVerdicts, type Verdict } from "../model/verdict.js";
import { version } from "../version.js";
import type { RenderOptions, ReportEntry } from "./report-entry.js";
import { reproduceCommand } from "./reproduce.js";

const schemaUri =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** SARIF's level for a verdict: at or above `failOn` an error, `allowed` a note, else a warning. */
function level(verdict: Verdict, failOn: Verdict): "error" | "warning" | "note" {
  if (compareVerdicts(verdict, failOn) >= 0) return "error";
  return verdict === "allowed" ? "note" : "warning";
}

function ruleOf(finding: Finding, failOn: Verdict) {
  const { source } = finding;
  return {
    id: `${finding.policy.id}/${finding.ruleId}`,
    name: finding.ruleId,
    shortDescription: { text: finding.message },
    fullDescription: { text: `${finding.message} (${finding.basis}: ${source.title})` },
    ...(source.url ? { helpUri: source.url } : {}),
    help: {
      text: [source.title, source.section, source.issuer, source.date, source.url]
        .filter(Boolean)
        .join(", "),
    },
    defaultConfiguration: { level: level(finding.ruleVerdict, failOn) },
    properties: {
      policy: finding.policy.id,
      policyVersion: finding.policy.version,
      verdict: finding.ruleVerdict,
      basis: finding.basis,
      source,
    },
  };
}

function resultOf(entry: ReportEntry, finding: Finding, ruleIndex: number, failOn: Verdict) {
  const name = finding.path.at(-1) ?? entry.report.product.name;
  const lifted = finding.waiver
    ? `waiver ${finding.waiver.id}: ${finding.waiver.reason} (approved by ${finding.waiver.approver}, expires ${finding.waiver.expires})`
    : finding.exception
      ? `exception ${finding.exception.id}: ${finding.exception.message}`
      : undefined;
  const entity = finding.entity
    ? ` Matched ${finding.entity.field} "${finding.entity.matched}" to ${finding.entity.id} by ${finding.entity.via} "${finding.entity.alias}".`
    : "";
  const missing = finding.missing?.length ? ` Missing: ${finding.missing.join(", ")}.` : "";
  return {
    ruleId: `${finding.policy.id}/${finding.ruleId}`,
    ruleIndex,
    level: level(finding.verdict, failOn),
    message: {
      text: `${finding.verdict}: ${finding.path.join(" > ")}: ${finding.message}${entity}${missing}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: entry.file ?? "product.json" },
          region: { startLine: entry.line ?? 1 },
        },
        logicalLocations: [
          {
            // The part's bom-ref or SPDXID when it has one: what names it in the document.
            name: finding.componentId ?? name,
            fullyQualifiedName: finding.path.join(" > "),
            kind: "module",
          },
        ],
      },
    ],
    partialFingerprints: {
      "vendorgate/v1": [
        finding.policy.id,
        finding.ruleId,
        finding.componentId ?? finding.path.join(">"),
      ].join("|"),
    },
    ...(lifted
      ? { suppressions: [{ kind: "external", status: "accepted", justification: lifted }] }
      : {}),
    properties: {
      product: entry.report.product.name,
      ...(entry.report.product.id !== undefined ? { productId: entry.report.product.id } : {}),
      path: finding.path,
      ...(finding.componentId !== undefined ? { componentId: finding.componentId } : {}),
      verdict: finding.verdict,
      ruleVerdict: finding.ruleVerdict,
      ...(finding.entity ? { entity: finding.entity } : {}),
      ...(finding.missing ? { missing: finding.missing } : {}),
    },
  };
}

/**
 * Renders reports as one SARIF 2.1.0 log for code-scanning tools: a rule per policy rule (with
 * its source as `helpUri` and properties), a result per finding pointing at the input file (and
 * its line, for a fleet) and at the part (its path, and its `bom-ref` or `SPDXID` as the
 * logical location's `name`); waived and excepted findings carry a suppression.
 * @example
 * writeFileSync("vendorgate.sarif", renderSarif([{ report, file: "bom.cdx.json" }]));
 */
export function renderSarif(entries: readonly ReportEntry[], options: RenderOptions = {}): string {
  const failOn = options.failOn ?? "restricted";
  const rules: ReturnType<typeof ruleOf>[] = [];
  const ruleIndex = new Map<string, number>();
  const results = entries.flatMap((entry) =>
    (entry.report.findings ?? []).map((finding) => {
      const id = `${finding.policy.id}/${finding.ruleId}`;
      let index = ruleIndex.get(id);
      if (index === undefined) {
        index = rules.push(ruleOf(finding, failOn)) - 1;
        ruleIndex.set(id, index);
      }
      return resultOf(entry, finding, index, failOn);
    }),
  );
  const artifacts = [...new Set(entries.map((entry) => entry.file ?? "product.json"))];
  const commands = entries.map((entry) =>
    reproduceCommand(entry.report, entry.file, options.contextFlags),
  );
  const log = {
    $schema: schemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "vendorgate", version, semanticVersion: version, rules } },
        invocations: [
          {
            executionSuccessful: true,
            ...(commands.length === 1 ? { commandLine: commands[0] } : {}),
          },
        ],
        artifacts: artifacts.map((uri) => ({ location: { uri } })),
        results,
        properties: {
          products: entries.map(({ report }) => ({
            name: report.product.name,
            verdict: report.verdict,
            asOf: report.asOf,
            stamp: report.stamp,
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
