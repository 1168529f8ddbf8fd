// Policy packs: load the shipped, signed bundled pack offline, keep the last good policies when
// an update is bad, and rescreen only the products an update can affect.
// Run with `npm run examples` (after `npm run build`).
import { readFileSync } from "node:fs";
import { createRegistry, evaluateMany, loadPack, rescreen } from "vendorgate";
import { buildPack, generateSigningKey } from "vendorgate/maintain";

const root = new URL("../", import.meta.url);
const releaseKey = readFileSync(new URL("policies/release-key.pub", root), "utf8").trim();
const bytes = readFileSync(new URL("packs/bundled.json", root));

// 1. The bundled pack, verified against the release key before use.
const bundled = await loadPack(bytes, { trustedKeys: [releaseKey] });
const info = bundled.packInfo();
console.log(`loaded ${info.name} revision ${info.revision} (${bundled.list().length} versions)`);

// 2. A maintainer publishes revisions of their own pack (a throwaway key here).
const key = await generateSigningKey();
const content = JSON.parse(bytes.toString("utf8"));
const withAlias = structuredClone(content.entities);
const huawei = withAlias.find((entity) => entity.id === "huawei");
huawei.aliases.push({ text: "Quietly Renamed Telecom", source: huawei.aliases[0].source });
const manifest = { name: "example-pack", maxAgeDays: 90 };
const v1 = await buildPack(content, { ...manifest, revision: 1 }, key.privateKey);
const v2 = await buildPack(
  { ...content, entities: withAlias },
  { ...manifest, revision: 2 },
  key.privateKey,
);

const registry = createRegistry({ trustedKeys: [key.publicKey] });
await registry.loadPack(v1);
const previous = registry.fork();

// 3. A tampered copy is refused, and the registry keeps serving revision 1.
const tampered = structuredClone(v2);
tampered.manifest.maxAgeDays = 3650;
await registry
  .loadPack(tampered)
  .catch((error) => console.log(`refused: ${error.issues[0].message}`));
console.log(`still serving revision ${registry.packInfo().revision}`);

// 4. The real update loads; an older revision afterwards is a rollback, refused.
await registry.loadPack(v2);
await registry.loadPack(v1).catch((error) => console.log(`refused: ${error.issues[0].message}`));

// 5. Rescreen a fleet after the update: only products whose parts match the changed entity.
const options = {
  policies: ["us-ndaa-889"],
  asOf: "2025-06-01",
  context: { buyer: { sector: "government", jurisdiction: "US" } },
};
const fleet = ["Clean Corp", "Quietly Renamed Telecom", "Acme Networks", "Clean Corp"].map(
  (maker, i) => ({
    name: `Device ${i}`,
    manufacturer: "Clean Corp",
    components: [{ name: "Radio", manufacturer: maker }],
  }),
);
const reports = [...evaluateMany(fleet, { registry: previous, ...options })];
const items = fleet.map((product, i) => ({ product, report: reports[i] }));
const stats = {};
for (const { report, rescreened } of rescreen(items, { registry, previous, ...options }, stats)) {
  if (rescreened) console.log(`rescreened ${report.product.name}: ${report.verdict}`);
}
console.log(`evaluated ${stats.evaluated} of ${fleet.length}; carried over ${stats.carried}`);
