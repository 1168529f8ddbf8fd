import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runCheckWorker } from "./fleet/check-worker.js";
import { checkWorkerKind, type WorkerStart } from "./fleet/worker-protocol.js";
import { nodeIo } from "./node-io.js";
import { runCli } from "./run-cli.js";

const start = workerData as WorkerStart | undefined;
if (!isMainThread && parentPort && start?.kind === checkWorkerKind) {
  // Started by `vendorgate check --jobs N` from this same file: check batches of lines.
  runCheckWorker(parentPort);
} else {
  /** The `vendorgate` executable: runs the command line and sets the exit code. */
  const io = nodeIo();
  const code = await runCli(process.argv.slice(2), io, { workerUrl: new URL(import.meta.url) });
  // A failed write to standard output set 2 already (now, or when its error comes in later).
  if (!io.stdoutFailed()) process.exitCode = code;
}
