import type { ImportOptions } from "../../index.js";
import { InputError } from "../cli-error.js";
import type { CliIo, LineInput } from "../io.js";
import { describeFsError, inputLabel } from "./read-input.js";
import {
  type InputProduct,
  isNdjsonName,
  parseJson,
  productsFromText,
  refuseOtherText,
  toProduct,
} from "./read-products.js";
import { settlesWithin, streamWaitMs } from "./stream-wait.js";
import { decodeUtf8, type Utf8Reading } from "./utf8.js";

/**
 * An NDJSON fleet being read: its lines (numbered from 1, blank ones included, without line
 * endings) are `head`, then those `rest` reads on demand.
 */
export interface FleetInput {
  kind: "fleet";
  label: string;
  /** The first lines, read to tell a fleet from a document. */
  head: string[];
  /** A read of the line after `head` already under way, if any: its line comes before `rest`. */
  ahead?: Promise<IteratorResult<string>>;
  /** The lines after `head` (and `ahead`), read as they are asked for. */
  rest: AsyncIterator<string>;
  /** The input underneath: the bytes read, its size, the raw rest, closing it. */
  source: LineInput;
}

/** An input holding one document (a product, CycloneDX or SPDX), read whole and imported. */
export interface DocumentInput {
  kind: "document";
  product: InputProduct;
}

/** What `openInput` found. */
export type OpenedInput = FleetInput | DocumentInput;

/**
 * Opens an input and tells a fleet from one document without reading it all: a name ending in
 * `.ndjson` or `.jsonl`, or a first non-blank line that is JSON by itself followed by another
 * non-blank line, makes a fleet, read line by line as it is iterated; so does, on a stream
 * (standard input, a pipe), a first line that is JSON by itself whose next line has not come
 * within `streamWaitMs`. Anything else is one
 * document, read whole and imported as `readProducts` does. Lines are decoded as `reading`
 * says (invalid UTF-8 refused by default). Throws `InputError` naming the input.
 */
export async function openInput(
  file: string,
  io: CliIo,
  options?: ImportOptions,
  reading: Utf8Reading = { lenient: false },
): Promise<OpenedInput> {
  const label = inputLabel(file);
  let source: LineInput;
  try {
    source = await io.readLines(file, (bytes, line, offset) =>
      decodeUtf8(bytes, { label, line, offset }, reading),
    );
  } catch (error) {
    throw new InputError(`${label}: ${describeFsError(error)}`);
  }
  const lines = source[Symbol.asyncIterator]();
  const taken: string[] = [];
  // A read begun to see whether a stream holds a second line, handed on to whoever reads next.
  let ahead: Promise<IteratorResult<string>> | undefined;
  const read = () => {
    const next = ahead ?? lines.next();
    ahead = undefined;
    return next;
  };
  const nextFilled = async (): Promise<string | undefined> => {
    for (let next = await read(); !next.done; next = await read()) {
      const text =
        taken.length === 0 && next.value.charCodeAt(0) === 0xfeff
          ? next.value.slice(1)
          : next.value;
      taken.push(text);
      if (text.trim() !== "") return text;
    }
    return undefined;
  };
  const fleet = (): FleetInput => {
    return { kind: "fleet", label, head: taken, ...(ahead ? { ahead } : {}), rest: lines, source };
  };
  try {
    const first = await nextFilled();
    if (first === undefined) throw new InputError(`${label}: is empty`);
    if (isNdjsonName(file)) {
      const refusal = refuseOtherText(first);
      if (refusal) throw new InputError(`${label}: ${refusal}`);
      return fleet();
    }
    const parsed = parseJson(first);
    if (parsed.ok) {
      try {
        // A stream whose next line is not there yet is read as NDJSON, so this line's report
        // does not wait for it.
        if (source.size === undefined) {
          ahead = lines.next();
          if (!(await settlesWithin(ahead, streamWaitMs))) return fleet();
        }
        if ((await nextFilled()) !== undefined) return fleet();
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // A next line that cannot be decoded makes a fleet too: its error comes after the
        // first line's report, as any bad line's does.
        ahead = Promise.reject(error);
        ahead.catch(() => {});
        return fleet();
      }
      source.close();
      return {
        kind: "document",
        product: toProduct(parsed.value, label, label, undefined, options),
      };
    }
    for (let next = await read(); !next.done; next = await read()) taken.push(next.value);
    source.close();
    const [product] = productsFromText(taken.join("\n"), file, options).products;
    if (!product) throw new InputError(`${label}: is empty`);
    return { kind: "document", product };
  } catch (error) {
    source.close();
    throw error;
  }
}
