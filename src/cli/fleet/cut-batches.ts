/** Consecutive lines of a fleet, from `firstLine`: as text, or as the raw UTF-8 bytes of whole lines. */
export interface BatchBody {
  firstLine: number;
  lines: string[] | Uint8Array;
  /** For raw bytes: the byte offset in the input of the first one (for messages about bad bytes). */
  offset?: number;
  /** How many bytes of the input the batch covers (for the share read, on the progress line). */
  bytes: number;
}

const newline = 0x0a;

function countLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(newline); at >= 0; at = buffer.indexOf(newline, at + 1)) count++;
  // A last line without a newline is a line too.
  return bytes.byteLength > 0 && bytes[bytes.byteLength - 1] !== newline ? count + 1 : count;
}

/** Joins parts into one array that owns its memory, so it can be transferred to a thread. */
function join(parts: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * Cuts lines of text into batches of at most `maxLines` lines and about `maxChars` characters,
 * numbered from `firstLine`.
 */
export async function* lineBatches(
  lines: AsyncIterable<string> | Iterable<string>,
  firstLine: number,
  maxLines: number,
  maxChars: number,
): AsyncGenerator<BatchBody> {
  let batch: string[] = [];
  let chars = 0;
  let line = firstLine;
  const cut = (): BatchBody => {
    const bytes = batch.reduce((sum, text) => sum + Buffer.byteLength(text) + 1, 0);
    const body = { firstLine: line, lines: batch, bytes };
    line += batch.length;
    batch = [];
    chars = 0;
    return body;
  };
  for await (const text of lines) {
    batch.push(text);
    chars += text.length;
    if (batch.length >= maxLines || chars >= maxChars) yield cut();
  }
  if (batch.length > 0) yield cut();
}

/**
 * Cuts raw bytes into batches of whole lines of about `size` bytes (more when one line is
 * longer), numbered from `firstLine`, the first at byte `firstOffset` of the input, without
 * decoding them: only newlines are looked for.
 */
export async function* byteBatches(
  chunks: AsyncIterable<Uint8Array>,
  firstLine: number,
  size: number,
  firstOffset = 0,
): AsyncGenerator<BatchBody> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let line = firstLine;
  let offset = firstOffset;
  const cut = (): BatchBody => {
    const bytes = join(parts, held);
    const body = { firstLine: line, lines: bytes, bytes: held, offset };
    line += countLines(bytes);
    offset += held;
    parts = [];
    held = 0;
    return body;
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (;;) {
      const end = buffer.indexOf(newline, Math.max(from, from + size - held - 1));
      if (end < 0) {
        if (from < buffer.byteLength) parts.push(buffer.subarray(from));
        held += buffer.byteLength - from;
        break;
      }
      parts.push(buffer.subarray(from, end + 1));
      held += end + 1 - from;
      yield cut();
      from = end + 1;
    }
  }
  if (held > 0) yield cut();
}
