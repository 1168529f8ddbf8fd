import type { Context } from "../../index.js";
import type { Tally } from "../check/tally.js";
import type { Replaced } from "../input/utf8.js";
import type { OutputOptions } from "../output/format-output.js";
import type { BatchBody } from "./cut-batches.js";

/** Marks a worker thread started by `vendorgate check` (its `workerData.kind`). */
export const checkWorkerKind = "vendorgate-check-worker";

/** What a check worker is started with (`workerData`): it then builds the bundled registry. */
export interface WorkerStart {
  kind: typeof checkWorkerKind;
}

/**
 * What a check worker is told first, as plain data, once the main thread knows it: the worker
 * prepares these options once, with its own registry from `bundledRegistry()`.
 */
export interface WorkerSetup {
  /** Policy specs, a profile's already merged in. */
  policies: string[];
  asOf: string;
  /** The context, a profile's defaults already merged in. */
  context: Context;
  /** The main thread's clock for the run (ISO 8601), by which the pack's age is judged. */
  now: string;
  /** `--all-gaps`. */
  allGaps: boolean;
  output: OutputOptions;
  /** `--strict`: refuse the quirks of real SBOMs instead of warning about them. */
  strict?: boolean;
  /** `--lenient-utf8`: invalid UTF-8 in raw lines becomes U+FFFD (told in `replaced`) instead of an error. */
  lenientUtf8?: boolean;
}

/**
 * A batch of NDJSON lines to check: consecutive lines of one input from `firstLine`, as text or
 * as raw UTF-8 bytes (transferred, not copied), blank ones included (they are skipped).
 */
export interface BatchRequest extends BatchBody {
  seq: number;
  /** The input as named in messages. */
  label: string;
}

/** A message to a check worker: its setup (first, once), then batches. */
export type ToWorker = { setup: WorkerSetup } | BatchRequest;

/** What a check worker says once it has prepared its setup: it can check batches at once. */
export interface WorkerReady {
  ready: true;
}

/** Why a batch stopped early. */
export interface BatchError {
  /** One line naming the input, the line and the problem (or the unexpected error). */
  message: string;
  /** Not a problem with the input but a bug: reported as an unexpected error. */
  unexpected: boolean;
}

/**
 * A checked batch: the reports, formatted and concatenated in input order, and the verdicts'
 * tally. With `error`, the reports are those of the lines before the bad one.
 */
export interface BatchResult {
  seq: number;
  /** The reports: as text, or from a worker thread as their UTF-8 bytes (transferred, not copied). */
  text: string | Uint8Array;
  tally: Tally;
  error?: BatchError;
  /** With `lenientUtf8`: the lines of the batch whose invalid UTF-8 became U+FFFD. */
  replaced?: Replaced[];
}
