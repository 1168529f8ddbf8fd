// Rules that are false on every part below the product that lacks some fields (a default that is
// not what is compared with, `some` of an empty list, depth 0 asked for) rule such parts out
// without running, and rules that read of a part only its categories and attributes decide the
// parts that lack them all at once (false, or one gap counted for all): reports must be those of
// the same rules run on every part.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRegistry, evaluate, type Report, type Rule } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { dagArb, productArb, runs } from "./arbitraries.js";

const cite = { source: { id: "law", section: "§1" }, basis: "statute" as const };
const rule = (id: string, when: object, extra: Partial<Rule> = {}): Rule =>
  ({ id, verdict: "prohibited", when, message: id, ...cite, ...extra }) as Rule;

const conditions: [string, object][] = [
  ["routes-data", { "===": [{ var: ["component.attributes.routesUserData", false] }, true] }],
  [
    "cn-camera",
    {
      and: [
        {
          or: [
            { and: [{ "===": [{ var: "depth" }, 0] }, { in_category: ["video-surveillance"] }] },
            {
              some: [
                { var: ["component.categories", []] },
                { in: [{ var: "" }, ["video-surveillance"]] },
              ],
            },
          ],
        },
        { origin_in: ["CN"] },
      ],
    },
  ],
  ["may-route", { in: [{ var: ["component.attributes.canRouteUserData", "unknown"] }, [true]] }],
  // Parts that read only the product: the guards hold on a product where they are false.
  [
    "product-routes",
    {
      and: [
        {
          or: [
            { "!!": { var: ["product.attributes.routesUserData", false] } },
            { some: [{ var: ["component.categories", []] }, { in: [{ var: "" }, ["antivirus"]] }] },
          ],
        },
        { in_category: ["video-surveillance", "antivirus"] },
      ],
    },
  ],
  [
    "product-unknown",
    {
      or: [
        // Without a default: unknown on a product without it, and the guard must not hold.
        { "===": [{ var: "product.attributes.canRouteUserData" }, true] },
        { "===": [{ var: ["component.attributes.substantialOrEssential", "unset"] }, true] },
      ],
    },
  ],
  [
    "product-telecom",
    {
      and: [
        { "===": [{ var: "depth" }, 1] },
        {
          some: [
            { var: ["product.categories", []] },
            { in: [{ var: "" }, ["telecommunications-equipment"]] },
          ],
        },
        { in_category: ["telecommunications-equipment"] },
      ],
    },
  ],
  // Read only categories and attributes: unknown on a part that lacks them (a counted gap) ...
  [
    "cn-camera-unknown",
    {
      and: [
        { in_category: ["video-surveillance"] },
        { "===": [{ var: "component.attributes.routesUserData" }, true] },
      ],
    },
  ],
  // ... true there (a finding on every such part) ...
  [
    "no-routing-said",
    { "===": [{ var: ["component.attributes.routesUserData", "none"] }, "none"] },
  ],
  // ... or unknown, unless the product says otherwise.
  [
    "camera-unless-product",
    {
      or: [
        { "===": [{ var: "product.attributes.canRouteUserData" }, true] },
        { in_category: ["video-surveillance"] },
      ],
    },
  ],
];

/**
 * The test policy with these rules, their conditions as given or behind `!!` and a read of the
 * depth (always at least 0), which neither guard reads through.
 */
function registry(hidden: boolean, ids: readonly string[]) {
  const base = testPolicy();
  const hide = (when: object) => ({
    "!": { "!": { and: [{ ">=": [{ var: "depth" }, 0] }, when] } },
  });
  const rules = conditions
    .filter(([id]) => ids.includes(id))
    .map(([id, when]) => rule(id, hidden ? hide(when) : when));
  return createRegistry({ policies: [testPolicy({ rules: [...base.rules, ...rules] })] });
}
// Rule sets: with a rule true on a part that lacks all it reads, every part is decided.
const sets = [
  conditions.map(([id]) => id).filter((id) => id !== "no-routing-said"),
  ["cn-camera-unknown"],
  conditions.map(([id]) => id),
].map((ids) => ({ guarded: registry(false, ids), plain: registry(true, ids) }));
const options = {
  policies: ["test-policy"],
  asOf: "2021-01-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "XX" } },
};

/** What the reports say of the product (their stamps name different policy digests). */
const said = (report: Report) =>
  JSON.stringify([report.verdict, report.findings, report.gapSummary, report.dataGaps]);

describe("rules ruled out on parts that lack fields", () => {
  it("give the reports of the same rules run on every part", () => {
    fc.assert(
      fc.property(
        fc.oneof(productArb, dagArb),
        fc.boolean(),
        fc.constantFrom(...sets),
        (product, allGaps, { guarded, plain }) => {
          const a = evaluate(product, { ...options, registry: guarded, allGaps });
          const b = evaluate(product, { ...options, registry: plain, allGaps });
          expect(said(a)).toBe(said(b));
        },
      ),
      { numRuns: runs(300), seed: 20261206 },
    );
  });
});
