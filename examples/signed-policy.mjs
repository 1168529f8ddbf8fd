// Adding a downloaded policy version only when a maintainer you trust signed it: a registry made
// with trustedKeys accepts versions through addSigned, checking the signature over the version's
// content digest. The key here is a throwaway made for the example.
// Run with `npm run examples` (after `npm run build`).
import { strict as assert } from "node:assert";
import { bundledRegistry, createRegistry, VendorgateError } from "vendorgate";
import { generateSigningKey, signDigest, validatePolicy } from "vendorgate/maintain";

// The maintainer's side: sign a version (the bundled jp-gov-procurement 1.1.0 stands in for it).
const { privateKey, publicKey } = await generateSigningKey();
const document = bundledRegistry().get("jp-gov-procurement", "1.1.0")?.document;
const { policy } = validatePolicy(document);
assert.ok(policy);
const signature = await signDigest(policy.digest, privateKey);

// The app's side: trust the maintainer's public key, and add only what it signed.
const registry = createRegistry({ trustedKeys: [publicKey] });
console.log("added", await registry.addSigned(document, signature));

const tampered = { ...document, version: "1.1.1", title: "Quietly changed" };
try {
  await registry.addSigned(tampered, signature);
  assert.fail("a changed document must not verify");
} catch (error) {
  if (!(error instanceof VendorgateError)) throw error;
  console.log(`refused: ${error.issues[0]?.message}`);
}
assert.deepEqual(
  registry.list().map((p) => `${p.id}@${p.version}`),
  ["jp-gov-procurement@1.1.0"],
);
