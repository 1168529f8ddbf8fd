// A buyer signing a multi-year contract needs the date a verdict changes, not only today's: the
// restriction horizon of an installed Huawei 4G radio for a Canadian carrier and of a Huawei core
// node for a German 5G operator, read from the policy data alone. Run with `npm run examples`.
import { bundledRegistry, horizon } from "vendorgate";

const registry = bundledRegistry();
const radio = {
  name: "4G radio unit",
  type: "device",
  manufacturer: "Huawei Technologies Co., Ltd.",
  attributes: { networkDomain: "ran" },
};
const core = { ...radio, name: "5G core node", attributes: { networkDomain: "core" } };

const canada = horizon(radio, {
  registry,
  profile: "ca-telecom-provider",
  asOf: "2025-01-01",
  until: "2034-12-31",
  context: { use: "4g-network", phase: "operate" },
});
const germany = horizon(core, {
  registry,
  profile: "de-telecom-operator",
  asOf: "2025-01-01",
  until: "2034-12-31",
  context: { phase: "operate" },
});

for (const result of [canada, germany]) {
  console.log(`${result.product.name}: ${result.verdict} on ${result.asOf}`);
  for (const change of result.changes) {
    const finding = change.findings[0];
    console.log(
      `  ${change.verdict} from ${change.date} by ${finding?.policy.id}/${finding?.ruleId} (${finding?.source.title})`,
    );
  }
}

if (canada.changes[0]?.date !== "2028-01-01") throw new Error("expected Canada's 4G deadline");
if (germany.changes.at(-1)?.verdict !== "prohibited")
  throw new Error("expected Germany's core deadline");
