import { InputError } from "../cli-error.js";
import type { CliIo } from "../io.js";
import { decodeUtf8, type Utf8Reading } from "./utf8.js";

/** How an input is named in messages: the path as given, or `<stdin>` for `-`. */
export function inputLabel(file: string): string {
  return file === "-" ? "<stdin>" : file;
}

/**
 * A file-system error as a few words: `no such file`, `is a directory, not a file`, `no space
 * left on the device`, ... (for reading and for writing).
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ERR_FS_FILE_TOO_LARGE":
    case "ERR_STRING_TOO_LONG":
      return "is too large to read";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "read-only file system";
    case "EFBIG":
      return "file too large";
    case "EIO":
      return "input/output error";
    case "EPIPE":
      return "the reader went away (broken pipe)";
    default:
      return error instanceof Error ? error.message.split("\n")[0] || String(error) : String(error);
  }
}

/**
 * Reads a whole input as text: a file, or standard input for `-`, decoded as UTF-8 (invalid
 * bytes refused unless `reading.lenient`, see `decodeUtf8`). Drops a leading byte-order
 * mark. Throws `InputError` (one line naming the input) when it cannot be read or is empty.
 */
export async function readInput(file: string, io: CliIo, reading?: Utf8Reading): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    throw new InputError(`${inputLabel(file)}: ${describeFsError(error)}`);
  }
  let text = decodeUtf8(bytes, { label: inputLabel(file), line: 1, offset: 0 }, reading);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${inputLabel(file)}: is empty`);
  return text;
}
