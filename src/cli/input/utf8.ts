import { InputError } from "../cli-error.js";

/** Where some bytes start in an input: its name in messages, the line (from 1) and the byte offset (from 0). */
export interface BytesAt {
  label: string;
  line: number;
  offset: number;
}

/** Invalid UTF-8 replaced with U+FFFD on one line (`--lenient-utf8`). */
export interface Replaced extends BytesAt {
  /** How many invalid byte sequences the line had, each now one U+FFFD. */
  count: number;
}

/**
 * How a product input's bytes are decoded: refused at the first invalid byte, or with U+FFFD
 * in its place (`--lenient-utf8`). Other inputs (policies, keys, contexts) are always refused.
 */
export interface Utf8Reading {
  lenient: boolean;
  /** Told, with `lenient`, of each line that had invalid bytes replaced. */
  onReplaced?: (replaced: Replaced) => void;
}

// `ignoreBOM` keeps a byte-order mark as U+FEFF: the callers drop it at the start of an input only.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const replacing = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * The offsets (from the start of `bytes`) of the invalid sequences, each one U+FFFD when
 * replaced, as the WHATWG decoder counts them: a byte that starts no sequence, or a sequence
 * cut short by a byte that cannot continue it (that byte then starts afresh) or by the end.
 */
export function* invalidSequences(bytes: Uint8Array): Generator<number> {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else {
      yield i;
      i++;
      continue;
    }
    let j = i + 1;
    for (; need > 0; need--, j++) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (need > 0) yield i;
    i = j;
  }
}

/** The invalid sequences grouped by line, in order: the first offset and the count on each line. */
function* replacedLines(bytes: Uint8Array, at: BytesAt): Generator<Replaced> {
  let line = at.line;
  let scanned = 0;
  let group: Replaced | undefined;
  for (const offset of invalidSequences(bytes)) {
    for (; scanned < offset; scanned++) if (bytes[scanned] === 0x0a) line++;
    if (group?.line === line) {
      group.count++;
      continue;
    }
    if (group) yield group;
    group = { label: at.label, line, offset: at.offset + offset, count: 1 };
  }
  if (group) yield group;
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Decodes UTF-8 bytes that start at `at`. Invalid bytes throw `InputError` naming the input,
 * the line and the byte offset of the first one (with a hint at `--lenient-utf8` when
 * `reading` is given), unless `reading.lenient`: then each invalid sequence becomes U+FFFD and
 * `reading.onReplaced` hears of every line that had some. Never drops a byte-order mark.
 */
export function decodeUtf8(bytes: Uint8Array, at: BytesAt, reading?: Utf8Reading): string {
  try {
    return strict.decode(bytes);
  } catch {
    // Invalid somewhere: find where (the decoder does not say).
  }
  const lines = replacedLines(bytes, at);
  const first = lines.next().value;
  if (!first) return replacing.decode(bytes);
  if (!reading?.lenient) {
    const byte = hex(bytes[first.offset - at.offset]);
    const hint = reading
      ? "; save it as UTF-8, or pass --lenient-utf8 to read it with U+FFFD in place of each invalid sequence"
      : "; save it as UTF-8";
    throw new InputError(
      `${first.label} line ${first.line}: invalid UTF-8 (byte ${byte} at byte offset ${first.offset})${hint}`,
    );
  }
  reading.onReplaced?.(first);
  for (const replaced of lines) reading.onReplaced?.(replaced);
  return replacing.decode(bytes);
}
