import { InputError, InterruptedError } from "../cli-error.js";
import type { BatchBody } from "./cut-batches.js";
import type { FleetContext } from "./fleet-context.js";
import type { BatchRequest, BatchResult } from "./worker-protocol.js";

/** Whatever checks batches elsewhere: the `WorkerPool`, or a fake in tests. */
export interface BatchRunner {
  run(request: BatchRequest): Promise<BatchResult>;
}

/** A batch sent to the pool and not yet written. */
interface InFlight {
  /** Settles (never rejects) when the batch's result is in. */
  done: Promise<void>;
  result?: BatchResult;
  /** The share of the input up to the end of the batch, for the progress line. */
  share: number | undefined;
}

function failed(seq: number, error: unknown): BatchResult {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    seq,
    text: "",
    tally: { allowed: 0, indeterminate: 0, review: 0, restricted: 0, prohibited: 0 },
    error: { message, unexpected: true },
  };
}

/**
 * Checks a fleet on worker threads. This thread sends the batches (cut by the caller, numbered
 * here in input order) to the pool and writes their results strictly in that order as they
 * arrive. At most `inFlight` batches are between reading and writing: when that many are,
 * reading waits for the oldest (back-pressure), so memory stays constant however long the
 * input. A bad line throws `InputError` after the reports before it; Ctrl-C throws
 * `InterruptedError` after the complete results at the head; either way nothing after is
 * written. The caller terminates the pool.
 */
export async function checkFleetWithWorkers(
  batches: AsyncIterable<BatchBody>,
  fleet: FleetContext,
  pool: BatchRunner,
  inFlight: number,
): Promise<void> {
  const { label, sink, interrupt } = fleet;
  const queue: InFlight[] = [];
  let seq = 0;
  let covered = 0;
  const size = fleet.source.size;

  const send = (body: BatchBody) => {
    covered += body.bytes;
    const share = size ? Math.min(covered / size, 1) : undefined;
    const entry: InFlight = { done: Promise.resolve(), share };
    const request: BatchRequest = { seq: seq++, label, ...body };
    entry.done = pool.run(request).then(
      (result) => {
        entry.result = result;
      },
      (error: unknown) => {
        entry.result = failed(request.seq, error);
      },
    );
    queue.push(entry);
  };
  /** Writes the results at the head of the queue that are in; false once output must stop. */
  const writeReady = (): boolean => {
    for (let head = queue[0]; head?.result; head = queue[0]) {
      queue.shift();
      const { text, tally, error, replaced } = head.result;
      for (const line of replaced ?? []) fleet.utf8?.add(line);
      sink.writeBatch(text, tally, head.share);
      if (error?.unexpected) throw new Error(error.message);
      if (error) throw new InputError(error.message);
      if (sink.closed) return false;
    }
    return true;
  };
  /** Waits for the oldest batch, or Ctrl-C; false once output must stop (or Ctrl-C came). */
  const waitOldest = async (): Promise<boolean> => {
    const head = queue[0];
    if (head) await Promise.race([head.done, interrupt.promise]);
    if (interrupt.requested) return false;
    return writeReady();
  };

  let open = true;
  for await (const body of batches) {
    if (interrupt.requested) break;
    send(body);
    open = writeReady();
    while (open && queue.length >= inFlight) open = await waitOldest();
    if (!open) break;
  }
  while (open && queue.length > 0) open = await waitOldest();
  if (interrupt.requested) {
    writeReady();
    throw new InterruptedError(sink.written);
  }
}
