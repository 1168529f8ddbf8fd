import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "../io.js";

function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Whether `path` names something that is not a regular file (a device, a pipe, a socket). */
function isSpecial(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/** Writes straight to a device or pipe (`/dev/null`, a FIFO): no file to replace there. */
function openSpecial(path: string): OutputFile {
  const fd = openSync(path, "w");
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    closeSync(fd);
  };
  return {
    write: (text) => writeAll(fd, text),
    commit: async () => close(),
    discard: () => {
      try {
        close();
      } catch {}
    },
  };
}

/**
 * Opens `path` for writing atomically: the text goes to a temporary file beside it (same
 * directory, so the rename cannot cross file systems) and replaces `path` only on `commit()`.
 * `discard()`, an error or the process exiting first leaves `path` as it was. A device or pipe
 * (`/dev/null`, a FIFO) is written straight to instead, never replaced. Rejects with a Node.js
 * file-system error when the directory cannot take the temporary file; `write` and `commit`
 * throw one (`ENOSPC` on a full disk).
 */
export async function openAtomicFile(path: string): Promise<OutputFile> {
  if (isSpecial(path)) return openSpecial(path);
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const fd = openSync(temp, "wx", 0o644);
  let open = true;
  const remove = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch {}
    try {
      unlinkSync(temp);
    } catch {}
  };
  process.on("exit", remove);
  return {
    write: (text) => writeAll(fd, text),
    async commit() {
      process.removeListener("exit", remove);
      try {
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        renameSync(temp, path);
      } catch (error) {
        remove();
        try {
          unlinkSync(temp);
        } catch {}
        throw error;
      }
    },
    discard() {
      process.removeListener("exit", remove);
      remove();
    },
  };
}
