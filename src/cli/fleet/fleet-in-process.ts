import { checkLine } from "../check/check-product.js";
import { emptyTally, type Tally } from "../check/tally.js";
import { InterruptedError } from "../cli-error.js";
import { type FleetContext, shareRead } from "./fleet-context.js";

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How many lines are checked between two turns of the event loop (Ctrl-C, the progress clock). */
const linesPerTurn = 64;

/**
 * Checks a fleet in this thread, its lines given in groups (each group the lines at hand: a
 * report never waits for a line after its group), writing the reports of each group (at most
 * `linesPerTurn` at a time) in one write as soon as they are made. Lines are numbered from 1.
 * Stops at the first bad line (`InputError`, after the reports before it), quietly when
 * standard output goes away, and with `InterruptedError` on Ctrl-C.
 */
export async function checkFleetInProcess(
  groups: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  fleet: FleetContext,
): Promise<void> {
  const { label, prepared, output, sink, interrupt } = fleet;
  const strict = fleet.strict === true;
  let line = 0;
  let text = "";
  let tally: Tally = emptyTally();
  let held = 0;
  /** Writes the reports held; false once output must stop. */
  const flush = (): boolean => {
    if (held > 0) sink.writeBatch(text, tally, shareRead(fleet.source));
    text = "";
    tally = emptyTally();
    held = 0;
    return !sink.closed;
  };
  let checked = 0;
  for await (const group of groups) {
    for (const content of group) {
      line++;
      if (interrupt.requested) break;
      if (content.trim() === "") continue;
      let product: ReturnType<typeof checkLine>;
      try {
        product = checkLine(content, { label, line }, prepared, output, strict);
      } catch (error) {
        flush();
        throw error;
      }
      if (product.entry) {
        if (!flush()) return;
        sink.write(product.output, product.verdict, shareRead(fleet.source), product.entry);
        if (sink.closed) return;
      } else {
        text += product.output;
        tally[product.verdict]++;
        held++;
      }
      // Let Ctrl-C and the progress clock in, even while lines come from a buffer.
      if (++checked % linesPerTurn === 0) {
        if (!flush()) return;
        await yieldToEventLoop();
      }
    }
    if (!flush()) return;
    if (interrupt.requested) break;
  }
  if (interrupt.requested) throw new InterruptedError(sink.written);
}
