import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The bundled policy data is read by one CommonJS module (dist/bundled-data.cjs, requiring the
// shipped packs/bundled.json) that both the ESM and the CJS builds load, so the package ships it once.
const bundledData = resolve("src/registry/bundled-data.ts");
const sharedData: Plugin = {
  name: "shared-bundled-data",
  setup(build) {
    build.onResolve({ filter: /bundled-data\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")) === bundledData
        ? { path: "./bundled-data.cjs", external: true }
        : undefined,
    );
  },
};

const library = {
  esbuildPlugins: [sharedData],
  target: "es2022",
  platform: "neutral" as const,
  // A private copy of json-logic-js: a host app's add_operation on its own instance cannot reach ours.
  noExternal: ["json-logic-js"],
  // The entries share their code through chunks: one VendorgateError class, one copy of the data.
  splitting: true,
  // Declarations carry only the public API: members marked @internal are left out.
  dts: {
    entry: { index: "src/index.ts", maintain: "src/maintain/index.ts" },
    compilerOptions: { stripInternal: true },
  },
} satisfies Options;

// The CLI imports the library only through these modules, and runs on their builds beside it.
const libraryEntries = new Map([
  [resolve("src/index.ts"), "./index.js"],
  [resolve("src/maintain/index.ts"), "./maintain.js"],
  [resolve("src/internal.ts"), "./internal.js"],
]);

export default defineConfig([
  {
    ...library,
    entry: {
      index: "src/index.ts",
      maintain: "src/maintain/index.ts",
      internal: "src/internal.ts",
    },
    format: ["esm"],
    clean: true,
  },
  {
    ...library,
    entry: { index: "src/index.ts", maintain: "src/maintain/index.ts" },
    format: ["cjs"],
  },
  {
    entry: { "bundled-data": "src/registry/bundled-data.ts" },
    format: ["cjs"],
    // The data itself stays in packs/bundled.json, which the package ships as it is.
    esbuildPlugins: [
      {
        name: "shipped-pack",
        setup(build) {
          build.onResolve({ filter: /packs\/bundled\.json$/ }, () => ({
            path: "../packs/bundled.json",
            external: true,
          }));
        },
      },
    ],
    target: "es2022",
    // Only for the line that lets Node's ESM loader see the named exports; the data is plain.
    platform: "node",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [
      {
        name: "library-build",
        setup(build) {
          build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const path = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
            const external = libraryEntries.get(path);
            return external ? { path: external, external: true } : undefined;
          });
        },
      },
    ],
  },
]);
