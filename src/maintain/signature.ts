import * as z from "zod/mini";
import { VendorgateError } from "../errors.js";
import { safeParse } from "../formats/zod-parse.js";
import { sha256Hex } from "../util/sha256.js";

/** A detached signature of one policy version: Ed25519 over the version's content digest. */
export const SignatureSchema = z.strictObject({
  algorithm: z.literal("Ed25519"),
  /** The signing key's id: the first 16 hex digits of the SHA-256 of its raw public key. */
  keyId: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  /** The digest signed: the policy's content digest with catalogue entities written in. */
  digest: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  /** The signature, base64url. */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/)),
});

/** A detached signature of a policy version. */
export type Signature = z.output<typeof SignatureSchema>;

/** A public key as vendorgate writes it: `ed25519:<base64url of the 32 raw bytes>`. */
export const PublicKeySchema = z
  .string()
  .check(z.regex(/^ed25519:[A-Za-z0-9_-]{43}$/, "Expected ed25519:<base64url key>"));

const encoder = new TextEncoder();
const algorithm = { name: "Ed25519" } as const;

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/**
 * What a signature is for: one policy version, or a whole pack. The purpose is part of the signed
 * message, so a signature made for one can never pass as the other.
 */
export type SignaturePurpose = "policy" | "pack";

function message(digest: string, purpose: SignaturePurpose): Uint8Array {
  return encoder.encode(`vendorgate ${purpose} signature v1\n${digest}`);
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) {
    throw new VendorgateError("Signatures need WebCrypto", [
      {
        code: "invalid_signature",
        path: [],
        message: "This runtime has no crypto.subtle (WebCrypto), which signatures need",
      },
    ]);
  }
  return api;
}

/** The key id of a public key: the first 16 hex digits of the SHA-256 of its raw bytes. */
export function keyIdOf(publicKey: string): string {
  if (!safeParse(PublicKeySchema, publicKey).success) {
    throw new VendorgateError("Not a public key", [
      {
        code: "invalid_signature",
        path: [],
        message: "Expected a public key written ed25519:<base64url of 32 bytes>",
      },
    ]);
  }
  return sha256Hex(fromBase64url(publicKey.slice("ed25519:".length))).slice(0, 16);
}

/** A new Ed25519 signing key: the private key as a JWK (keep it secret) and the public key. */
export async function generateSigningKey(): Promise<{
  privateKey: JsonWebKey;
  publicKey: string;
  keyId: string;
}> {
  const pair = (await subtle().generateKey(algorithm, true, ["sign", "verify"])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle().exportKey("raw", pair.publicKey));
  const publicKey = `ed25519:${base64url(raw)}`;
  return {
    privateKey: await subtle().exportKey("jwk", pair.privateKey),
    publicKey,
    keyId: keyIdOf(publicKey),
  };
}

/**
 * Signs a policy version's content digest (see `CompiledPolicy.digest`) with a private JWK, or,
 * with `purpose` `"pack"`, a pack's digest.
 */
export async function signDigest(
  digest: string,
  privateKey: JsonWebKey,
  purpose: SignaturePurpose = "policy",
): Promise<Signature> {
  if (
    privateKey.crv !== "Ed25519" ||
    typeof privateKey.x !== "string" ||
    typeof privateKey.d !== "string"
  ) {
    throw new VendorgateError("Not an Ed25519 private key", [
      {
        code: "invalid_signature",
        path: [],
        message: "The key is not an Ed25519 private key in JWK form (crv, x, d)",
      },
    ]);
  }
  const key = await subtle().importKey("jwk", privateKey, algorithm, false, ["sign"]);
  const signature = new Uint8Array(
    await subtle().sign(algorithm, key, message(digest, purpose) as BufferSource),
  );
  return {
    algorithm: "Ed25519",
    keyId: keyIdOf(`ed25519:${privateKey.x}`),
    digest,
    signature: base64url(signature),
  };
}

function fail(message: string): never {
  throw new VendorgateError("The signature does not verify", [
    { code: "invalid_signature", path: [], message },
  ]);
}

/**
 * Checks that a signature covers exactly this digest, for this purpose (a policy version by
 * default, or a pack), and was made by one of the trusted public keys. Throws `VendorgateError`
 * (code `invalid_signature`) when it does not.
 */
export async function verifyDigest(
  digest: string,
  signature: unknown,
  trustedKeys: readonly string[],
  purpose: SignaturePurpose = "policy",
): Promise<void> {
  const parsed = safeParse(SignatureSchema, signature);
  if (!parsed.success)
    fail("The signature file is not a vendorgate signature (algorithm, keyId, digest, signature)");
  const { keyId, signature: value } = parsed.data;
  if (parsed.data.digest !== digest) {
    fail(
      `The content does not match the signature (signed ${parsed.data.digest}, content is ${digest})`,
    );
  }
  const publicKey = trustedKeys.find((key) => keyIdOf(key) === keyId);
  if (!publicKey) fail(`The signing key ${keyId} is not one of the trusted keys`);
  const key = await subtle().importKey(
    "raw",
    fromBase64url(publicKey.slice("ed25519:".length)) as BufferSource,
    algorithm,
    false,
    ["verify"],
  );
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(value);
  } catch {
    fail("The signature is not valid base64url");
  }
  const ok = await subtle().verify(
    algorithm,
    key,
    bytes as BufferSource,
    message(digest, purpose) as BufferSource,
  );
  if (!ok) fail(`The signature by key ${keyId} does not verify`);
}
