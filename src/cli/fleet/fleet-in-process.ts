import { checkLine } from "../check/check-product.js";
import { InterruptedError } from "../cli-error.js";
import { type FleetContext, shareRead } from "./fleet-context.js";

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks a fleet in this thread, one line at a time, writing each report as soon as it is
 * made. Lines are numbered from 1. Stops at the first bad line (`InputError`, after
 * the reports before it), quietly when standard output goes away, and with `InterruptedError`
 * on Ctrl-C.
 */
export async function checkFleetInProcess(
  lines: AsyncIterable<string> | Iterable<string>,
  fleet: FleetContext,
): Promise<void> {
  const { label, prepared, output, sink, interrupt } = fleet;
  let line = 0;
  let checked = 0;
  for await (const text of lines) {
    line++;
    if (interrupt.requested) break;
    if (text.trim() === "") continue;
    const product = checkLine(text, { label, line }, prepared, output, fleet.strict === true);
    sink.write(product.output, product.verdict, shareRead(fleet.source));
    if (sink.closed) return;
    // Let Ctrl-C and the progress clock in, even while lines come from a buffer.
    if (++checked % 64 === 0) await yieldToEventLoop();
  }
  if (interrupt.requested) throw new InterruptedError(sink.written);
}
