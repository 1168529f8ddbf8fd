import type { Report } from "../../index.js";
import { isDocumentFormat, type OutputFormat } from "../args.js";
import { formatReportText } from "./format-text.js";

/** How reports are written to standard output. */
export interface OutputOptions {
  format: OutputFormat;
  /** For a document format: keep each product with its report (the HTML draws its tree). */
  keepProducts?: boolean;
  /** Colour text verdicts (a terminal without NO_COLOR). */
  color: boolean;
}

/**
 * One report as written to standard output: a JSON line (or, with `pretty`, an indented JSON
 * document), or a text block that starts with a blank line to separate it from the report
 * before (`ReportSink` drops the first report's). Document formats (HTML, SARIF, ...) are
 * rendered from every report at the end, so they write nothing here.
 */
export function formatOutput(report: Report, options: OutputOptions, pretty = false): string {
  if (isDocumentFormat(options.format)) return "";
  if (options.format === "json") {
    return pretty ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`;
  }
  return `\n${formatReportText(report, { color: options.color })}`;
}
