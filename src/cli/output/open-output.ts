import { InputError } from "../cli-error.js";
import type { CliIo, OutputFile } from "../io.js";

/** Opens the `--output` file, or throws `InputError` saying why it cannot be written. */
export async function openOutput(io: CliIo, path: string): Promise<OutputFile> {
  try {
    return await io.openOutput(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "its directory does not exist"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "ENOTDIR"
            ? "a part of the path is not a directory"
            : error instanceof Error
              ? error.message
              : String(error);
    throw new InputError(`--output ${path}: cannot write there (${why})`);
  }
}
