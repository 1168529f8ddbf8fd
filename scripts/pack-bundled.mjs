// Builds packs/bundled.json: the signed pack of policies/ that bundledRegistry() serves and the
// npm package ships. Run it after every change under policies/ (a test fails until you do):
//   npm run pack:bundled -- --key ../shared/keys/release-signing-key.jwk
// The key must match policies/release-key.pub; the private key never enters the repository.
// The revision is one more than the committed pack's.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { scriptArgs } from "./lib/script-args.mjs";

const usage = `Usage: npm run pack:bundled -- --key PRIVATE_KEY.jwk

Builds packs/bundled.json, the signed pack of policies/ that bundledRegistry() serves, with the
release key (it must match policies/release-key.pub; it never enters the repository).

  --key FILE   the release signing key (JWK)
  -h, --help   show this help`;

const root = new URL("..", import.meta.url).pathname;
const { values } = scriptArgs(usage, { options: { key: { type: "string" } } });
if (!values.key) {
  console.error("usage: npm run pack:bundled -- --key PRIVATE_KEY.jwk");
  process.exit(2);
}
const privateKey = JSON.parse(readFileSync(values.key, "utf8"));
const expected = readFileSync(`${root}policies/release-key.pub`, "utf8").trim();
if (`ed25519:${privateKey.x}` !== expected) {
  console.error("the key does not match policies/release-key.pub");
  process.exit(1);
}
const out = `${root}packs/bundled.json`;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: "inherit" });
run(process.execPath, [
  "dist/cli.js",
  "pack",
  "build",
  "policies",
  "--key",
  values.key,
  "--out",
  out,
  "--name",
  "vendorgate-bundled",
  "--max-age-days",
  "365",
  ...(existsSync(out) ? ["--previous", out] : ["--revision", "1"]),
]);
// The library bundles the pack: build again so dist/ serves the new one.
run("npm", ["run", "build", "--silent"]);
