import type { MessagePort } from "node:worker_threads";
import { bundledRegistry } from "../../index.js";
import { prepareEvaluation } from "../../internal.js";
import { checkBatch } from "../check/check-batch.js";
import type { BatchRequest, WorkerSetup } from "./worker-protocol.js";

/**
 * The body of a check worker thread: builds the bundled registry, prepares the options once,
 * then answers each `BatchRequest` on `port` with its `BatchResult`.
 */
export function runCheckWorker(port: MessagePort, setup: WorkerSetup): void {
  const prepared = prepareEvaluation({
    registry: bundledRegistry(),
    policies: setup.policies,
    asOf: setup.asOf,
    context: setup.context,
    allGaps: setup.allGaps,
  });
  port.on("message", (request: BatchRequest) => {
    const options = { strict: setup.strict === true, lenientUtf8: setup.lenientUtf8 === true };
    port.postMessage(checkBatch(request, prepared, setup.output, options));
  });
}
