import type { LineDecoder, LineInput } from "../io.js";

const newline = 0x0a;
const empty = new Uint8Array(0);

/**
 * Splits a stream of UTF-8 byte chunks into lines (ending `\n` or `\r\n`), pulling a chunk only
 * when the lines before are handed out, so at most one chunk and one partial line are held.
 * Can hand over the bytes not yet split (`rawRest`), for worker threads to split themselves.
 */
export class ByteLines implements LineInput {
  readonly size: number | undefined;
  readonly #chunks: AsyncIterator<Uint8Array>;
  readonly #onClose: () => void;
  readonly #decode: LineDecoder;
  #chunk: Uint8Array = empty;
  #at = 0;
  /** The start of a line that continues past the current chunk. */
  #carry: Uint8Array[] = [];
  #bytes = 0;
  #closed = false;
  #taken = false;
  /** Lines handed out so far. */
  #lines = 0;
  /** The byte offset of the next line. */
  #lineStart = 0;
  /** The error of a line not handed out yet: the lines before it were. */
  #failure: unknown;

  /**
   * `chunks` are the input's bytes; `onClose` releases the input; `decode` turns each line's
   * bytes into text (a character split between chunks reaches it whole).
   */
  constructor(
    chunks: AsyncIterable<Uint8Array>,
    size: number | undefined,
    onClose: () => void,
    decode: LineDecoder,
  ) {
    this.#chunks = chunks[Symbol.asyncIterator]();
    this.size = size;
    this.#onClose = onClose;
    this.#decode = decode;
  }

  /** Decodes one line's bytes (with its `\r`, if any, but not its `\n`) and counts it. */
  #line(parts: readonly Uint8Array[]): string {
    const whole = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
    const bytes = whole.at(-1) === 0x0d ? whole.subarray(0, -1) : whole;
    const text = this.#decode(bytes, ++this.#lines, this.#lineStart);
    this.#lineStart = this.bytesRead();
    return text;
  }

  bytesRead(): number {
    // What was pulled, less what is not yet handed out (no line is partly handed out).
    return this.#bytes - (this.#chunk.byteLength - this.#at);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }

  async #pull(): Promise<Uint8Array | undefined> {
    if (this.#closed) return undefined;
    try {
      const next = await this.#chunks.next();
      if (next.done || this.#closed) return undefined;
      this.#bytes += next.value.byteLength;
      return next.value;
    } catch (error) {
      if (this.#closed) return undefined; // closed while a read was under way
      throw error;
    }
  }

  /** The next line, or `undefined` at the end of the input (or once closed). */
  async next(): Promise<string | undefined> {
    for (;;) {
      if (this.#closed) return undefined;
      const end = this.#chunk.indexOf(newline, this.#at);
      if (end >= 0) {
        const part = this.#chunk.subarray(this.#at, end);
        this.#at = end + 1;
        if (this.#carry.length === 0) return this.#line([part]);
        const line = this.#line([...this.#carry, part]);
        this.#carry = [];
        return line;
      }
      if (this.#at < this.#chunk.byteLength) this.#carry.push(this.#chunk.subarray(this.#at));
      this.#chunk = empty;
      this.#at = 0;
      const chunk = await this.#pull();
      if (chunk === undefined) {
        if (this.#carry.length === 0) return undefined;
        const line = this.#line(this.#carry);
        this.#carry = [];
        return line;
      }
      this.#chunk = chunk;
      this.#at = 0;
    }
  }

  /**
   * Every whole line left in the current chunk (the carried start of the first joined to it),
   * decoded at once when they are valid, else one by one up to the bad line: the lines before
   * it are returned and its error is thrown by the next call.
   */
  #wholeLines(): string[] {
    const first = this.#chunk.indexOf(newline, this.#at);
    if (first < 0) return [];
    const lines: string[] = [];
    try {
      if (this.#carry.length > 0) {
        const part = this.#chunk.subarray(this.#at, first);
        this.#at = first + 1;
        lines.push(this.#line([...this.#carry, part]));
        this.#carry = [];
      }
      const last = this.#chunk.lastIndexOf(newline);
      if (last < this.#at) return lines;
      const run = this.#chunk.subarray(this.#at, last);
      let text: string | undefined;
      try {
        text = this.#decode(run, this.#lines + 1, this.#lineStart);
      } catch {
        // Decoded line by line below, so the lines before the bad one come first.
      }
      if (text === undefined) {
        for (let end = this.#chunk.indexOf(newline, this.#at); end >= 0 && end <= last; ) {
          const part = this.#chunk.subarray(this.#at, end);
          this.#at = end + 1;
          lines.push(this.#line([part]));
          end = this.#chunk.indexOf(newline, this.#at);
        }
        return lines;
      }
      const split = text.split("\n");
      for (const line of split) {
        lines.push(line.charCodeAt(line.length - 1) === 0x0d ? line.slice(0, -1) : line);
      }
      this.#lines += split.length;
      this.#at = last + 1;
      this.#lineStart = this.bytesRead();
      return lines;
    } catch (error) {
      if (lines.length === 0) throw error;
      this.#failure = error;
      return lines;
    }
  }

  /**
   * The lines not yet handed out, in groups: each group is every whole line that one read of
   * the input brought (a line longer than a read comes alone, once whole). Reading the group of
   * a stream never waits for a line after it. Lines are not handed out one by one after this.
   */
  async *lineGroups(): AsyncGenerator<string[]> {
    for (;;) {
      if (this.#closed) return;
      if (this.#failure !== undefined) throw this.#failure;
      const lines = this.#wholeLines();
      if (lines.length > 0) {
        yield lines;
        continue;
      }
      if (this.#at < this.#chunk.byteLength) this.#carry.push(this.#chunk.subarray(this.#at));
      this.#chunk = empty;
      this.#at = 0;
      const chunk = await this.#pull();
      if (chunk === undefined) {
        if (this.#carry.length === 0) return;
        const line = this.#line(this.#carry);
        this.#carry = [];
        yield [line];
        return;
      }
      this.#chunk = chunk;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    for (let line = await this.next(); line !== undefined; line = await this.next()) yield line;
  }

  /**
   * The rest of the input as raw bytes, from the first line not yet handed out; lines are not
   * handed out after this. For worker threads, so this thread never decodes the fleet.
   */
  async *rawRest(): AsyncGenerator<Uint8Array> {
    if (this.#taken) throw new Error("rawRest() can be called only once");
    this.#taken = true;
    const carry = this.#carry;
    this.#carry = [];
    yield* carry;
    if (this.#at < this.#chunk.byteLength) yield this.#chunk.subarray(this.#at);
    this.#chunk = empty;
    this.#at = 0;
    for (let chunk = await this.#pull(); chunk !== undefined; chunk = await this.#pull()) {
      yield chunk;
    }
  }
}
