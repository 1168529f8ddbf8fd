import type { PreparedEvaluation } from "../../internal.js";
import { InputError } from "../cli-error.js";
import type { BatchError, BatchRequest, BatchResult } from "../fleet/worker-protocol.js";
import { decodeUtf8, type Replaced } from "../input/utf8.js";
import type { OutputOptions } from "../output/format-output.js";
import { checkLine } from "./check-product.js";
import { emptyTally } from "./tally.js";

/**
 * The lines of a batch: as sent, or split from its bytes (`\n` or `\r\n` endings) and each
 * decoded when reached, so a line with invalid UTF-8 stops the batch after the lines before it.
 * With `replaced`, invalid UTF-8 becomes U+FFFD and each such line is listed there.
 */
function* linesOf(request: BatchRequest, replaced?: Replaced[]): Generator<string> {
  const body = request.lines;
  if (Array.isArray(body)) {
    yield* body;
    return;
  }
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const reading = replaced
    ? { lenient: true, onReplaced: (line: Replaced) => replaced.push(line) }
    : { lenient: false };
  let line = request.firstLine;
  let start = 0;
  // A last line without a newline is a line too; nothing after a final newline is.
  while (start < bytes.byteLength) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.byteLength : newline;
    const text = bytes.subarray(start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    const at = { label: request.label, line, offset: (request.offset ?? 0) + start };
    yield decodeUtf8(text, at, reading);
    line++;
    start = end + 1;
  }
}

function batchError(error: unknown): BatchError {
  if (error instanceof InputError) return { message: error.message, unexpected: false };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message, unexpected: true };
}

/** How a worker reads its batches: `--strict`, `--lenient-utf8`. */
export interface BatchOptions {
  strict?: boolean;
  lenientUtf8?: boolean;
}

/**
 * Checks a batch of NDJSON lines (in a worker thread): each non-blank line in order, until the
 * first bad one. Never throws: a bad line ends the batch with `error` and the reports before it.
 */
export function checkBatch(
  request: BatchRequest,
  prepared: PreparedEvaluation,
  output: OutputOptions,
  options: BatchOptions = {},
): BatchResult & { text: string } {
  const tally = emptyTally();
  const replaced: Replaced[] | undefined = options.lenientUtf8 ? [] : undefined;
  let text = "";
  const result = () => ({
    seq: request.seq,
    text,
    tally,
    ...(replaced && replaced.length > 0 ? { replaced } : {}),
  });
  let line = request.firstLine;
  try {
    for (const content of linesOf(request, replaced)) {
      const where = { label: request.label, line: line++ };
      if (content.trim() === "") continue;
      const checked = checkLine(content, where, prepared, output, options.strict === true);
      text += checked.output;
      tally[checked.verdict]++;
    }
  } catch (error) {
    return { ...result(), error: batchError(error) };
  }
  return result();
}
