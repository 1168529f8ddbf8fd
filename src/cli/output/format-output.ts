import type { Report } from "../../index.js";
import type { OutputFormat } from "../args.js";
import { formatReportText } from "./format-text.js";

/** How reports are written to standard output. */
export interface OutputOptions {
  format: OutputFormat;
  /** Colour text verdicts (a terminal without NO_COLOR). */
  color: boolean;
}

/**
 * One report as written to standard output: a JSON line (or, with `pretty`, an indented JSON
 * document), or a text block that starts with a blank line to separate it from the report
 * before (`ReportSink` drops the first report's).
 */
export function formatOutput(report: Report, options: OutputOptions, pretty = false): string {
  if (options.format === "json") {
    return pretty ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`;
  }
  return `\n${formatReportText(report, { color: options.color })}`;
}
