import { readFileSync } from "node:fs";
import { bundledRegistry, evaluate, importDocument, type ReportEntry } from "../../src/index.js";

const registry = bundledRegistry();

/** The options the examples are checked with: a Japanese ministry on 2019-06-01. */
export const jpOptions = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};

/** The context of `jpOptions` as command-line flags. */
export const jpFlags = ["--buyer-sector", "government", "--buyer-jurisdiction", "JP"];

/** The example products and BOMs under examples/. */
export const exampleFiles = [
  "examples/products/camera-with-hisilicon-soc.json",
  "examples/products/clean-laptop.json",
  "examples/products/router-with-huawei-lte-module.json",
  "examples/products/switch-with-unknown-part.json",
  "examples/boms/camera-hisilicon-hbom.cdx.json",
  "examples/boms/router-lte-hbom.cdx.json",
];

/** A product, BOM or SPDX document checked with `jpOptions`, with its product and file. */
export function entryOf(
  file: string,
  json: unknown,
  options: typeof jpOptions & { allGaps?: boolean } = jpOptions,
): ReportEntry {
  const product = importDocument(json);
  return { report: evaluate(product, options), product, file };
}

/** Reads and checks a file. */
export function entryOfFile(file: string): ReportEntry {
  return entryOf(file, JSON.parse(readFileSync(file, "utf8")));
}

/** A name no renderer may pass through unescaped. */
export const hostileName = `evil <script>window.__pwned = 1</script> "quoted" 'single' & <b>bold</b> | [x](javascript:alert(1)) \`tick\``;

/** A small SPDX 2.3 document whose one package, named `hostileName`, Huawei supplies. */
export function hostileSpdx(): unknown {
  return {
    spdxVersion: "SPDX-2.3",
    SPDXID: "SPDXRef-DOCUMENT",
    name: "gateway <sbom>",
    packages: [
      { SPDXID: "SPDXRef-gateway", name: "Gateway", supplier: "Organization: Example Corp" },
      {
        SPDXID: "SPDXRef-modem",
        name: hostileName,
        supplier: "Organization: Huawei Technologies Co., Ltd.",
      },
    ],
    relationships: [
      {
        spdxElementId: "SPDXRef-DOCUMENT",
        relationshipType: "DESCRIBES",
        relatedSpdxElement: "SPDXRef-gateway",
      },
      {
        spdxElementId: "SPDXRef-gateway",
        relationshipType: "CONTAINS",
        relatedSpdxElement: "SPDXRef-modem",
      },
    ],
  };
}
