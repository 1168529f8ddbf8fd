// A small synchronous SHA-256 (FIPS 180-4): report stamps are computed inside the synchronous
// `evaluate`, and WebCrypto's digest is asynchronous. Where the runtime offers its own SHA-256
// synchronously (Node), `createSha256` uses that instead: same digests, about five times faster.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// Scratch space reused between calls; it carries no state from one digest to the next.
const w = new Int32Array(64);
const h = new Int32Array(8);
const initial = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

function compress(bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] =
      ((bytes[j] as number) << 24) |
      ((bytes[j + 1] as number) << 16) |
      ((bytes[j + 2] as number) << 8) |
      (bytes[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15] as number;
    const b = w[i - 2] as number;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let b = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let hh = h[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + s1 + ch + (K[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (s0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = ((h[0] as number) + a) | 0;
  h[1] = ((h[1] as number) + b) | 0;
  h[2] = ((h[2] as number) + c) | 0;
  h[3] = ((h[3] as number) + d) | 0;
  h[4] = ((h[4] as number) + e) | 0;
  h[5] = ((h[5] as number) + f) | 0;
  h[6] = ((h[6] as number) + g) | 0;
  h[7] = ((h[7] as number) + hh) | 0;
}

/** The SHA-256 digest of bytes, as lowercase hex (always the JavaScript implementation). */
export function sha256Hex(bytes: Uint8Array): string {
  const stream = new JsSha256Stream();
  stream.writeBytes(bytes);
  return stream.digest().slice("sha256:".length);
}

const encoder = new TextEncoder();

/** The SHA-256 digest of a string's UTF-8 bytes, as `sha256:<hex>`. */
export function digestText(text: string): string {
  return `sha256:${sha256Hex(encoder.encode(text))}`;
}

/** SHA-256 over text written in pieces (as UTF-8), without ever holding the whole text. */
export interface Sha256Stream {
  /** Adds a piece of text. */
  write(text: string): void;
  /** Adds bytes (UTF-8 text already encoded); they are read before this returns. */
  writeBytes(bytes: Uint8Array): void;
  /** The digest of everything written, as `sha256:<hex>`. */
  digest(): string;
}

/**
 * The JavaScript SHA-256 stream: pieces are encoded to UTF-8 into a block buffer and hashed as
 * blocks fill.
 */
export class JsSha256Stream implements Sha256Stream {
  private readonly buffer = new Uint8Array(4096);
  private filled = 0;
  private total = 0;
  private readonly state = new Int32Array(initial);

  /** Adds a piece of text. */
  write(text: string): void {
    let rest = text;
    while (rest.length > 0) {
      if (this.buffer.length - this.filled < 4) this.flush();
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.filled));
      this.filled += written;
      this.total += written;
      rest = rest.slice(read);
    }
  }

  writeBytes(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.filled === this.buffer.length) this.flush();
      const take = Math.min(bytes.length - at, this.buffer.length - this.filled);
      this.buffer.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      this.total += take;
      at += take;
    }
  }

  private flush(): void {
    const full = this.filled - (this.filled % 64);
    h.set(this.state);
    for (let offset = 0; offset < full; offset += 64) compress(this.buffer, offset);
    this.state.set(h);
    this.buffer.copyWithin(0, full, this.filled);
    this.filled -= full;
  }

  /** The digest of everything written, as `sha256:<hex>`. */
  digest(): string {
    this.flush();
    h.set(this.state);
    const tail = new Uint8Array(this.filled < 56 ? 64 : 128);
    tail.set(this.buffer.subarray(0, this.filled));
    tail[this.filled] = 0x80;
    const bitLength = this.total * 8;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bitLength / 0x100000000));
    view.setUint32(tail.length - 4, bitLength >>> 0);
    for (let offset = 0; offset < tail.length; offset += 64) compress(tail, offset);
    let hex = "";
    for (let i = 0; i < 8; i++) hex += ((h[i] as number) >>> 0).toString(16).padStart(8, "0");
    return `sha256:${hex}`;
  }
}

interface NativeHash {
  update(data: string | Uint8Array): NativeHash;
  digest(encoding: "hex"): string;
}
type CreateHash = (algorithm: "sha256") => NativeHash;
type HashOnce = (algorithm: "sha256", data: Uint8Array, encoding: "hex") => string;

// Found at run time, not imported, so the core still loads in browsers and other runtimes.
const nativeCrypto = (() => {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  return runtime?.getBuiltinModule?.("crypto") as
    | { createHash?: CreateHash; hash?: HashOnce }
    | undefined;
})();
const nativeCreateHash: CreateHash | undefined =
  typeof nativeCrypto?.createHash === "function" ? nativeCrypto.createHash : undefined;
// One call for bytes held whole (Node 20.12 and later): no stream object to make.
const nativeHashOnce: HashOnce | undefined =
  typeof nativeCrypto?.hash === "function" ? nativeCrypto.hash : undefined;

class NativeSha256Stream implements Sha256Stream {
  private readonly hash: NativeHash;
  constructor(createHash: CreateHash) {
    this.hash = createHash("sha256");
  }
  write(text: string): void {
    this.hash.update(text);
  }
  writeBytes(bytes: Uint8Array): void {
    this.hash.update(bytes);
  }
  digest(): string {
    return `sha256:${this.hash.digest("hex")}`;
  }
}

/** A SHA-256 stream: the runtime's own where it has a synchronous one, else `JsSha256Stream`. */
export function createSha256(): Sha256Stream {
  return nativeCreateHash ? new NativeSha256Stream(nativeCreateHash) : new JsSha256Stream();
}

/** The digest of bytes held whole, as `sha256:<hex>` (the runtime's own SHA-256 where it has one). */
export function digestBytes(bytes: Uint8Array): string {
  if (nativeHashOnce) return `sha256:${nativeHashOnce("sha256", bytes, "hex")}`;
  const stream = createSha256();
  stream.writeBytes(bytes);
  return stream.digest();
}
