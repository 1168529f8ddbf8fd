import { createSha256, digestBytes, type Sha256Stream } from "./sha256.js";

const encoder = new TextEncoder();
const bufferSize = 1 << 14;
// One buffer for every writer in turn; a writer started while another is open gets its own.
let spare: Uint8Array | undefined = new Uint8Array(bufferSize);

/**
 * Writes JSON text as UTF-8 straight into a SHA-256 stream through one reused buffer: printable
 * ASCII strings a byte at a time, anything else through `JSON.stringify` and `encodeInto`, so
 * the bytes are always exactly those of the same JSON written as text.
 */
export class JsonBytes {
  private buffer: Uint8Array;
  private at = 0;
  /** While muted (how many times over), what is written is dropped; the text so far waits here. */
  private mutes = 0;
  private held: { buffer: Uint8Array; at: number; opening: boolean } | undefined;
  // Whether the object just begun has no key yet: its first key opens it with "{".
  private opening = false;

  /**
   * Writes into `hash`; without one, the writer keeps its own, made only when the text outgrows
   * the buffer (a text that fits is hashed in one call by `digest`).
   */
  constructor(private hash?: Sha256Stream) {
    this.buffer = spare ?? new Uint8Array(bufferSize);
    spare = undefined;
  }

  /** Hands the rest to the hash and gives the buffer back; the writer is done. */
  close(): void {
    this.flush();
    spare = this.buffer;
  }

  /** Gives the buffer back without hashing what is in it; the writer is done. */
  discard(): void {
    if (this.held) this.buffer = this.held.buffer;
    this.held = undefined;
    this.mutes = 0;
    this.at = 0;
    spare = this.buffer;
  }

  /** Drops what is written from now until the matching `unmute` (calls may nest). */
  mute(): void {
    if (this.mutes++ > 0) return;
    this.held = { buffer: this.buffer, at: this.at, opening: this.opening };
    this.buffer = new Uint8Array(1024);
    this.at = 0;
  }

  /** Whether what is written now is dropped. */
  get muted(): boolean {
    return this.mutes > 0;
  }

  /** Writes again, where the text was when `mute` was called. */
  unmute(): void {
    if (--this.mutes > 0 || !this.held) return;
    ({ buffer: this.buffer, at: this.at, opening: this.opening } = this.held);
    this.held = undefined;
  }

  /** The `sha256:` digest of everything written (into the hash given, if any); it is done. */
  digest(): string {
    let digest: string;
    if (this.hash === undefined) digest = digestBytes(this.buffer.subarray(0, this.at));
    else {
      this.flush();
      digest = this.hash.digest();
    }
    this.discard();
    return digest;
  }

  /** A string as a JSON string literal, as `JSON.stringify` writes it. */
  string(text: string): void {
    const length = text.length;
    if (this.at + length + 2 > this.buffer.length) {
      this.flush();
      if (length + 2 > this.buffer.length) {
        this.json(JSON.stringify(text));
        return;
      }
    }
    const buffer = this.buffer;
    let at = this.at;
    buffer[at++] = 0x22;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      // Control characters, quote, backslash and non-ASCII need escaping or encoding.
      if (code < 0x20 || code === 0x22 || code === 0x5c || code > 0x7e) {
        this.json(JSON.stringify(text));
        return;
      }
      buffer[at++] = code;
    }
    buffer[at++] = 0x22;
    this.at = at;
  }

  /** JSON text as it is (already escaped). */
  json(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.at));
      this.at += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  /** Bytes of JSON text encoded beforehand (such as a quoted key and its colon). */
  bytes(bytes: Uint8Array): void {
    if (this.at + bytes.length > this.buffer.length) this.flush();
    const buffer = this.buffer;
    let at = this.at;
    // A loop beats `set` for the few bytes of a key.
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i] as number;
    this.at = at;
  }

  /** Begins an object; its keys follow, each with `key`. */
  beginObject(): void {
    this.opening = true;
  }

  /** A key (bytes from `keyBytes`) of the current object, after a `{` or a `,` as it needs. */
  key(bytes: Uint8Array): void {
    this.char(this.opening ? 0x7b : 0x2c);
    this.opening = false;
    this.bytes(bytes);
  }

  /** Ends the current object. */
  endObject(): void {
    if (this.opening) this.char(0x7b);
    this.opening = false;
    this.char(0x7d);
  }

  /** One ASCII character: `{`, `,`, `[` and the like. */
  char(code: number): void {
    if (this.at === this.buffer.length) this.flush();
    this.buffer[this.at++] = code;
  }

  /** Hands what is buffered to the hash. */
  flush(): void {
    if (this.at > 0 && this.mutes === 0) {
      this.hash ??= createSha256();
      this.hash.writeBytes(this.buffer.subarray(0, this.at));
    }
    this.at = 0;
  }
}

/** The UTF-8 bytes of `"key":`, for `JsonBytes.bytes`. */
export function keyBytes(key: string): Uint8Array {
  return encoder.encode(`${JSON.stringify(key)}:`);
}
