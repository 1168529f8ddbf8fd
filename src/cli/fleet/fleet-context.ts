import type { PreparedEvaluation } from "../../internal.js";
import type { Interrupt } from "../interrupt.js";
import type { LineInput } from "../io.js";
import type { OutputOptions } from "../output/format-output.js";
import type { ReportSink } from "../output/report-sink.js";
import type { Utf8Warnings } from "../output/utf8-warnings.js";

/** What checking one NDJSON fleet needs, in-process or with worker threads. */
export interface FleetContext {
  /** The input as named in messages. */
  label: string;
  /** The input underneath: bytes read and size, for the progress line. */
  source: LineInput;
  prepared: PreparedEvaluation;
  output: OutputOptions;
  /** `--strict`: refuse the quirks of real SBOMs instead of warning about them. */
  strict?: boolean;
  sink: ReportSink;
  interrupt: Interrupt;
  /** `--lenient-utf8`: where worker threads' replacements of invalid UTF-8 are told. */
  utf8?: Utf8Warnings;
}

/** The share of the input consumed so far (0 to 1), when its size is known. */
export function shareRead(source: LineInput): number | undefined {
  return source.size ? Math.min(source.bytesRead() / source.size, 1) : undefined;
}
