// The fuzz runner bundles this with tsup: `runCli` and the library it was built with, as one copy,
// so the registry handed to `runCli` throws the same VendorgateError class the CLI catches.
export { runCli } from "../../src/cli/run-cli.js";
export * from "../../src/index.js";
