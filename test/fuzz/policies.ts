// Policies for the fuzzer: the test policy with random JSON Logic (allowed, disallowed and
// unknown operations, var paths into prototypes), entities, dates and versions; and contexts,
// waivers and limits, well formed or not.

import { acme, testPolicy } from "../fixtures/policies.js";
import { categories } from "./products.js";
import type { Rng } from "./rng.js";
import type { FuzzConfig } from "./types.js";
import type { Loose } from "./values.js";
import {
  badVersions,
  forbiddenKeys,
  genDate,
  genJson,
  genString,
  pollutionMarker,
  setKey,
  versions,
} from "./values.js";

const ruleVars = [
  "component.name",
  "component.manufacturer",
  "component.type",
  "component.attributes.canRouteUserData",
  "component.attributes.modelYear",
  "component.identifiers.fccId",
  "component.countryOfOrigin",
  "product.name",
  "product.attributes.gvwrLb",
  "context.buyer.sector",
  "context.buyer.jurisdiction",
  "context.use",
  "context.attributes.exceptionApproved",
  "context.asOf",
  "depth",
];

const scopeVars = [
  "context.buyer.sector",
  "context.buyer.jurisdiction",
  "context.use",
  "context.purpose",
  "context.asOf",
  "context.attributes.exceptionApproved",
];

const prototypeVars = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "component.__proto__",
  "component.constructor",
  "component.constructor.name",
  "component.attributes.__proto__",
  "component.attributes.constructor",
  "component.attributes.hasOwnProperty",
  "context.buyer.toString",
  "context.attributes.valueOf",
  "component.name.length",
  "ancestors.0.constructor",
  "ancestors.__proto__",
  "",
  ".",
  "component..name",
  "component.attributes.",
];

const unknownOperations = [
  "==",
  "!=",
  "log",
  "method",
  "cat",
  "substr",
  "merge",
  "missing",
  "missing_some",
  "filter",
  "map",
  "reduce",
  "+",
  "%",
  "regex_match",
  "__proto__",
  "constructor",
  "toString",
  "made_by.x",
  "",
];

function literal(rng: Rng): Loose {
  return rng.pick([
    "government",
    "XX",
    "JP",
    "device",
    "Acme",
    true,
    false,
    0,
    2027,
    null,
    "",
    ["a", "b"],
  ]);
}

// Fixed bug (kept as an option to reproduce): a `var` default is not checked when compiling, and json-logic-js evaluates it, so an
// operation there runs (or throws an Error) at evaluation. Defaults are literals when avoided.
function genVar(rng: Rng, vars: readonly string[], avoidKnownBugs: boolean): Loose {
  const path = rng.weighted<() => unknown>([
    [8, () => rng.pick(vars)],
    [2, () => rng.pick(prototypeVars)],
    [1, () => rng.pick([0, 1.5, -1, null, true, ["component.name"], { var: "x" }])],
  ])();
  if (!rng.chance(0.2)) return { var: path };
  const fallback =
    avoidKnownBugs || rng.chance(0.7)
      ? literal(rng)
      : rng.pick([
          { var: "constructor" },
          { nope: 1 },
          { log: "vendorgate fuzz: a var default ran an operation" },
          { "==": [1, "1"] },
          { var: "component.attributes.__proto__" },
        ]);
  return { var: [path, fallback] };
}

/** A JSON Logic condition for a rule (`scope: false`) or a policy scope (`scope: true`). */
export function genCondition(
  rng: Rng,
  depth: number,
  { scope = false, avoidKnownBugs = false }: { scope?: boolean; avoidKnownBugs?: boolean } = {},
): Loose {
  const vars = scope ? scopeVars : ruleVars;
  const leaf = () =>
    rng.weighted([
      [
        scope ? 0 : 6,
        () => ({
          made_by: rng.pick(["acme", "*", ["acme"], "huawei", "nobody", "test-policy", []]),
        }),
      ],
      [
        scope ? 0 : 2,
        () => ({
          made_by: {
            entities: rng.pick([["acme"], "*", ["nobody"]]),
            parties: rng.pick([
              ["manufacturer"],
              ["supplier", "name"],
              ["identifiers"],
              ["vendor"],
              "brand",
            ]),
          },
        }),
      ],
      [scope ? 0 : 2, () => ({ in_category: rng.pick([categories[0], categories, [], 5]) })],
      [scope ? 0 : 1, () => ({ origin_in: rng.pick([["CN"], "CN", ["cn"], ["CHN"], []]) })],
      [
        scope ? 0 : 1,
        () => ({ type_is: rng.pick([["device", "module"], "chip", ["gadget"], []]) }),
      ],
      [
        5,
        () => ({
          [rng.pick(["===", "!==", "<", "<=", ">", ">="])]: [
            genVar(rng, vars, avoidKnownBugs),
            literal(rng),
          ],
        }),
      ],
      [1, () => ({ "<": [2019, genVar(rng, vars, avoidKnownBugs), 2030] })],
      [
        2,
        () => ({
          in: [
            genVar(rng, vars, avoidKnownBugs),
            rng.pick([["JP", "US"], "Aztec", { var: "component.name" }]),
          ],
        }),
      ],
      [1, () => genVar(rng, vars, avoidKnownBugs)],
      [1, () => rng.chance(0.5)],
      [
        2,
        () => ({
          [rng.pick(unknownOperations)]: rng.pick([
            [],
            [1, "1"],
            ["x", "toString"],
            genJson(rng, 1),
          ]),
        }),
      ],
      [1, () => genJson(rng, 2)],
    ])();
  if (depth <= 0) return leaf();
  const sub = () => genCondition(rng, depth - 1, { scope, avoidKnownBugs });
  return rng.weighted([
    [6, leaf],
    [3, () => ({ [rng.pick(["and", "or"])]: Array.from({ length: rng.int(4) }, sub) })],
    [2, () => ({ [rng.pick(["!", "!!"])]: rng.chance(0.8) ? sub() : [sub(), sub()] })],
    [1, () => ({ if: Array.from({ length: rng.pick([1, 2, 3, 4, 5]) }, sub) })],
    [
      scope ? 0 : 2,
      () => ({
        [rng.pick(["some", "all", "none"])]: [
          { var: rng.pick(["ancestors", "component.categories", "component.name", "nope"]) },
          rng.chance(0.5) ? { "===": [{ var: rng.pick(["", "type", "x"]) }, "device"] } : sub(),
        ],
      }),
    ],
    [scope ? 0 : 2, () => ({ [rng.pick(["any_descendant", "any_ancestor"])]: sub() })],
    [1, () => ({ and: [sub(), sub()], or: [sub()] })],
  ])();
}

/** The test entity `acme` of the engine tests (test/fixtures/policies.ts), as a fresh copy. */
export function acmeEntity(): Loose {
  return structuredClone(acme);
}

/** The test policy of the engine tests (test/fixtures/policies.ts), as a fresh copy. */
export function basePolicy(): Loose {
  return structuredClone(testPolicy());
}

function genEntity(rng: Rng): Loose {
  const entity = acmeEntity();
  entity.id = rng.pick(["acme", "acme", "acme-2", "Acme", "test-policy", ""]);
  if (rng.chance(0.3)) {
    entity.aliases.push({
      text: rng.chance(0.8) ? genString(rng).slice(0, 400) : "Ac",
      source: rng.pick(["s1", "nope"]),
    });
  }
  if (rng.chance(0.2)) {
    entity.affiliates.push({
      name: rng.pick(["Wile Chips", "华为", ""]),
      relation: "brand",
      from: rng.pick(["2015", "2015-13", "2019-02-30", "2020-11"]),
      until: rng.pick(["2014", "2021", "2020-02-29", "2019"]),
      source: "s1",
    });
  }
  if (rng.chance(0.1))
    entity.identifiers.push({
      scheme: rng.pick(["fcc-grantee", "lei", "ssn"]),
      value: genString(rng).slice(0, 80),
      source: "s1",
    });
  return entity;
}

/** A policy document: the test policy with random conditions, entities, dates and versions. */
export function genPolicy(rng: Rng, { avoidKnownBugs = false }: FuzzConfig = {}): Loose {
  const policy = basePolicy();
  if (rng.chance(0.3))
    policy.id = rng.pick(["my-policy", "test-policy", "Bad Id", "", "__proto__", "a--b"]);
  if (rng.chance(0.4))
    policy.version = rng.chance(0.6) ? rng.pick(versions) : rng.pick(badVersions);
  if (rng.chance(0.2)) policy.jurisdiction = rng.pick(["JP", "xx", "JPN", ""]);
  if (rng.chance(0.3)) {
    policy.effective = { from: genDate(rng) };
    if (rng.chance(0.5)) policy.effective.until = genDate(rng);
  }
  if (rng.chance(0.1))
    policy.sources.push(
      rng.pick([{ ...policy.sources[0] }, { id: "bad", title: "x", url: "not a url" }]),
    );
  if (rng.chance(0.4))
    policy.scope = genCondition(rng, rng.int(3), { scope: true, avoidKnownBugs });
  if (rng.chance(0.4)) {
    policy.entities = Array.from({ length: rng.range(0, 3) }, () =>
      rng.weighted([
        [4, () => genEntity(rng)],
        [2, () => rng.pick(["huawei", "zte", "kaspersky"])],
        [1, () => rng.pick(["nobody", policy.id, "acme", "Bad Id"])],
      ])(),
    );
  }
  const ruleCount = rng.chance(0.5) ? 1 : rng.range(0, 4);
  if (rng.chance(0.6)) {
    policy.rules = Array.from({ length: ruleCount }, (_, i) => {
      const rule: Loose = {
        id: rng.chance(0.9) ? `rule-${i}` : rng.pick(["rule-0", "Rule", ""]),
        verdict: rng.pick([
          "prohibited",
          "restricted",
          "review",
          "allowed",
          "indeterminate",
          "banned",
        ]),
        when: genCondition(rng, rng.int(4), { avoidKnownBugs }),
        message: "m",
        source: rng.pick(["law", { id: "law", section: "§1" }, "nope"]),
        basis: rng.pick(["statute", "press-report", "rumour"]),
      };
      if (rng.chance(0.3)) {
        rule.unless = [
          {
            id: "ex",
            when: genCondition(rng, rng.int(3), { avoidKnownBugs }),
            message: "e",
            source: "law",
            basis: "statute",
          },
        ];
      }
      if (rng.chance(0.2)) rule.effective = { from: genDate(rng), until: genDate(rng) };
      if (rng.chance(0.2)) rule.reach = rng.pick(["root", "tree", "leaf"]);
      return rule;
    });
  }
  return policy;
}

/** A context: mostly one a test or bundled policy covers; unless `valid`, often with wrong values. */
export function genContext(rng: Rng, { valid = false }: { valid?: boolean } = {}): Loose {
  const context: Loose = rng.pick<Loose>([
    { buyer: { sector: "government", jurisdiction: "XX" } },
    { buyer: { sector: "government", jurisdiction: "JP" } },
    { buyer: { sector: "government", jurisdiction: "US" }, use: "procurement" },
    { buyer: { sector: "telecom-carrier", jurisdiction: "AU" }, use: "5g-network" },
    {},
  ]);
  if (rng.chance(0.2)) context.asOf = valid ? "2021-01-01" : genDate(rng);
  if (!valid && rng.chance(0.1))
    context.buyer = {
      sector: rng.pick(["gov", "", "GOVERNMENT"]),
      jurisdiction: rng.pick(["xx", "JPN", "1"]),
    };
  if (rng.chance(0.2)) {
    context.attributes = { exceptionApproved: rng.chance(0.5) };
    if (rng.chance(0.5))
      setKey(
        context.attributes,
        rng.pick(forbiddenKeys),
        rng.pick([{ [pollutionMarker]: true }, "x", 1]),
      );
  }
  if (rng.chance(0.1))
    context.purpose = valid ? "public-safety" : rng.pick(["public-safety", "", genString(rng)]);
  return context;
}

/** Waivers; unless `valid`, often malformed: no scope, bad dates, duplicate ids, wrong verdicts. */
export function genWaivers(rng: Rng, { valid = false }: { valid?: boolean } = {}): Loose {
  return Array.from({ length: rng.int(4) }, (_, i) => {
    const waiver: Loose = {
      id: valid ? `w${i}` : rng.pick(["w1", "w2", "w1", ""]),
      reason: "Approved",
      approver: "CIO",
      expires: valid ? rng.pick(["2020-12-31", "2030-01-01"]) : genDate(rng),
    };
    if (valid || rng.chance(0.8))
      waiver[rng.pick(["policy", "rule", "entity", "product"])] = rng.pick([
        "test-policy",
        "acme-equipment",
        "acme",
        "Product",
        ...(valid ? [] : [""]),
      ]);
    if (rng.chance(0.3))
      waiver.path = rng.pick([
        ["Product"],
        ["Product", "Radio"],
        ...(valid ? [] : [[], "Product"]),
      ]);
    if (rng.chance(0.3))
      waiver.verdict = rng.pick(
        valid ? ["allowed", "review"] : ["allowed", "review", "banned", null],
      );
    return waiver;
  });
}

/** Limits: small valid ones (to reach them), or (unless `valid`) invalid values. */
export function genLimits(rng: Rng, { valid = false }: { valid?: boolean } = {}): Loose {
  const limits: Loose = {};
  for (const key of ["maxComponents", "maxExpandedComponents", "maxDepth", "maxTextLength"]) {
    if (rng.chance(0.4))
      limits[key] = rng.pick(
        valid ? [1, 3, 10, 100, 1e6] : [1, 3, 10, 100, 0, -1, 1.5, "10", null, 1e12],
      );
  }
  if (!valid && rng.chance(0.1)) limits.maxWidth = 5;
  return limits;
}
