import type { PreparedEvaluation } from "../../internal.js";
import { InputError } from "../cli-error.js";
import type { BatchError, BatchRequest, BatchResult } from "../fleet/worker-protocol.js";
import type { OutputOptions } from "../output/format-output.js";
import { checkLine } from "./check-product.js";
import { emptyTally } from "./tally.js";

/** The lines of a batch: as sent, or split from its bytes (`\n` or `\r\n` endings). */
function linesOf(body: string[] | Uint8Array): string[] {
  if (Array.isArray(body)) return body;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

function batchError(error: unknown): BatchError {
  if (error instanceof InputError) return { message: error.message, unexpected: false };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message, unexpected: true };
}

/**
 * Checks a batch of NDJSON lines (in a worker thread): each non-blank line in order, until the
 * first bad one. Never throws: a bad line ends the batch with `error` and the reports before it.
 */
export function checkBatch(
  request: BatchRequest,
  prepared: PreparedEvaluation,
  output: OutputOptions,
  strict = false,
): BatchResult {
  const tally = emptyTally();
  let text = "";
  try {
    linesOf(request.lines).forEach((line, i) => {
      if (line.trim() === "") return;
      const where = { label: request.label, line: request.firstLine + i };
      const checked = checkLine(line, where, prepared, output, strict);
      text += checked.output;
      tally[checked.verdict]++;
    });
  } catch (error) {
    return { seq: request.seq, text, tally, error: batchError(error) };
  }
  return { seq: request.seq, text, tally };
}
