import type { Interrupt } from "../interrupt.js";
import type { CliIo, LineInput } from "../io.js";

/**
 * An io like `io` whose inputs opened with `readLines` are closed on Ctrl-C (so a read that
 * waits, on a terminal say, ends at once) and by `closeAll()` at the end of the run.
 */
export function closingInputs(io: CliIo, interrupt: Interrupt): CliIo & { closeAll(): void } {
  const opened: LineInput[] = [];
  const closeAll = () => {
    for (const input of opened) input.close();
  };
  interrupt.on(closeAll);
  return {
    ...io,
    readLines: async (path, decode) => {
      const input = await io.readLines(path, decode);
      opened.push(input);
      return input;
    },
    closeAll,
  };
}
