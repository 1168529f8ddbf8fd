// What the bench measures against the baseline: every bundled policy alone in a context that
// brings it into scope, the US federal agency profile, and untrusted input, each with its target.
import { readFileSync } from "node:fs";
import { createRegistry, evaluate, parseProduct } from "../../dist/index.js";

const pack = JSON.parse(readFileSync(new URL("../../packs/bundled.json", import.meta.url), "utf8"));

/**
 * A registry compiled afresh from the bundled pack: its own compiled policies, so its name caches
 * start empty (`bundledRegistry()` forks share the caches of one compilation).
 */
export function freshRegistry() {
  return createRegistry({
    entities: pack.entities,
    policies: pack.policies,
    profiles: pack.profiles,
  });
}

/** The latest `effective.from` of a policy's versions: a date its newest version is in force. */
function latestFrom(id) {
  return pack.policies
    .filter((policy) => policy.id === id)
    .map((policy) => policy.effective.from)
    .sort()
    .at(-1);
}

/**
 * Candidate options for one policy alone: the context of each profile that lists it (on a date
 * its newest version is in force), then the contexts of its own test cases.
 */
function candidateOptions(id) {
  const fromProfiles = pack.profiles
    .filter((p) => p.policies.includes(id))
    .map((p) => ({ policies: [id], asOf: latestFrom(id), context: p.context }));
  const fromTests = pack.tests
    .filter((file) => file.policy === id)
    .flatMap((file) => file.cases)
    .filter((c) => c.context !== undefined && c.asOf !== undefined)
    .map((c) => ({ policies: [id], asOf: c.asOf, context: c.context }));
  return [...fromProfiles, ...fromTests];
}

/**
 * The scenarios: `options(registry)` makes the evaluate options; `mode` is "many" (evaluateMany
 * over the fleet) or "each" (`evaluate` per product, options checked per call); `input` is
 * "trusted" (products from `parseProduct`) or "untrusted" (plain JSON); `target` is the ratio to
 * the baseline the issue asks for.
 */
export function scenarios(sample) {
  const ids = [...new Set(pack.policies.map((policy) => policy.id))].sort();
  const list = [];
  const registry = freshRegistry();
  const trustedSample = parseProduct(sample);
  for (const id of ids) {
    const base = candidateOptions(id).find(
      (options) => evaluate(trustedSample, { registry, ...options }).policies[0]?.applies === true,
    );
    const applies = base !== undefined;
    list.push({
      name: `${id} in scope, trusted`,
      options: (r) => ({ registry: r, ...base }),
      mode: "many",
      input: "trusted",
      target: 1.0,
      ...(applies ? {} : { skip: "no profile or test case brings it into scope" }),
    });
  }
  const federal = { profile: "us-federal-agency", asOf: "2025-06-01" };
  const jp = {
    policies: ["jp-gov-procurement"],
    asOf: "2021-06-01",
    context: { buyer: { sector: "government", jurisdiction: "JP" } },
  };
  list.push(
    {
      name: "us-federal-agency profile, trusted",
      options: (r) => ({ registry: r, ...federal }),
      mode: "many",
      input: "trusted",
      target: 0.7,
    },
    {
      name: "evaluateMany, untrusted, jp-gov-procurement",
      options: (r) => ({ registry: r, ...jp }),
      mode: "many",
      input: "untrusted",
      target: 0.5,
    },
    {
      name: "evaluate per call, untrusted, jp-gov-procurement",
      options: (r) => ({ registry: r, ...jp }),
      mode: "each",
      input: "untrusted",
      target: 0.5,
    },
    {
      name: "evaluateMany, untrusted, us-federal-agency",
      options: (r) => ({ registry: r, ...federal }),
      mode: "many",
      input: "untrusted",
      target: 0.5,
    },
    {
      name: "evaluate per call, untrusted, us-federal-agency",
      options: (r) => ({ registry: r, ...federal }),
      mode: "each",
      input: "untrusted",
      target: 0.5,
    },
  );
  return list;
}
