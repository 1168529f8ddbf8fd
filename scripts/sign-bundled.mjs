// Signs every bundled policy version: writes policies/<id>/<version>.json.sig with the release
// key. Usage (after npm run build): node scripts/sign-bundled.mjs --key PRIVATE_KEY.jwk
// The public key must match policies/release-key.pub; the private key never enters the repository.
import { readFileSync, writeFileSync } from "node:fs";
import { bundledRegistry } from "../dist/index.js";
import { signDigest } from "../dist/maintain.js";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: node scripts/sign-bundled.mjs --key PRIVATE_KEY.jwk

Signs every bundled policy version (policies/<id>/<version>.json.sig) with the release key, which
must match policies/release-key.pub. Build first (npm run build).

  --key FILE   the release signing key (JWK)
  -h, --help   show this help`;

const { values } = scriptArgs(usage, { options: { key: { type: "string" } } });
if (!values.key) {
  console.error("usage: node scripts/sign-bundled.mjs --key PRIVATE_KEY.jwk");
  process.exit(2);
}
const privateKey = JSON.parse(readFileSync(values.key, "utf8"));
const expected = readFileSync(
  new URL("../policies/release-key.pub", import.meta.url),
  "utf8",
).trim();
if (`ed25519:${privateKey.x}` !== expected) {
  console.error("the key does not match policies/release-key.pub");
  process.exit(1);
}
const registry = bundledRegistry();
for (const { id, version, digest } of registry.list()) {
  const signature = await signDigest(digest, privateKey);
  const path = new URL(`../policies/${id}/${version}.json.sig`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(signature, null, 2)}\n`);
  console.log(`signed ${id}@${version}`);
}
