import type { CliIo } from "../../src/cli/io.js";

/**
 * The writing half of a fake `CliIo`: what the CLI wrote to stdout and stderr, and its interrupt
 * handlers, fired (as Ctrl-C would) right after the `interruptAfterWrites`-th write to stdout.
 * No vitest import: the fuzzer's bundle uses it too.
 */
export function recordedOutput(
  interruptAfterWrites?: number,
): Pick<CliIo, "stdout" | "stderr" | "onInterrupt"> & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const interruptHandlers = new Set<() => void>();
  return {
    out,
    err,
    stdout: (text) => {
      out.push(text);
      if (out.length === interruptAfterWrites) {
        for (const handler of [...interruptHandlers]) {
          interruptHandlers.delete(handler);
          handler();
        }
      }
    },
    stderr: (text) => {
      err.push(text);
    },
    onInterrupt: (handler) => {
      interruptHandlers.add(handler);
      return () => {
        interruptHandlers.delete(handler);
      };
    },
  };
}
