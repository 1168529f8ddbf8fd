// The differential test's inputs: many products (generated fleets, the bundled policies' test
// products, hostile variants, examples and SBOM fixtures) under many option sets (every bundled
// policy in scope alone, every profile on two dates, gaps listed, waivers, operate phase). The
// same module feeds the committed digests (scripts/differential-digests.mjs, run on the build of a
// pinned commit) and the test that compares today's engine with them (test/engine/differential).
import { generateFleet, random } from "../bench/fleet.mjs";

/** Products from the generated fleet with hostile variants: padded, other forms, bad fields. */
function hostileVariants(fleet, seed) {
  const rand = random(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const edits = [
    (p) => ({ ...p, name: `  ${p.name}\t` }),
    (p) => ({ ...p, manufacturer: ` ${p.manufacturer ?? "Huawei"} ` }),
    (p) => ({ ...p, manufacturer: "ＨＵＡＷＥＩ Technologies" }),
    (p) => ({ ...p, manufacturer: "Hua\u200bwei" }),
    (p) => ({ ...p, manufacturer: "ZTE\u0301 Corporation" }),
    (p) => ({ ...p, brand: { name: "Hikvision", identifiers: { lei: " 1 " } } }),
    (p) => ({ ...p, categories: ["video-surveillance", " telecommunications-equipment "] }),
    (p) => ({ ...p, attributes: { "\u00e9": "e\u0301", n: -0, big: 1e21, t: true, z: null } }),
    (p) => ({ ...p, name: "" }),
    (p) => ({ ...p, name: "   " }),
    (p) => ({ ...p, name: 42 }),
    (p) => ({ ...p, countryOfOrigin: "cn" }),
    (p) => ({ ...p, type: "gadget" }),
    (p) => ({ ...p, extra: 1 }),
    (p) => ({ ...p, manufacturer: { name: "Huawei", kind: "robot" } }),
    (p) => ({ ...p, identifiers: { fccId: 7 } }),
    (p) => ({ ...p, attributes: { a: [1] } }),
    (p) => ({ ...p, components: [{ ref: "missing" }] }),
    (p) => ({
      ...p,
      components: [...(p.components ?? []), { name: "Undefined field", brand: undefined }],
    }),
    (p) => ({ ...p, components: "none" }),
    (p) => ({ ...p, shared: [{ name: "Unreferenced", id: "u1", manufacturer: "ZTE" }] }),
    (p) => ({ ...p, categories: [] }),
    (p) => ({ ...p, attributes: {} }),
    (p) => ({ ...p, identifiers: { "": "x" } }),
  ];
  // Each product gets the edit of its turn, then one drawn at random on top.
  return fleet.map((product, i) => pick(edits)(edits[i % edits.length](product)));
}

/** The latest `effective.from` of a policy's versions. */
function latestFrom(pack, id) {
  return pack.policies
    .filter((policy) => policy.id === id)
    .map((policy) => policy.effective.from)
    .sort()
    .at(-1);
}

/**
 * The option sets, each `{ name, options, products }` where `options` lacks the registry and
 * `products` names the product groups it runs over ("all" or "small").
 */
function optionSets(pack) {
  const sets = [];
  const ids = [...new Set(pack.policies.map((policy) => policy.id))].sort();
  for (const id of ids) {
    const profile = pack.profiles.find((p) => p.policies.includes(id));
    if (profile)
      sets.push({
        name: `${id} with ${profile.id}'s context`,
        options: { policies: [id], asOf: latestFrom(pack, id), context: profile.context },
        products: "small",
      });
    const own = pack.tests
      .filter((file) => file.policy === id)
      .flatMap((file) => file.cases)
      .find((c) => c.context !== undefined && c.asOf !== undefined);
    if (own)
      sets.push({
        name: `${id} with the context of its test "${own.name}"`,
        options: { policies: [id], asOf: own.asOf, context: own.context },
        products: "small",
      });
  }
  for (const profile of [...pack.profiles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const asOf of ["2019-06-01", "2025-06-01"])
      sets.push({
        name: `profile ${profile.id} on ${asOf}`,
        options: { profile: profile.id, asOf },
        products: "all",
      });
  }
  sets.push(
    {
      name: "us-federal-agency, every gap listed",
      options: { profile: "us-federal-agency", asOf: "2025-06-01", allGaps: true },
      products: "all",
    },
    {
      name: "us-federal-agency, operate phase",
      options: {
        profile: "us-federal-agency",
        asOf: "2025-06-01",
        context: { phase: "operate" },
      },
      products: "all",
    },
    {
      name: "jp-national-ministry with waivers",
      options: {
        profile: "jp-national-ministry",
        asOf: "2021-06-01",
        waivers: [
          {
            id: "w-entity",
            entity: "zte",
            reason: "test",
            approver: "differential",
            expires: "2030-01-01",
          },
          {
            id: "w-path",
            path: ["Product 3"],
            reason: "test",
            approver: "differential",
            expires: "2030-01-01",
            verdict: "review",
          },
          {
            id: "w-expired",
            policy: "jp-gov-procurement",
            reason: "test",
            approver: "differential",
            expires: "2020-01-01",
          },
        ],
      },
      products: "all",
    },
  );
  return sets;
}

/**
 * Every input of the differential test. `documents` are extra texts (examples and SBOM
 * fixtures) as `{ name, text }`, imported with `importText`. Returns `{ products, sets }`:
 * products as `{ name, group, value }` (a plain product, or `{ text }` to import).
 */
export function differentialCases(pack, documents = []) {
  const fleet = generateFleet({ count: 40, seed: 17 });
  fleet.forEach((product, i) => {
    product.name = `Product ${i}`;
  });
  const hostile = hostileVariants(generateFleet({ count: 48, seed: 1717 }), 1717);
  const seen = new Set();
  const testProducts = [];
  for (const file of pack.tests) {
    for (const c of file.cases) {
      const key = JSON.stringify(c.product);
      if (c.product === undefined || seen.has(key)) continue;
      seen.add(key);
      testProducts.push(c.product);
    }
  }
  const products = [
    ...fleet.map((value, i) => ({ name: `fleet ${i}`, group: "small", value })),
    ...hostile.map((value, i) => ({ name: `hostile ${i}`, group: "small", value })),
    ...testProducts.map((value, i) => ({
      name: `policy test product ${i}`,
      group: "small",
      value,
    })),
    ...documents.map(({ name, text }) => ({ name, group: "documents", value: { text } })),
  ];
  return { products, sets: optionSets(pack) };
}
