import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "../io.js";

/**
 * Opens `path` for writing atomically: the text goes to a temporary file beside it (same
 * directory, so the rename cannot cross file systems) and replaces `path` only on `commit()`.
 * `discard()`, an error or the process exiting first leaves `path` as it was. Rejects with a
 * Node.js file-system error when the directory cannot take the temporary file.
 */
export async function openAtomicFile(path: string): Promise<OutputFile> {
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
    write(text) {
      const bytes = Buffer.from(text, "utf8");
      let at = 0;
      while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    },
    async commit() {
      process.removeListener("exit", remove);
      fsyncSync(fd);
      closeSync(fd);
      open = false;
      try {
        renameSync(temp, path);
      } catch (error) {
        unlinkSync(temp);
        throw error;
      }
    },
    discard() {
      process.removeListener("exit", remove);
      remove();
    },
  };
}
