// Categories and types as people write them: "Drone", "IP camera", "software". They are read
// through the published vocabulary before rules see them, each reading is a warning in the
// report, and a value outside the vocabulary is named with the closest category.
// Run with `npm run examples` (after `npm run build`).
import { bundledRegistry, categoryVocabulary, evaluate, parseProduct } from "vendorgate";

const registry = bundledRegistry();
const options = {
  registry,
  policies: ["us-asda-drones", "us-ndaa-889"],
  asOf: "2024-06-01",
  context: {
    buyer: { sector: "government", jurisdiction: "US" },
    use: "procurement",
    purpose: "public-safety",
  },
};

const uas = categoryVocabulary.find((term) => term.category === "uas");
console.log(`uas is also written: ${uas.synonyms.join(", ")}`);

const products = [
  // The American Security Drone Act reads "uas": "Drone" is read as it.
  [
    {
      name: "Inspection drone",
      manufacturer: "SZ DJI Technology Co., Ltd.",
      categories: ["Drone"],
    },
    "prohibited",
  ],
  // §889 reads "video-surveillance": "IP camera" is read as it; "hardware" as the type "device".
  [
    {
      name: "Lobby camera",
      type: "hardware",
      manufacturer: "Hangzhou Hikvision Digital Technology Co., Ltd.",
      categories: ["IP camera"],
    },
    "prohibited",
  ],
];

for (const [product, expected] of products) {
  const report = evaluate(product, options);
  console.log(`${product.name}: ${report.verdict}`);
  for (const warning of report.warnings ?? [])
    console.log(`  ⚠ ${warning.code}: ${warning.message}`);
  if (report.verdict !== expected) throw new Error(`${product.name}: expected ${expected}`);
}

// A value outside the vocabulary is kept as written, with the closest category named.
const typo = parseProduct({ name: "Camera", categories: ["video survelliance"] });
console.log(typo.warnings[0].message);
if (typo.warnings[0].code !== "unknown_category") throw new Error("expected unknown_category");

// A type that is neither a type nor a synonym is refused, with a "did you mean".
try {
  parseProduct({ name: "Viewer", type: "softwre" });
  throw new Error("expected the type to be refused");
} catch (error) {
  console.log(error.issues[0].message.split(" Types:")[0]);
}
