// The real SBOM/HBOM documents in ../shared/outside-boms (read from there, never copied): each
// imported and screened under the US federal agency profile, against the floor of reading it and
// `JSON.parse`-ing it (for XML and tag-value documents, reading it), in one run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { evaluate, importText, VendorgateError } from "../../dist/index.js";

const dir = new URL("../../../shared/outside-boms/", import.meta.url);

function floor(path) {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function screen(path, options) {
  const text = readFileSync(path, "utf8");
  try {
    return evaluate(importText(text), options).findings.length;
  } catch (error) {
    if (!(error instanceof VendorgateError)) throw error;
    return -1;
  }
}

/**
 * Times the floor and vendorgate (import + `evaluate` under the us-federal-agency profile) over
 * every document, taking turns, `runs` times after a warm-up; medians of the totals. Undefined
 * when the documents are not there.
 */
export function benchOutsideBoms({ registry, runs }) {
  if (!existsSync(dir)) return undefined;
  const paths = readdirSync(dir)
    .filter((name) => name !== "SOURCES.md")
    .map((name) => new URL(name, dir));
  const options = { registry, profile: "us-federal-agency", asOf: "2025-06-01" };
  let bytes = 0;
  let refused = 0;
  for (const path of paths) {
    bytes += readFileSync(path).length;
    if (screen(path, options) < 0) refused++;
  }
  const floorMs = [];
  const screenMs = [];
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    for (const path of paths) floor(path);
    floorMs.push(performance.now() - start);
    start = performance.now();
    for (const path of paths) screen(path, options);
    screenMs.push(performance.now() - start);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    documents: paths.length,
    refused,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    floorMs: Math.round(median(floorMs)),
    screenMs: Math.round(median(screenMs)),
  };
}
