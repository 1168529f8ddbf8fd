import {
  detectTextFormat,
  formatPath,
  type ImportOptions,
  importDocument,
  importText,
  type ParsedProduct,
  VendorgateError,
} from "../../index.js";
import { InputError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { inputLabel, readInput } from "./read-input.js";

/** One product read from an input, parsed and ready to evaluate. */
export interface InputProduct {
  /** The input as named in messages: the path, or `<stdin>`. */
  label: string;
  /** The line it was on, for NDJSON inputs. */
  line?: number;
  product: ParsedProduct;
}

/** The products of one input, and whether the input was NDJSON (a fleet). */
export interface InputProducts {
  products: InputProduct[];
  ndjson: boolean;
}

const jsonOnly =
  "vendorgate reads it as a file of its own, not as a line of an NDJSON fleet (one JSON document a line)";

/** One line from `JSON.parse`'s message, shortened: V8 quotes the input, newlines and all. */
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.replace(/\s+/g, " ").trim();
  return `not valid JSON (${line.length > 160 ? `${line.slice(0, 157)}...` : line})`;
}

/** Parses JSON text, or says in one line why it is not JSON. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: jsonProblem(error) };
  }
}

/** Refuses text that is plainly another format (CycloneDX XML or SPDX tag-value) where only JSON goes. */
export function refuseOtherText(text: string): string | undefined {
  const start = text.trimStart();
  if (start.startsWith("<") && /cyclonedx/i.test(start.slice(0, 2000))) {
    return `is a CycloneDX XML BOM; ${jsonOnly}`;
  }
  if (/^SPDXVersion:/.test(start)) return `is an SPDX tag-value document; ${jsonOnly}`;
  return undefined;
}

/** Whether text, by its first character, is meant as JSON (an object or a list). */
function looksLikeJson(text: string): boolean {
  const start = text.trimStart()[0];
  return start === "{" || start === "[";
}

/** Refuses JSON arrays, which are none of the documents vendorgate reads. */
function refuseOtherValue(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    return "is a JSON array, not a product object (for a fleet, write one product per line: NDJSON)";
  }
  return undefined;
}

/**
 * A product's problems in the project's words: one on the line itself, several each on a line
 * of their own below a count, every one of them with its path.
 */
function productProblem(error: VendorgateError): string {
  const described = error.issues.map(
    (issue) => `${issue.path.length > 0 ? `${formatPath(issue.path)}: ` : ""}${issue.message}`,
  );
  if (described.length === 0) return error.message.split("\n")[0] ?? "is not a valid product";
  if (described.length === 1) return described[0] as string;
  return `${described.length} problems:${described.map((line) => `\n  ✖ ${line}`).join("")}`;
}

/**
 * Imports one parsed JSON value as a product (a product, CycloneDX or SPDX document). Throws
 * `InputError` starting with `where` (the input, and the line for NDJSON) and every problem.
 */
export function toProduct(
  value: unknown,
  where: string,
  label: string,
  line?: number,
  options?: ImportOptions,
): InputProduct {
  const refusal = refuseOtherValue(value);
  if (refusal) throw new InputError(`${where}: ${refusal}`);
  try {
    const product = importDocument(value, options);
    return { label, ...(line !== undefined ? { line } : {}), product };
  } catch (error) {
    if (error instanceof VendorgateError)
      throw new InputError(`${where}: ${productProblem(error)}`);
    throw error;
  }
}

/** Whether a file's name says it is NDJSON: `.ndjson` or `.jsonl`. */
export function isNdjsonName(file: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(file);
}

/** Whether text that is not one JSON value is several, one a line (judged by its first line). */
function looksLikeNdjson(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== "");
  const first = filled[0];
  return filled.length > 1 && first !== undefined && parseJson(first).ok;
}

function readNdjson(
  lines: readonly string[],
  label: string,
  options?: ImportOptions,
): InputProduct[] {
  const products: InputProduct[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === "") return;
    const line = i + 1;
    const where = `${label} line ${line}`;
    const parsed = parseJson(text);
    if (!parsed.ok) throw new InputError(`${where}: ${parsed.problem}`);
    products.push(toProduct(parsed.value, where, label, line, options));
  });
  return products;
}

/**
 * Reads the products in one input: a product JSON object, a CycloneDX (JSON or XML), SPDX 2
 * (JSON or tag-value) or SPDX 3 document (told apart by content, see `importText`), or an
 * NDJSON fleet of JSON documents (by the extension `.ndjson` or `.jsonl`, or by content: one
 * JSON value a line). Throws `InputError` naming the input (and the line, for NDJSON) and
 * every problem.
 */
export async function readProducts(
  file: string,
  io: CliIo,
  options?: ImportOptions,
): Promise<InputProducts> {
  return productsFromText(await readInput(file, io), file, options);
}

/** Imports a document that is not JSON (CycloneDX XML, SPDX tag-value), or says why not. */
function fromOtherText(text: string, label: string, options?: ImportOptions): InputProducts {
  try {
    return { products: [{ label, product: importText(text, options) }], ndjson: false };
  } catch (error) {
    if (error instanceof VendorgateError)
      throw new InputError(`${label}: ${productProblem(error)}`);
    throw error;
  }
}

/** Like `readProducts`, for an input already read whole (`text`, from `file`). */
export function productsFromText(
  text: string,
  file: string,
  options?: ImportOptions,
): InputProducts {
  const label = inputLabel(file);
  const lines = () => text.split(/\r?\n/);
  if (isNdjsonName(file)) {
    const refusal = refuseOtherText(text);
    if (refusal) throw new InputError(`${label}: ${refusal}`);
    return { products: readNdjson(lines(), label, options), ndjson: true };
  }
  if (!looksLikeJson(text) && detectTextFormat(text) !== undefined)
    return fromOtherText(text, label, options);
  const whole = parseJson(text);
  if (whole.ok) {
    return { products: [toProduct(whole.value, label, label, undefined, options)], ndjson: false };
  }
  const split = lines();
  if (looksLikeNdjson(split)) return { products: readNdjson(split, label, options), ndjson: true };
  throw new InputError(`${label}: ${whole.problem}`);
}
