// What `npm run fuzz` (scripts/fuzz.mjs) runs, bundled with tsup into .fuzz/build/fuzz.js: the
// fuzz core (generators and checks, in TypeScript here beside the tests) and `runCli` with the
// library it was built with, as one copy, so that the registry handed to `runCli` throws the
// same VendorgateError class the CLI catches. The library under test stays the built dist/.
export { runCli } from "../../src/cli/run-cli.js";
export * from "../../src/index.js";
export { createEnv, generateCase, runCase, runFuzz, serializeInput, signatureOf } from "./core.js";
