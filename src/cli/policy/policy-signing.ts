import { parseArgs } from "node:util";
import { PublicKeySchema, VendorgateError } from "../../index.js";
import { safeParse } from "../../internal.js";
import {
  entityCatalogue,
  generateSigningKey,
  signDigest,
  validatePolicy,
  verifyDigest,
} from "../../maintain/index.js";
import { InputError, UsageError } from "../cli-error.js";
import { readInput } from "../input/read-input.js";
import type { CliIo } from "../io.js";
import { entitiesBeside, readCatalogue, readJson } from "./policy-files.js";
import { issueLines } from "./policy-validate.js";

async function digestOf(
  file: string,
  entities: string | undefined,
  io: CliIo,
): Promise<{ digest: string; label: string }> {
  const document = await readJson(file, io);
  const catalogue = entityCatalogue(await readCatalogue(entities ?? entitiesBeside(file), io));
  const { issues, policy } = validatePolicy(document, catalogue);
  if (!policy) throw new InputError(issueLines(file, issues).trimEnd());
  return { digest: policy.digest, label: `${policy.id}@${policy.version}` };
}

function parse(argv: readonly string[], options: Record<string, { type: "string" }>) {
  return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
}

/** `vendorgate policy keygen --out FILE`: a new Ed25519 key; FILE gets the private JWK, FILE.pub the public key. */
export async function policyKeygen(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { out: { type: "string" } });
  if (!values.out)
    throw new UsageError(
      "policy keygen needs --out FILE (the private key is written there, FILE.pub beside it)",
    );
  const key = await generateSigningKey();
  try {
    await io.writeFile(values.out, `${JSON.stringify(key.privateKey)}\n`, {
      exclusive: true,
      mode: 0o600,
    });
    await io.writeFile(`${values.out}.pub`, `${key.publicKey}\n`, { exclusive: true });
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST")
      throw new InputError(`${values.out}: already exists; not overwriting a key`);
    throw new InputError(`${values.out}: cannot write (${(error as Error).message})`);
  }
  io.stdout(
    `key ${key.keyId}\npublic key ${key.publicKey}\nprivate key in ${values.out} (keep it secret), public key in ${values.out}.pub\n`,
  );
  return 0;
}

/** `vendorgate policy sign FILE... --key KEYFILE`: writes FILE.sig, a detached signature of each version. */
export async function policySign(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    key: { type: "string" },
    entities: { type: "string" },
  });
  if (!values.key || positionals.length === 0)
    throw new UsageError("policy sign needs FILE... and --key PRIVATE_KEY_FILE");
  const jwk = (await readJson(values.key, io)) as JsonWebKey;
  for (const file of positionals) {
    const { digest, label } = await digestOf(file, values.entities, io);
    let signature: Awaited<ReturnType<typeof signDigest>>;
    try {
      signature = await signDigest(digest, jwk);
    } catch (error) {
      if (error instanceof VendorgateError)
        throw new InputError(`${values.key}: ${error.issues[0]?.message}`);
      throw new InputError(`${values.key}: not a usable Ed25519 private key`);
    }
    await io.writeFile(`${file}.sig`, `${JSON.stringify(signature, null, 2)}\n`);
    io.stdout(`signed ${label}: ${file}.sig (key ${signature.keyId})\n`);
  }
  return 0;
}

/** A public key given as `ed25519:...` or as a file holding one. */
export async function publicKey(value: string, io: CliIo): Promise<string> {
  if (safeParse(PublicKeySchema, value).success) return value;
  const text = (await readInput(value, io)).trim();
  if (!safeParse(PublicKeySchema, text).success)
    throw new InputError(`${value}: not a public key (ed25519:<base64url>)`);
  return text;
}

/**
 * `vendorgate policy verify FILE... --key PUBLIC_KEY|FILE`: checks each FILE.sig against the
 * version's content and the key. Exit 1 when a signature does not verify, 2 on bad input.
 */
export async function policyVerify(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, {
    key: { type: "string" },
    entities: { type: "string" },
  });
  if (!values.key || positionals.length === 0)
    throw new UsageError("policy verify needs FILE... and --key PUBLIC_KEY (or a .pub file)");
  const key = await publicKey(values.key, io);
  let failed = 0;
  for (const file of positionals) {
    const signature = await readJson(`${file}.sig`, io);
    const { digest, label } = await digestOf(file, values.entities, io);
    try {
      await verifyDigest(digest, signature, [key]);
      io.stdout(`✔ ${file}: ${label} signed by ${(signature as { keyId: string }).keyId}\n`);
    } catch (error) {
      if (!(error instanceof VendorgateError)) throw error;
      failed++;
      io.stderr(`✖ ${file}: ${error.issues[0]?.message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
