// The differential cases of deep products (thousands of levels, paths shortened into the report's
// trail), apart from cases.mjs so that its pinned digests stay as they are. The digests
// (test/engine/deep-differential-digests.json) are written by scripts/differential-digests.mjs
// --deep from a build of the commit they name; test/engine/deep-differential.test.ts compares.
import { createHash } from "node:crypto";

const huawei = "Huawei Technologies Co., Ltd.";

/** A chain of `depth` levels, level `i` given by `level(i)`, the first level the product. */
function chain(depth, level) {
  let node;
  for (let i = depth - 1; i >= 0; i--) {
    const part = level(i);
    if (node !== undefined) part.components = [...(part.components ?? []), node];
    node = part;
  }
  return node;
}

/** Deep products, each `{ name, value }`. */
export function deepProducts() {
  const covered = chain(1_500, (i) => ({ name: `Level ${i}`, manufacturer: huawei }));
  const mixed = chain(1_500, (i) => {
    const part = { name: `Part ${i % 97}` };
    if (i % 3 === 0) part.id = `c${i}`;
    if (i % 11 !== 0)
      part.manufacturer = i % 5 === 0 ? "ZTE Corporation" : i % 2 ? huawei : "Clean Corp";
    if (i % 13 === 0) part.categories = ["video-surveillance"];
    if (i % 17 === 0) part.countryOfOrigin = "CN";
    if (i % 19 === 0) part.supplier = { name: "Hikvision", kind: "organization" };
    return part;
  });
  const unknown = chain(1_200, (i) => ({ name: `Level ${i}` }));
  const padded = chain(1_500, (i) => ({
    name: i % 100 === 50 ? ` Level ${i} ` : `Level ${i}`,
    manufacturer: i % 4 === 0 ? huawei : "Clean Corp",
  }));
  // A shared sub-chain of 200 levels reached from two depths below 100 levels of its own.
  const shared = [
    {
      ...chain(200, (i) => ({
        name: `Shared ${i}`,
        manufacturer: i % 3 === 0 ? huawei : "Clean Corp",
      })),
      id: "s0",
    },
  ];
  const dag = {
    ...chain(100, (i) => ({
      name: `Top ${i}`,
      manufacturer: "Clean Corp",
      components: i === 40 || i === 99 ? [{ ref: "s0" }] : [],
    })),
    shared,
  };
  return [
    { name: "chain of 1,500 covered levels", value: covered },
    { name: "chain of 1,500 mixed levels with ids", value: mixed },
    { name: "chain of 1,200 levels without makers", value: unknown },
    { name: "chain of 1,500 levels with padded names", value: padded },
    {
      name: "chain of 1,500 covered levels from JSON text",
      value: JSON.parse(JSON.stringify(covered)),
    },
    { name: "shared deep sub-chain reached twice", value: dag },
  ];
}

/** Option sets (without the registry), each `{ name, options }`. */
export function deepOptionSets() {
  const jp = { sector: "government", jurisdiction: "JP" };
  const waiver = { reason: "Test", approver: "Differential", expires: "2030-01-01" };
  return [
    {
      name: "jp-gov-procurement",
      options: { policies: ["jp-gov-procurement"], asOf: "2021-06-01", context: { buyer: jp } },
    },
    { name: "us-federal-agency", options: { profile: "us-federal-agency", asOf: "2025-06-01" } },
    {
      name: "us-federal-agency, all gaps",
      options: { profile: "us-federal-agency", asOf: "2025-06-01", allGaps: true },
    },
    {
      name: "three policies with waivers by path and by entity",
      options: {
        policies: ["jp-gov-procurement", "us-ndaa-889", "au-pspf-directions"],
        asOf: "2025-06-01",
        context: { buyer: jp },
        waivers: [
          { ...waiver, id: "w-path", path: ["Level 0", "Level 1", "Level 2"], verdict: "review" },
          { ...waiver, id: "w-entity", entity: "zte" },
        ],
      },
    },
  ];
}

/** For each option set, the SHA-256 (hex) of a build's reports (or errors) for the deep products. */
export function deepDigests(lib, pack) {
  const registry = lib.createRegistry({
    entities: pack.entities,
    policies: pack.policies,
    profiles: pack.profiles,
  });
  const products = deepProducts();
  const digests = {};
  for (const set of deepOptionSets()) {
    const options = { registry, ...set.options };
    const hash = createHash("sha256");
    for (const product of products) {
      let answer;
      try {
        const report = lib.evaluate(product.value, options);
        // The engine's own version is left out: a release changes it and nothing else.
        answer = JSON.stringify({ ...report, stamp: { ...report.stamp, engine: undefined } });
      } catch (error) {
        if (!(error instanceof lib.VendorgateError)) throw error;
        answer = `error ${error.message} ${JSON.stringify(error.issues)}`;
      }
      hash.update(`${product.name}\n${answer}\n`);
    }
    digests[set.name] = hash.digest("hex");
  }
  return digests;
}
