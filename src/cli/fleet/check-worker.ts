import type { MessagePort } from "node:worker_threads";
import { bundledRegistry } from "../../index.js";
import { type PreparedEvaluation, prepareEvaluation } from "../../internal.js";
import { checkBatch } from "../check/check-batch.js";
import type { ToWorker, WorkerReady, WorkerSetup } from "./worker-protocol.js";

const encoder = new TextEncoder();

/**
 * The body of a check worker thread: builds the bundled registry at once (while the main
 * thread still gets ready), prepares the options of its first message (`{ setup }`) once and says
 * so (`WorkerReady`), then answers each `BatchRequest` on `port` with its `BatchResult`.
 */
export function runCheckWorker(port: MessagePort): void {
  const registry = bundledRegistry();
  let ready: { setup: WorkerSetup; prepared: PreparedEvaluation } | undefined;
  port.on("message", (message: ToWorker) => {
    if ("setup" in message) {
      const { setup } = message;
      const prepared = prepareEvaluation({
        registry,
        policies: setup.policies,
        asOf: setup.asOf,
        context: setup.context,
        now: new Date(setup.now),
        allGaps: setup.allGaps,
      });
      ready = { setup, prepared };
      const said: WorkerReady = { ready: true };
      port.postMessage(said);
      return;
    }
    if (!ready) throw new Error("a check worker got a batch before its setup");
    const { setup, prepared } = ready;
    const options = { strict: setup.strict === true, lenientUtf8: setup.lenientUtf8 === true };
    const result = checkBatch(message, prepared, setup.output, options);
    // Encoded here, in parallel, rather than by the main thread that writes them.
    const bytes = encoder.encode(result.text);
    port.postMessage({ ...result, text: bytes }, [bytes.buffer]);
  });
}
