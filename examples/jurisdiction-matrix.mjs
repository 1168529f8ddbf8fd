// One product, every kind of buyer: the verdict under each bundled profile (Japan, the United
// States, Australia) on one date, as a matrix. Run with `npm run examples` (after `npm run build`).
import { bundledRegistry, evaluate } from "vendorgate";

const product = {
  name: "Smart city kiosk",
  manufacturer: "Kumo Systems K.K.",
  type: "device",
  categories: ["telecommunications-equipment"],
  components: [
    {
      name: "LTE modem",
      type: "module",
      manufacturer: "Huawei Technologies Co., Ltd.",
      categories: ["telecommunications-equipment"],
      attributes: { routesUserData: true },
    },
    {
      name: "Camera",
      type: "device",
      manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
      categories: ["video-surveillance"],
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
const rows = [];
for (const profile of registry.profiles()) {
  const report = evaluate(product, {
    registry,
    profile: profile.id,
    asOf,
    context: { purpose: "public-safety" },
  });
  rows.push([
    profile.id,
    report.verdict,
    report.policies
      .map((p) => `${p.id}@${p.version ?? "-"}: ${p.applies ? p.verdict : "n/a"}`)
      .join("; "),
  ]);
}

console.log(`${product.name} on ${asOf}\n`);
const width = Math.max(...rows.map(([id]) => id.length));
for (const [id, verdict, detail] of rows)
  console.log(`${id.padEnd(width)}  ${verdict.padEnd(13)}  ${detail}`);

const verdictOf = Object.fromEntries(rows.map(([id, verdict]) => [id, verdict]));
for (const id of ["jp-national-ministry", "us-federal-agency", "au-commonwealth-entity"]) {
  if (verdictOf[id] === "allowed") throw new Error(`${id}: expected a restriction, got allowed`);
}
