import { describe, expect, it } from "vitest";
import { createRegistry, VendorgateError } from "../../src/index.js";
import { compilePolicy } from "../../src/maintain/index.js";
import {
  generateSigningKey,
  keyIdOf,
  signDigest,
  verifyDigest,
} from "../../src/maintain/signature.js";
import { testPolicy } from "../fixtures/policies.js";

const policy = testPolicy();
const digest = compilePolicy(policy).digest;

describe("signatures", () => {
  it("verify for the signed content and key", async () => {
    const key = await generateSigningKey();
    const signature = await signDigest(digest, key.privateKey);
    expect(signature).toMatchObject({ algorithm: "Ed25519", keyId: key.keyId, digest });
    expect(keyIdOf(key.publicKey)).toBe(key.keyId);
    await expect(verifyDigest(digest, signature, [key.publicKey])).resolves.toBeUndefined();
  });

  it("reject changed content, another key, and a corrupted signature", async () => {
    const key = await generateSigningKey();
    const other = await generateSigningKey();
    const signature = await signDigest(digest, key.privateKey);
    const tampered = compilePolicy({ ...policy, title: "Tampered" }).digest;
    await expect(verifyDigest(tampered, signature, [key.publicKey])).rejects.toThrow(
      /does not match/,
    );
    await expect(verifyDigest(digest, signature, [other.publicKey])).rejects.toThrow(
      /not one of the trusted keys/,
    );
    const flipped = {
      ...signature,
      signature: `${signature.signature[0] === "A" ? "B" : "A"}${signature.signature.slice(1)}`,
    };
    await expect(verifyDigest(digest, flipped, [key.publicKey])).rejects.toThrow(/does not verify/);
    await expect(verifyDigest(digest, { nope: true }, [key.publicKey])).rejects.toBeInstanceOf(
      VendorgateError,
    );
  });
});

describe("a registry with trusted keys", () => {
  it("adds only signed versions, and keeps serving what it had after a tampered one", async () => {
    const key = await generateSigningKey();
    const registry = createRegistry({ trustedKeys: [key.publicKey] });
    expect(() => registry.add(policy)).toThrow(/addSigned/);
    await registry.addSigned(policy, await signDigest(digest, key.privateKey));
    const v2 = testPolicy({ version: "1.1.0" });
    const signatureOfV2 = await signDigest(compilePolicy(v2).digest, key.privateKey);
    await expect(registry.addSigned({ ...v2, title: "Tampered" }, signatureOfV2)).rejects.toThrow(
      VendorgateError,
    );
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0"]);
    await registry.addSigned(v2, signatureOfV2);
    expect(registry.list().map((p) => p.version)).toEqual(["1.0.0", "1.1.0"]);
  });

  it("refuses policies given at creation without signatures", () => {
    expect(() => createRegistry({ trustedKeys: ["ed25519:not-a-key"] })).toThrow(/public key/);
  });
});
