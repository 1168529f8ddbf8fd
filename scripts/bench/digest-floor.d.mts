// Types for the digest floor (digest-floor.mjs), for the TypeScript test that imports it.

/** The SHA-256 (hex) of a product's JSON text, by Node's own code. */
export function nativeDigest(product: unknown): string;
