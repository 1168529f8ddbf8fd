// The least that untrusted input costs beyond screening it: the digest every report carries
// (`stamp.input`, the SHA-256 of the product's canonical JSON), made as cheaply as Node can make
// one (its own JSON.stringify, keys left unsorted, and its own SHA-256).
import { createHash } from "node:crypto";

/** The SHA-256 (hex) of a product's JSON text, by Node's own code. */
export function nativeDigest(product) {
  return createHash("sha256").update(JSON.stringify(product)).digest("hex");
}

/**
 * The most an untrusted scenario's ratio can be when its product digest alone runs at
 * `digestRatio` (baseline time / digest time) and its evaluation no faster than its trusted twin
 * (`trustedRatio`) or the baseline, whichever is faster: validation and graph building free.
 */
export function digestCeiling({ digestRatio, trustedRatio }) {
  if (!(digestRatio > 0) || !(trustedRatio > 0)) return undefined;
  return 1 / (1 / digestRatio + 1 / Math.max(trustedRatio, 1));
}
