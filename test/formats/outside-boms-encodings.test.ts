// Covered vendors inserted into copies (in memory) of the real documents of ../shared/outside-boms
// (read from there, never copied), in every encoding each format can carry: each inserted part
// gives a finding naming the right entity, recognised the right way, with the right verdict;
// and no part the document had names a covered entity.
import { describe, expect, it } from "vitest";
import { readerFor } from "../../src/formats/readers.js";
import {
  bundledRegistry,
  evaluate,
  type Finding,
  importDocument,
  importText,
  type Report,
} from "../../src/index.js";
import {
  cycloneDxComponent,
  cycloneDxXmlComponent,
  type Encoding,
  encodings,
  partId,
  spdx3Elements,
  spdx3Id,
  spdxPackage,
  spdxTagValuePackage,
} from "./covered-encodings.js";
import { outsideFiles, outsideInput, outsideText } from "./outside-boms.js";

const options = {
  registry: bundledRegistry(),
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};

type Json = Record<string, unknown>;

/** How to insert parts into a document of one format, and the id the inserted part gets. */
interface Inserter {
  readonly carries: (encoding: Encoding) => boolean;
  readonly insert: (text: string, encodings: readonly Encoding[]) => Report;
  readonly id: (encoding: Encoding) => string;
}

const inCycloneDx = (encoding: Encoding) => encoding.cyclonedx !== undefined;
const inSpdx = (encoding: Encoding) => encoding.spdx !== undefined;

const inserters: Record<string, Inserter> = {
  cyclonedx: {
    carries: inCycloneDx,
    id: partId,
    insert: (text, parts) => {
      const bom = JSON.parse(text) as Json;
      bom.components = [...((bom.components as unknown[]) ?? []), ...parts.map(cycloneDxComponent)];
      return evaluate(importDocument(bom), options);
    },
  },
  "cyclonedx-xml": {
    carries: inCycloneDx,
    id: partId,
    insert: (text, parts) => {
      const xml = parts.map(cycloneDxXmlComponent).join("\n");
      const end = text.lastIndexOf("</components>");
      const changed =
        end >= 0
          ? `${text.slice(0, end)}${xml}\n${text.slice(end)}`
          : text.replace(/(<\/metadata>|<bom\b[^>]*>)/, `$1\n<components>\n${xml}\n</components>`);
      return evaluate(importText(changed), options);
    },
  },
  spdx: {
    carries: inSpdx,
    id: (encoding) => `SPDXRef-${partId(encoding)}`,
    insert: (text, parts) => {
      const doc = JSON.parse(text) as Json;
      doc.packages = [...((doc.packages as unknown[]) ?? []), ...parts.map(spdxPackage)];
      return evaluate(importDocument(doc), options);
    },
  },
  "spdx-tag-value": {
    carries: inSpdx,
    id: (encoding) => `SPDXRef-${partId(encoding)}`,
    insert: (text, parts) =>
      evaluate(importText(`${text}\n${parts.map(spdxTagValuePackage).join("")}`), options),
  },
  spdx3: {
    carries: inSpdx,
    id: spdx3Id,
    insert: (text, parts) => {
      const doc = JSON.parse(text) as Json;
      const graph = doc["@graph"] as Json[];
      const info = graph.find((element) => element.type === "CreationInfo")?.["@id"] as
        | string
        | undefined;
      graph.push(...parts.flatMap((encoding) => spdx3Elements(encoding, info)));
      return evaluate(importDocument(doc), options);
    },
  },
};

/** The documents that are not SBOMs (see outside-boms.test.ts). */
const notSboms = new Set([
  "shelter-scanoss-py.cdx.json",
  "shelter-epicyon-scanoss.cdx.json",
  "shelter-maubot-licenses.spdx.json",
]);

const documents = outsideFiles()
  .filter((name) => !notSboms.has(name))
  .map((name) => {
    const format = readerFor(outsideInput(name))?.format;
    if (!format) throw new Error(`no reader for ${name}`);
    return { name, format, inserter: inserters[format] as Inserter };
  });

/** What is wrong with the finding about an inserted part, or undefined when it is right. */
function problem(findings: readonly Finding[], encoding: Encoding): string | undefined {
  const named = findings.filter((finding) => finding.entity);
  const finding = named[0];
  if (!finding) return "no finding naming a covered entity";
  const { id, via } = finding.entity ?? {};
  if (id !== encoding.entity) return `entity ${id}, not ${encoding.entity}`;
  if (!via || !encoding.via.includes(via)) return `via ${via}, not ${encoding.via.join("/")}`;
  const wanted = encoding.verdict === "review" ? "review" : finding.ruleVerdict;
  if (finding.verdict !== wanted) return `verdict ${finding.verdict}, not ${wanted}`;
  if (encoding.verdict === "rule" && finding.ruleVerdict !== "restricted")
    return `rule verdict ${finding.ruleVerdict}, not restricted`;
  return undefined;
}

/** Each inserted part's problem, and findings naming a covered entity on parts not inserted. */
function check(report: Report, inserted: readonly Encoding[], inserter: Inserter) {
  const byId = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const id = finding.componentId ?? "";
    byId.set(id, [...(byId.get(id) ?? []), finding]);
  }
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const encoding of inserted) {
    const id = inserter.id(encoding);
    ids.add(id);
    const wrong = problem(byId.get(id) ?? [], encoding);
    if (wrong) problems.push(`${encoding.label}: ${wrong}`);
  }
  const strays = report.findings
    .filter((finding) => finding.entity && !ids.has(finding.componentId ?? ""))
    .map((finding) => `${finding.path.at(-1)}: ${finding.entity?.id} (${finding.entity?.matched})`);
  return { problems, strays };
}

describe("covered vendors inserted into every real document", () => {
  it("cover every format there is, and every encoding somewhere", () => {
    const formats = new Set(documents.map((document) => document.format));
    expect([...formats].sort()).toEqual(Object.keys(inserters).sort());
    expect(documents).toHaveLength(87);
  });

  it.each(documents)("$name ($format): every encoding is found", ({ name, format, inserter }) => {
    const inserted = encodings.filter(inserter.carries);
    const report = inserter.insert(outsideText(name), inserted);
    const { problems, strays } = check(report, inserted, inserter);
    expect(problems, `${name} (${format})`).toEqual([]);
    expect(strays, `${name}: parts it had`).toEqual([]);
  });
});

describe("one covered vendor per document copy", () => {
  // One small document per format, one copy per encoding: each encoding alone is found.
  const small: Record<string, string> = {
    cyclonedx: "cdx-examples-dropwizard-1.3.15.cdx.json",
    "cyclonedx-xml": "cdx-xml-dropwizard-1.3.15.cdx.xml",
    spdx: "sbom-tool-sample-2.2.spdx.json",
    "spdx-tag-value": "spdx-tv-example6-bin.spdx",
    spdx3: "spdx-examples-hello-src.spdx3.json",
  };
  const cases = Object.entries(small).flatMap(([format, name]) => {
    const inserter = inserters[format] as Inserter;
    return encodings
      .filter(inserter.carries)
      .map((encoding) => ({ format, name, encoding, label: encoding.label }));
  });

  it.each(cases)("$format: $label", ({ format, name, encoding }) => {
    const inserter = inserters[format] as Inserter;
    const report = inserter.insert(outsideText(name), [encoding]);
    expect(check(report, [encoding], inserter)).toEqual({ problems: [], strays: [] });
    expect(report.verdict).not.toBe("allowed");
  });
});
