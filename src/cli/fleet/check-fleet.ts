import { checkBatch } from "../check/check-batch.js";
import type { FleetInput } from "../input/open-input.js";
import { settlesWithin, streamWaitMs } from "../input/stream-wait.js";
import { chainGroups, chainLines } from "./chain-lines.js";
import { type BatchBody, byteBatches, lineBatches } from "./cut-batches.js";
import type { FleetContext } from "./fleet-context.js";
import { checkFleetInProcess } from "./fleet-in-process.js";
import { checkFleetWithWorkers } from "./fleet-workers.js";
import { type BusyRunner, ThisThreadToo } from "./this-thread-too.js";
import type { BatchRequest } from "./worker-protocol.js";

/** How a fleet may use worker threads. */
export interface WorkerPlan {
  /** The pool, started on first use and shared by the fleets of one run. */
  pool: () => BusyRunner;
  /** How many batches a worker may have waiting before this thread checks the next one. */
  ahead: number;
  /** A fleet that ends within this many lines and `smallChars` characters stays in-process. */
  smallLines: number;
  smallChars: number;
  /** The most lines of text in a batch (the lines read before the raw bytes, or all of them). */
  batchLines: number;
  /** About how many bytes (or characters) a batch holds. */
  batchBytes: number;
  /** The most batches between reading and writing. */
  inFlight: number;
}

async function* both(
  first: AsyncIterable<BatchBody>,
  then: () => AsyncIterable<BatchBody>,
): AsyncGenerator<BatchBody> {
  yield* first;
  yield* then();
}

/**
 * Checks an NDJSON fleet, writing each report as it goes. Without `workers`, in this thread.
 * With them, the first lines are read ahead (not in a file of `smallChars` bytes or more): a
 * small fleet (it ends within `smallLines` lines and `smallChars` characters) is still checked
 * in-process, as starting threads would cost
 * more than it saves, and so is a stream (standard input, a pipe) whose next line takes longer
 * than `streamWaitMs` to come, so its reports never wait for it; a larger one goes to the worker pool: the lines read so far as text,
 * the rest as raw bytes cut at newlines when the input can hand them over (this thread then
 * never decodes them), else as lines of text.
 */
export async function checkFleet(
  input: FleetInput,
  fleet: FleetContext,
  workers: WorkerPlan | undefined,
): Promise<void> {
  const { head, rest, source } = input;
  let pending = input.ahead;
  const inProcess = (read: readonly string[]) =>
    checkFleetInProcess(chainGroups(read, pending, rest, source), fleet);
  if (!workers) return inProcess(head);
  const read = [...head];
  let chars = read.reduce((sum, line) => sum + line.length, 0);
  // A file that large cannot be small: its lines go to the workers without being read ahead.
  const mayBeSmall = () =>
    (source.size ?? 0) < workers.smallChars &&
    read.length < workers.smallLines &&
    chars < workers.smallChars;
  while (pending || mayBeSmall()) {
    pending ??= rest.next();
    // A stream that pauses is checked as it comes, in this thread: its reports do not wait.
    // So is a line that cannot be read (invalid UTF-8): its error comes after the reports before.
    let next: IteratorResult<string>;
    try {
      if (source.size === undefined && !(await settlesWithin(pending, streamWaitMs))) {
        return inProcess(read);
      }
      next = await pending;
    } catch {
      return inProcess(read);
    }
    pending = undefined;
    if (next.done) return inProcess(read);
    read.push(next.value);
    chars += next.value.length;
  }
  const { batchLines, batchBytes } = workers;
  const rawRest = source.rawRest?.bind(source);
  const batches = rawRest
    ? both(lineBatches(read, 1, batchLines, batchBytes), () =>
        byteBatches(rawRest(), read.length + 1, batchBytes, source.bytesRead()),
      )
    : lineBatches(chainLines(read, rest), 1, batchLines, batchBytes);
  const options = { strict: fleet.strict === true, lenientUtf8: fleet.utf8 !== undefined };
  const here = (request: BatchRequest) =>
    checkBatch(request, fleet.prepared, fleet.output, options);
  const runner = new ThisThreadToo(workers.pool(), here, workers.ahead);
  return checkFleetWithWorkers(batches, fleet, runner, workers.inFlight);
}
