/**
 * A mistake in how the command was called (an unknown flag, a missing `--policy`, a bad
 * `--fail-on` value). The CLI prints the message and a short usage, then exits 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * A problem with an input the command was given (a file, the context, a policy spec). The
 * message is one complete line naming the input and the problem; the CLI prints it and exits 2.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * Output could not be written (a full disk, no permission, a pipe closed that is not standard
 * output's reader). The message is one line naming where and why; the CLI exits 2, never 1.
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** A mistake in how a `vendorgate policy` command was called; the CLI points to its help. */
export class PolicyUsageError extends UsageError {}

/**
 * The run was stopped by Ctrl-C (SIGINT) after writing the reports already complete. The CLI
 * prints the message and exits 130.
 */
export class InterruptedError extends Error {
  override readonly name = "InterruptedError";

  /** `written`: how many reports were written before the run stopped. */
  constructor(written: number) {
    super(`interrupted after ${written.toLocaleString("en-US")} report${written === 1 ? "" : "s"}`);
  }
}
