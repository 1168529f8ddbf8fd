import { type Issue, VendorgateError } from "../errors.js";
import { safeParse } from "../formats/zod-parse.js";
import { PublicKeySchema } from "../maintain/signature.js";

/** Checks the public keys a registry trusts. */
export function parseKeys(keys: readonly string[] | undefined): readonly string[] | undefined {
  if (keys === undefined) return undefined;
  const issues: Issue[] = [];
  for (const [i, key] of keys.entries()) {
    if (!safeParse(PublicKeySchema, key).success) {
      issues.push({
        code: "invalid_signature",
        path: ["trustedKeys", i],
        message: "Expected a public key written ed25519:<base64url>",
      });
    }
  }
  if (issues.length > 0) throw new VendorgateError("Invalid trusted keys", issues);
  return keys;
}

/** The error for an unsigned version offered to a registry that trusts keys. */
export function unsignedError(): VendorgateError {
  return new VendorgateError("This registry accepts only signed policy versions", [
    {
      code: "invalid_signature",
      path: [],
      message: "The registry has trusted keys: add versions with addSigned(document, signature)",
    },
  ]);
}
