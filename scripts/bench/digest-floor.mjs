// What untrusted input costs beyond screening it at the least, at Node's own speed: the digest
// every report carries (`stamp.input`, the SHA-256 of the product's canonical JSON), made by
// Node's own JSON.stringify (keys left unsorted) and SHA-256. A model, not a proof: code of one's
// own could write the bytes faster than JSON.stringify; only the hash is sure to be needed.
import { createHash } from "node:crypto";

/** The SHA-256 (hex) of a product's JSON text, by Node's own code. */
export function nativeDigest(product) {
  return createHash("sha256").update(JSON.stringify(product)).digest("hex");
}
