import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { LineDecoder, LineInput } from "../io.js";
import { ByteLines } from "./byte-lines.js";

async function fileLines(path: string, decode: LineDecoder): Promise<LineInput> {
  const handle = await open(path, "r");
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      throw Object.assign(new Error("EISDIR: illegal operation on a directory, read"), {
        code: "EISDIR",
      });
    }
    // Read on demand (the stream's own back-pressure), a mebibyte at a time.
    const stream = createReadStream("", { fd: handle, highWaterMark: 1 << 20 });
    return new ByteLines(
      stream,
      stats.isFile() ? stats.size : undefined,
      () => stream.destroy(),
      decode,
    );
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * Opens a file (or standard input, for `-`) for reading line by line: a `node:fs` read stream
 * split into lines as they are iterated (`ByteLines`), each decoded by `decode`, so memory
 * stays constant. Rejects with
 * the file-system error (`code` set) when the file cannot be opened or is a directory.
 */
export async function readLines(path: string, decode: LineDecoder): Promise<LineInput> {
  if (path !== "-") return fileLines(path, decode);
  return new ByteLines(process.stdin, undefined, () => process.stdin.destroy(), decode);
}
