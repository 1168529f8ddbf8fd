// One product, every kind of buyer: the verdict under each bundled profile (Japan, the United
// States, Australia, the UK, Canada, New Zealand, the EU, Germany, Sweden, Taiwan, India) on one
// date, as a profile × policy matrix. Run with `npm run examples` (after `npm run build`).
import { bundledRegistry, evaluateMatrix } from "vendorgate";

const product = {
  name: "Smart city kiosk",
  manufacturer: "Kumo Systems K.K.",
  type: "device",
  categories: ["telecommunications-equipment"],
  attributes: { makerCountry: "JP" },
  components: [
    {
      name: "LTE modem",
      type: "module",
      manufacturer: "Huawei Technologies Co., Ltd.",
      categories: ["telecommunications-equipment"],
      attributes: { routesUserData: true, networkDomain: "ran" },
    },
    {
      name: "Camera",
      type: "device",
      manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
      categories: ["video-surveillance"],
      attributes: { makerCountry: "CN" },
    },
    {
      name: "Endpoint protection",
      type: "application",
      manufacturer: "AO Kaspersky Lab",
      categories: ["antivirus"],
    },
    { name: "Kiosk OS", type: "operating-system", manufacturer: "Kumo Systems K.K." },
  ],
};

const registry = bundledRegistry();
const asOf = "2025-06-01";
const matrix = evaluateMatrix(product, {
  registry,
  profiles: registry.profiles().map((profile) => profile.id),
  asOf,
  context: { purpose: "public-safety" },
});

console.log(`${matrix.product.name} on ${matrix.asOf}\n`);
const width = Math.max(...matrix.rows.map((row) => row.profile.length));
for (const row of matrix.rows) {
  const cells = Object.entries(row.cells)
    .map(([id, cell]) => `${id}@${cell.version ?? "-"}: ${cell.applies ? cell.verdict : "n/a"}`)
    .join("; ");
  console.log(`${row.profile.padEnd(width)}  ${row.verdict.padEnd(13)}  ${cells}`);
}

const verdictOf = Object.fromEntries(matrix.rows.map((row) => [row.profile, row.verdict]));
for (const id of [
  "jp-national-ministry",
  "us-federal-agency",
  "au-commonwealth-entity",
  "gb-telecom-provider",
  "ca-federal-institution",
  "tw-government-agency",
]) {
  if (verdictOf[id] === "allowed") throw new Error(`${id}: expected a restriction, got allowed`);
}
