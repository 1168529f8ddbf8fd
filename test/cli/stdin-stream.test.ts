// Reading a stream (standard input, a pipe), each report is written as soon as its line has
// come, without waiting for the next line or for the stream to end: in-process here, and with
// the default --jobs in the built CLI below.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LineInput } from "../../src/cli/io.js";
import { acmeRouter, checkFlags, cleanRouter, fakeIo, runWithIo } from "./helpers.js";

/** A stream of lines the test hands out one by one with `send`, ended by `end`. */
function gatedLines() {
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  const input: LineInput = {
    size: undefined,
    bytesRead: () => 0,
    close: () => {
      ended = true;
      wake?.();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length === 0 && !ended) await new Promise<void>((r) => (wake = r));
        const line = queue.shift();
        if (line === undefined) return;
        yield line;
      }
    },
  };
  return {
    input,
    send(line: string) {
      queue.push(line);
      wake?.();
    },
    end() {
      ended = true;
      wake?.();
    },
  };
}

/** Whether `condition` turns true within `ms` (a spawned CLI starts slowly on a busy machine). */
const until = async (condition: () => boolean, ms = 2_000) => {
  for (let waited = 0; waited < ms && !condition(); waited += 10)
    await new Promise((r) => setTimeout(r, 10));
  return condition();
};

describe("vendorgate check reading a stream", () => {
  it("writes each line's report before the next line comes", async () => {
    const stream = gatedLines();
    const io = { ...fakeIo(), readLines: async () => stream.input };
    const done = runWithIo(["check", "-", ...checkFlags, "--format", "json"], io);
    stream.send(JSON.stringify(cleanRouter));
    expect(await until(() => io.out.length === 1)).toBe(true);
    expect(JSON.parse(io.out[0] ?? "")).toMatchObject({ verdict: "allowed" });
    stream.send(JSON.stringify(acmeRouter));
    expect(await until(() => io.out.length === 2)).toBe(true);
    expect(JSON.parse(io.out[1] ?? "")).toMatchObject({ verdict: "prohibited" });
    stream.end();
    expect((await done).code).toBe(1);
  });
});

describe("the built CLI reading standard input with the default --jobs", () => {
  it("writes the first report while standard input stays open", async () => {
    const cli = join(new URL("../../", import.meta.url).pathname, "dist", "cli.js");
    const child = spawn(
      process.execPath,
      [cli, "check", "-", "--policy", "jp-gov-procurement", "--as-of", "2019-06-01"].concat([
        "--buyer-sector",
        "government",
        "--buyer-jurisdiction",
        "JP",
        "--format",
        "json",
      ]),
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const product = { name: "Router", manufacturer: "Huawei Technologies Co., Ltd." };
    child.stdin.write(`${JSON.stringify(product)}\n`);
    expect(await until(() => stdout.includes("\n"), 20_000)).toBe(true);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: "restricted" });
    child.stdin.write(`${JSON.stringify({ name: "Clean box", manufacturer: "Clean Corp" })}\n`);
    expect(await until(() => stdout.trim().split("\n").length === 2, 20_000)).toBe(true);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
  });
});
