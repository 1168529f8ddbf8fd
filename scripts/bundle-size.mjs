// Measures what a browser app pays for vendorgate: the engine alone (`evaluate` + `createRegistry`)
// and with the bundled policies (`bundledRegistry`), each bundled and minified by esbuild from the
// built package (dist/), and checks that the package ships the policy data in one file only.
// Fails when the engine exceeds its budget or the policy data is counted more than once.
// Usage: node scripts/bundle-size.mjs [--json]   (after `npm run build`)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: node scripts/bundle-size.mjs [--json]

Bundles dist/index.js for the browser with esbuild (minified) twice: the engine alone
(evaluate + createRegistry) and with the bundled policies (evaluate + bundledRegistry).
Fails if the engine is over ${216} KB, if the policy data is counted more than once in the
second bundle, or if more than one file of the package holds the policy data. Run \`npm run build\` first.

  --json   print the measurements as JSON
  -h, --help  show this help`;

const { values } = scriptArgs(usage, { options: { json: { type: "boolean" } } });

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
// The schemas are built with zod/mini (about 40 KB with its English messages; classic zod was
// about 100 KB, every schema carrying its whole method chain). The rest: semver's ranges (20 KB),
// the package-URL parser (14 KB) and the part of the confusables table Latin, Cyrillic and Greek
// names use (17 KB).
// 200 KB until 2026-12-06, when the one-walk reader of untrusted products (about 5 KB) and the
// name pre-filters took the engine to 206 KB, then the deep-chain walk and absence guards to
// 211 KB, then parts that lack what a rule reads decided at once to 215.2 KB: see the CHANGELOG
// for what would win it back.
const engineBudget = 216 * 1024;
if (!existsSync(join(dist, "index.js"))) {
  console.error("bundle-size: dist/index.js is missing; run `npm run build` first");
  process.exit(2);
}

async function minifiedSize(names) {
  const result = await build({
    stdin: {
      contents: `export { ${names.join(", ")} } from ${JSON.stringify(join(dist, "index.js"))};`,
      resolveDir: root,
      loader: "js",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].contents.length;
}

/** The bundled pack (entities, policy versions, profiles, test cases) written without spaces. */
function policyDataSize() {
  const pack = readFileSync(join(root, "packs/bundled.json"), "utf8");
  return JSON.stringify(JSON.parse(pack)).length;
}

/** The package's files (dist/ and packs/) that hold a text found only in the policy data. */
function filesHoldingData() {
  const huawei = JSON.parse(readFileSync(join(root, "policies/entities/huawei.json"), "utf8"));
  const marker = huawei.sources?.[0]?.url ?? huawei.name;
  return ["dist", "packs"]
    .flatMap((dir) => readdirSync(join(root, dir)).map((file) => `${dir}/${file}`))
    .filter((file) => /\.(c?js|json)$/.test(file))
    .filter((file) => readFileSync(join(root, file), "utf8").includes(marker));
}

const engine = await minifiedSize(["evaluate", "createRegistry"]);
const withPolicies = await minifiedSize(["evaluate", "bundledRegistry"]);
const data = policyDataSize();
const dataFiles = filesHoldingData();
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const problems = [];
if (engine > engineBudget)
  problems.push(`the engine is ${kb(engine)}, over its budget of ${kb(engineBudget)}`);
// Minified object literals are a little smaller than the JSON; twice the data is far over this.
if (withPolicies - engine > data * 1.25)
  problems.push(
    `the bundled policies add ${kb(withPolicies - engine)} for ${kb(data)} of policy data: counted more than once`,
  );
if (dataFiles.length !== 1)
  problems.push(
    `the policy data is in ${dataFiles.length} files of the package (${dataFiles.join(", ")}), not one`,
  );

if (values.json) {
  console.log(
    JSON.stringify({ engine, withPolicies, policyData: data, dataFiles, problems }, null, 2),
  );
} else {
  console.log(
    `engine (evaluate + createRegistry), minified: ${kb(engine)} (budget ${kb(engineBudget)})`,
  );
  console.log(`with bundledRegistry, minified:               ${kb(withPolicies)}`);
  console.log(
    `policy data (JSON without spaces):            ${kb(data)}, in ${dataFiles.join(", ")}`,
  );
  for (const problem of problems) console.error(`✖ ${problem}`);
}
process.exitCode = problems.length > 0 ? 1 : 0;
