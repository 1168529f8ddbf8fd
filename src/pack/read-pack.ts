import { type Issue, VendorgateError } from "../errors.js";
import { safeParse } from "../formats/zod-parse.js";
import { digestCanonical } from "../util/canonical-json.js";
import { type Pack, PackSchema } from "./pack-schema.js";

/** What `loadPack` and `registry.loadPack` accept: the file's bytes, its text, or its JSON value. */
export type PackInput = Uint8Array | ArrayBuffer | string | object;

function refuse(message: string, issues: readonly Issue[]): never {
  throw new VendorgateError(`The pack is refused: ${message}`, issues);
}

function textOf(input: Uint8Array | ArrayBuffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    refuse("it is not UTF-8 text", [
      { code: "invalid_json", path: [], message: "The pack's bytes are not valid UTF-8" },
    ]);
  }
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    refuse("it is not JSON", [
      {
        code: "invalid_json",
        path: [],
        message: `The pack is not valid JSON, or is cut short (${(error as Error).message})`,
      },
    ]);
  }
}

/** Reads a pack from bytes, text or a JSON value and checks its form (not its signature). */
export function readPack(input: PackInput): Pack {
  const value =
    input instanceof Uint8Array || input instanceof ArrayBuffer
      ? parseText(textOf(input))
      : typeof input === "string"
        ? parseText(input)
        : input;
  const parsed = safeParse(PackSchema, value);
  if (!parsed.success) {
    refuse(
      "it is not a vendorgate pack",
      parsed.error.issues.map((issue) => ({
        code: "invalid_input" as const,
        path: issue.path as (string | number)[],
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** The part of a pack its signature covers: everything but the signature. */
export function packPayload(pack: Pack): Omit<Pack, "signature"> {
  const { signature: _signature, ...payload } = pack;
  return payload;
}

/** The `sha256:` digest of a pack's canonical JSON without its signature: what is signed. */
export function packDigest(pack: Pack): string {
  return digestCanonical(packPayload(pack));
}
