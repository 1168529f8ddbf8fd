import { formatPath, importDocument, type ParsedProduct, VendorgateError } from "../../index.js";
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
  "vendorgate reads CycloneDX and SPDX as JSON only; convert it to JSON first (for example with cyclonedx-cli or spdx-tools)";

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

/** Refuses text that is plainly another format: CycloneDX XML or SPDX tag-value. */
export function refuseOtherText(text: string): string | undefined {
  const start = text.trimStart();
  if (start.startsWith("<") && /cyclonedx/i.test(start.slice(0, 2000))) {
    return `is a CycloneDX XML BOM; ${jsonOnly}`;
  }
  if (/^SPDXVersion:/.test(start)) return `is an SPDX tag-value document; ${jsonOnly}`;
  return undefined;
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
): InputProduct {
  const refusal = refuseOtherValue(value);
  if (refusal) throw new InputError(`${where}: ${refusal}`);
  try {
    return { label, ...(line !== undefined ? { line } : {}), product: importDocument(value) };
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

function readNdjson(lines: readonly string[], label: string): InputProduct[] {
  const products: InputProduct[] = [];
  lines.forEach((text, i) => {
    if (text.trim() === "") return;
    const line = i + 1;
    const where = `${label} line ${line}`;
    const parsed = parseJson(text);
    if (!parsed.ok) throw new InputError(`${where}: ${parsed.problem}`);
    products.push(toProduct(parsed.value, where, label, line));
  });
  return products;
}

/**
 * Reads the products in one input: a product JSON object, a CycloneDX or SPDX JSON document
 * (told apart by `detectFormat`), or an NDJSON fleet of any of them (by the extension `.ndjson`
 * or `.jsonl`, or by content: one JSON value a line). Throws `InputError`
 * naming the input (and the line, for NDJSON) and every problem.
 */
export async function readProducts(file: string, io: CliIo): Promise<InputProducts> {
  return productsFromText(await readInput(file, io), file);
}

/** Like `readProducts`, for an input already read whole (`text`, from `file`). */
export function productsFromText(text: string, file: string): InputProducts {
  const label = inputLabel(file);
  const refusal = refuseOtherText(text);
  if (refusal) throw new InputError(`${label}: ${refusal}`);
  const lines = () => text.split(/\r?\n/);
  if (isNdjsonName(file)) return { products: readNdjson(lines(), label), ndjson: true };
  const whole = parseJson(text);
  if (whole.ok) return { products: [toProduct(whole.value, label, label)], ndjson: false };
  const split = lines();
  if (looksLikeNdjson(split)) return { products: readNdjson(split, label), ndjson: true };
  throw new InputError(`${label}: ${whole.problem}`);
}
