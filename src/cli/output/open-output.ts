import { InputError, OutputError } from "../cli-error.js";
import { describeFsError } from "../input/read-input.js";
import type { CliIo, OutputFile } from "../io.js";

/**
 * Opens the `--output` file, or throws `InputError` saying why it cannot be written. Its
 * `write` and `commit` throw `OutputError` (one line naming the file) when writing fails, as on
 * a full disk; the caller then discards it, so no half-written file is left.
 */
export async function openOutput(io: CliIo, path: string): Promise<OutputFile> {
  let file: OutputFile;
  try {
    file = await io.openOutput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "its directory does not exist" : describeFsError(error);
    throw new InputError(`--output ${path}: cannot write there (${why})`);
  }
  const failed = (error: unknown) =>
    new OutputError(`--output ${path}: cannot write (${describeFsError(error)})`);
  return {
    write(text) {
      try {
        file.write(text);
      } catch (error) {
        throw failed(error);
      }
    },
    async commit() {
      try {
        await file.commit();
      } catch (error) {
        throw failed(error);
      }
    },
    discard: () => file.discard(),
  };
}
