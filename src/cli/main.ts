import { nodeIo } from "./node-io.js";
import { runCli } from "./run-cli.js";

/** The `vendorgate` executable: runs the command line and sets the exit code. */
process.exitCode = await runCli(process.argv.slice(2), nodeIo());
