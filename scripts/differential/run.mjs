// Runs the differential cases on one build of the library and digests the reports, one digest per
// option set, so two builds can be compared without storing their reports.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { differentialCases } from "./cases.mjs";

const root = new URL("../../", import.meta.url);

/** The example products and documents, and the SBOM fixtures in ../shared/fixtures. */
export function readDocuments() {
  const documents = [];
  const add = (dir, label) => {
    const url = new URL(dir, root);
    for (const name of readdirSync(url).sort()) {
      if (!name.endsWith(".json")) continue;
      documents.push({ name: `${label}/${name}`, text: readFileSync(new URL(name, url), "utf8") });
    }
  };
  add("examples/products/", "examples/products");
  add("examples/boms/", "examples/boms");
  add("../shared/fixtures/cyclonedx/", "fixtures/cyclonedx");
  add("../shared/fixtures/spdx/", "fixtures/spdx");
  return documents;
}

function failure(lib, error) {
  if (!(error instanceof lib.VendorgateError)) throw error;
  return `error ${error.message} ${JSON.stringify(error.issues)}`;
}

/** A document imported once for every option set, or why it was refused. */
function imported(lib, text) {
  try {
    return { value: lib.importText(text) };
  } catch (error) {
    return { refused: failure(lib, error) };
  }
}

/** What a build answered for one product: its report, or the problems it found. */
function answer(lib, input, options) {
  if (input.refused !== undefined) return input.refused;
  try {
    const report = lib.evaluate(input.value, options);
    // The engine's own version is left out: a release changes it and nothing else.
    return JSON.stringify({ ...report, stamp: { ...report.stamp, engine: undefined } });
  } catch (error) {
    return failure(lib, error);
  }
}

/**
 * The digests of one build (`lib`: its `createRegistry`, `evaluate`, `importText` and
 * `VendorgateError`): for each option set, SHA-256 over the answers for its products, in order.
 */
export function differentialDigests(lib, pack, documents = readDocuments()) {
  const registry = lib.createRegistry({
    entities: pack.entities,
    policies: pack.policies,
    profiles: pack.profiles,
  });
  const { products, sets } = differentialCases(pack, documents);
  const inputs = products.map((product) =>
    product.value.text === undefined ? { value: product.value } : imported(lib, product.value.text),
  );
  const digests = {};
  for (const set of sets) {
    // One options object per set, reused for every product as callers do.
    const options = { registry, ...set.options };
    const hash = createHash("sha256");
    products.forEach((product, i) => {
      if (set.products === "small" && product.group !== "small") return;
      hash.update(`${product.name}\n${answer(lib, inputs[i], options)}\n`);
    });
    digests[set.name] = hash.digest("hex");
  }
  return digests;
}
