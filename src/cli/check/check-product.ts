import { type ReportEntry, VendorgateError, type Verdict } from "../../index.js";
import { evaluatePrepared, type PreparedEvaluation } from "../../internal.js";
import { isDocumentFormat } from "../args.js";
import { InputError } from "../cli-error.js";
import { type InputProduct, parseJson, toProduct } from "../input/read-products.js";
import { formatOutput, type OutputOptions } from "../output/format-output.js";

/** One product checked: its report as written to standard output, and its verdict. */
export interface CheckedProduct {
  output: string;
  verdict: Verdict;
  /** For a document format: the report (and product, when kept) to render at the end. */
  entry?: ReportEntry;
}

/** The first problem of a `VendorgateError`, as one line. */
export function firstIssue(error: VendorgateError): string {
  return error.issues[0]?.message ?? error.message.split("\n")[0] ?? error.message;
}

/**
 * Evaluates one product read from an input with prepared options and formats its report.
 * Throws `InputError` naming the input (and line) and the first problem.
 */
export function checkProduct(
  input: InputProduct,
  prepared: PreparedEvaluation,
  output: OutputOptions,
  pretty = false,
): CheckedProduct {
  try {
    const report = evaluatePrepared(input.product, prepared);
    const checked = { output: formatOutput(report, output, pretty), verdict: report.verdict };
    if (!isDocumentFormat(output.format)) return checked;
    const entry: ReportEntry = {
      report,
      file: input.label,
      ...(output.keepProducts ? { product: input.product } : {}),
      ...(input.line !== undefined ? { line: input.line } : {}),
    };
    return { ...checked, entry };
  } catch (error) {
    if (!(error instanceof VendorgateError)) throw error;
    const where = input.line === undefined ? input.label : `${input.label} line ${input.line}`;
    throw new InputError(`${where}: ${firstIssue(error)}`);
  }
}

/**
 * Checks one non-blank line of an NDJSON fleet: parses it, imports it (product, CycloneDX or
 * SPDX) and evaluates it. Throws `InputError` naming `label` and the line, the same in-process
 * and in a worker thread.
 */
export function checkLine(
  text: string,
  at: { label: string; line: number },
  prepared: PreparedEvaluation,
  output: OutputOptions,
  strict = false,
): CheckedProduct {
  const { label, line } = at;
  const where = `${label} line ${line}`;
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputError(`${where}: ${parsed.problem}`);
  // No options unless strict: the defaults are then resolved once, not for every line.
  const product = toProduct(parsed.value, where, label, line, strict ? { strict } : undefined);
  return checkProduct(product, prepared, output);
}
