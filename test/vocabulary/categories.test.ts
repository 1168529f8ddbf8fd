// The published category vocabulary: it covers every category a bundled rule reads, its
// synonyms are read as their category everywhere rules look, and an unknown value is reported.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledRegistry, categoryVocabulary, evaluate, parseProduct } from "../../src/index.js";
import { readCategory } from "../../src/vocabulary/categories.js";

const policiesDir = new URL("../../policies/", import.meta.url);

/** Every category named by a bundled policy's conditions (`in_category`, or a list compared with `*.categories`). */
function categoriesRulesRead(): Set<string> {
  const found = new Set<string>();
  const strings = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value !== null && typeof value === "object"
          ? Object.values(value).flatMap(strings)
          : [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "in_category") for (const category of strings(inner)) found.add(category);
      if ((key === "some" || key === "all" || key === "none") && Array.isArray(inner)) {
        const over = JSON.stringify(inner[0]);
        if (over.includes(".categories")) for (const s of strings(inner[1])) found.add(s);
      }
      walk(inner);
    }
  };
  for (const policy of readdirSync(policiesDir, { withFileTypes: true })) {
    if (!policy.isDirectory() || policy.name === "entities") continue;
    for (const file of readdirSync(new URL(`${policy.name}/`, policiesDir))) {
      if (!/^\d+\.\d+\.\d+\.json$/.test(file)) continue;
      const json = JSON.parse(readFileSync(new URL(`${policy.name}/${file}`, policiesDir), "utf8"));
      walk(json.rules);
    }
  }
  found.delete(""); // the `{"var": ""}` of `some`
  return found;
}

const known = new Set(categoryVocabulary.map((term) => term.category));

describe("the category vocabulary", () => {
  it("has every category a bundled rule reads, and no other", () => {
    const read = categoriesRulesRead();
    expect(read.size).toBeGreaterThanOrEqual(11);
    expect([...read].sort()).toEqual([...known].sort());
  });

  it("describes each category and lists no synonym that is itself a category", () => {
    for (const term of categoryVocabulary) {
      expect(term.description.length, term.category).toBeGreaterThan(10);
      for (const synonym of term.synonyms) expect(known.has(synonym), synonym).toBe(false);
    }
  });

  it.each([
    ["drone", ["uas"]],
    ["Drones", ["uas"]],
    ["UAV", ["uas"]],
    ["unmanned aircraft", ["uas"]],
    ["CCTV", ["video-surveillance"]],
    ["IP camera", ["video-surveillance"]],
    ["NVR", ["video-surveillance"]],
    ["DVR", ["video-surveillance"]],
    ["router", ["telecommunications-equipment"]],
    ["Modem", ["telecommunications-equipment"]],
    ["base station", ["telecommunications-equipment"]],
    ["switch", ["telecommunications-equipment"]],
    ["endpoint protection", ["antivirus"]],
    ["Anti-Virus", ["antivirus"]],
    ["Telecommunications_Equipment", ["telecommunications-equipment"]],
    ["video  surveillance", ["video-surveillance"]],
    ["Wi-Fi router", ["telecommunications-equipment", "consumer-router"]],
  ])("reads %j as %j", (value, categories) => {
    expect(readCategory(value).categories).toEqual(categories);
  });

  it("names the closest category for an unknown value", () => {
    expect(readCategory("dorne")).toEqual({
      categories: [],
      closest: { category: "uas", term: "drone" },
      slipOf: ["uas"],
    });
    // Another word, not a slip: the closest category is named, and no rule is left unsure.
    expect(readCategory("personal-computer").slipOf).toBeUndefined();
    expect(readCategory("antivirs").closest?.category).toBe("antivirus");
  });
});

describe("categories on input", () => {
  const registry = bundledRegistry();
  const options = {
    registry,
    policies: ["us-asda-drones"],
    asOf: "2024-06-01",
    context: { buyer: { sector: "government" as const, jurisdiction: "US" }, use: "procurement" },
  };
  const drone = (categories: string[]) => ({
    name: "Mavic inspection drone",
    type: "device",
    manufacturer: "SZ DJI Technology Co., Ltd.",
    countryOfOrigin: "CN",
    categories,
  });

  it("read a synonym as its category before rules see it, and say so", () => {
    const report = evaluate(drone(["Drone"]), options);
    expect(report.verdict).toBe("prohibited");
    expect(report.findings.map((f) => [f.entity?.id, f.verdict])).toEqual([["dji", "prohibited"]]);
    expect(report.warnings).toEqual([
      {
        code: "category_synonym",
        path: ["categories", 0],
        message:
          'Category "Drone" is a synonym of "uas" in the category vocabulary: read as the vocabulary\'s category',
      },
    ]);
    // The same verdict and findings as the vocabulary's own word.
    const plain = evaluate(drone(["uas"]), options);
    expect(plain.warnings).toBeUndefined();
    expect(report.findings).toEqual(plain.findings);
  });

  it("warn about an unknown value, naming the closest category, and keep it as written", () => {
    const product = parseProduct(drone(["dorne"]));
    expect(product.graph.nodes[0]?.view.categories).toEqual(["dorne"]);
    expect(product.warnings).toEqual([
      {
        code: "unknown_category",
        path: ["categories", 0],
        message:
          'Category "dorne" is not in the category vocabulary; the closest known category is "uas" (by "drone"): kept as written; a rule asking for "uas" cannot tell whether this part is one, and says so',
      },
    ]);
    // A slip of "drone": rules asking for uas cannot tell (see misspelt-categories.test.ts).
    expect(evaluate(product, options).warnings?.map((w) => w.code)).toEqual(["unknown_category"]);
  });

  it("read categories on parts and shared parts, once each", () => {
    const product = parseProduct({
      name: "Kit",
      categories: ["UAS", "uas", "drone"],
      components: [{ ref: "cam" }, { ref: "cam" }],
      shared: [{ name: "Camera", id: "cam", categories: ["IP camera", "NVR"] }],
    });
    expect(product.graph.nodes.map((node) => node.view.categories)).toEqual([
      ["uas"],
      ["video-surveillance"],
    ]);
    expect(product.warnings.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["category_synonym", "categories.0"],
      ["category_synonym", "categories.2"],
      ["category_synonym", "shared.0.categories.0"],
      ["category_synonym", "shared.0.categories.1"],
    ]);
  });

  it("list at most 50 warnings of a kind, then count the rest", () => {
    const product = parseProduct({
      name: "Rack",
      components: Array.from({ length: 60 }, (_, i) => ({
        name: `Cam ${i}`,
        categories: ["CCTV"],
      })),
    });
    expect(product.warnings).toHaveLength(51);
    expect(product.warnings.at(-1)?.message).toMatch(/^10 more warnings of this kind \(60 in all/);
  });

  it("leave a product already in the vocabulary as it was: same view, same digest, no warnings", () => {
    const input = drone(["uas", "uas-critical-component"]);
    const product = parseProduct(input);
    expect(product.warnings).toEqual([]);
    expect(product.graph.nodes[0]?.view.categories).toBe(input.categories);
  });
});

describe("the README's category table", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  it.each(categoryVocabulary.map((term) => [term.category, term] as const))(
    "lists %s with its synonyms",
    (category, term) => {
      const synonyms = term.synonyms.map((synonym) => `\`${synonym}\``).join(", ");
      expect(readme).toContain(`| \`${category}\` | ${term.description} | ${synonyms} |`);
    },
  );
});
