// A write that fails (a full disk, no permission) is one line on stderr and exit 2: never a
// stack trace, never exit 1 (which means a product reached --fail-on), never a half-written
// output file. A reader of standard output that goes away (`| head -1`) still ends quietly.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OutputFile } from "../../src/cli/io.js";
import { builtCli, bundledFlags as flags, runBuilt } from "./built.js";
import { acmeRouter, checkFlags, fakeIo, runWithIo, tempFiles } from "./helpers.js";

const huaweiRouter = { name: "Router", manufacturer: "Huawei Technologies Co., Ltd." };

function noSpace(): Error {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    errno: -28,
    syscall: "write",
  });
}

describe("a full disk", () => {
  it("on standard output (/dev/full): one line, exit 2, for a document and a fleet", async () => {
    const { path } = tempFiles({
      "router.json": huaweiRouter,
      "fleet.ndjson": `${JSON.stringify(huaweiRouter)}\n${JSON.stringify(huaweiRouter)}\n`,
    });
    for (const [file, format] of [
      ["router.json", "text"],
      ["fleet.ndjson", "json"],
      ["router.json", "html"],
    ] as const) {
      const fd = openSync("/dev/full", "w");
      try {
        const result = await runBuilt(["check", path(file), ...flags, "--format", format], {
          stdoutFd: fd,
        });
        expect(result.code, `${file} ${format}`).toBe(2);
        expect(result.stderr, `${file} ${format}`).toBe(
          "vendorgate: cannot write to standard output (no space left on the device)\n",
        );
      } finally {
        closeSync(fd);
      }
    }
  });

  it("in --output: one line naming the file, exit 2, and no file left behind", async () => {
    const { dir, path } = tempFiles({ "router.json": acmeRouter });
    const io = fakeIo();
    let discarded = 0;
    io.openOutput = async (): Promise<OutputFile> => ({
      write: () => {
        throw noSpace();
      },
      commit: async () => {},
      discard: () => {
        discarded++;
      },
    });
    const out = path("report.json");
    const result = await runWithIo(
      ["check", path("router.json"), ...checkFlags, "--format", "json", "--output", out],
      io,
    );
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: `vendorgate: --output ${out}: cannot write (no space left on the device)\n`,
    });
    expect(discarded).toBe(1);
    expect(readdirSync(dir)).toEqual(["router.json"]);
  });

  it("in --output to a pipe or device, writes to it and never replaces it", async () => {
    const { path } = tempFiles({ "router.json": huaweiRouter });
    const fifo = path("report.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
    let read = "";
    reader.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      read += chunk;
    });
    const done = new Promise((resolve) => reader.on("close", resolve));
    const result = await runBuilt(["check", path("router.json"), ...flags, "--output", fifo]);
    await done;
    expect(result).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(read).toMatch(/^Router: restricted/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("in a file a command writes whole (policy keygen, pack build): one line, exit 2", async () => {
    const { path } = tempFiles();
    const io = fakeIo();
    io.writeFile = async () => {
      throw noSpace();
    };
    const result = await runWithIo(["policy", "keygen", "--out", path("key.jwk")], io);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^vendorgate: .*key\.jwk: cannot write \(ENOSPC/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("no permission", () => {
  it("for --output: one line naming the file, exit 2, before any report", async () => {
    const { path, dir } = tempFiles({ "router.json": huaweiRouter });
    let target: string;
    if (process.getuid?.() === 0) {
      // Root may write anywhere on disk, but not new files into sysfs.
      target = "/sys/vendorgate-report.json";
    } else {
      chmodSync(dir, 0o500);
      target = join(dir, "report.json");
    }
    try {
      const result = await runBuilt(["check", path("router.json"), ...flags, "--output", target]);
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `vendorgate: --output ${target}: cannot write there (permission denied)\n`,
      });
      expect(existsSync(target)).toBe(false);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

describe("a reader of standard output that goes away", () => {
  it("ends quietly with the verdict's exit code, as `| head -1` expects", async () => {
    const { path } = tempFiles();
    const lines = Array.from({ length: 3_000 }, () => JSON.stringify(huaweiRouter));
    writeFileSync(path("fleet.ndjson"), `${lines.join("\n")}\n`);
    const child = spawn(
      process.execPath,
      [builtCli(), "check", path("fleet.ndjson"), ...flags, "--format", "json", "--jobs", "1"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(1);
  });
});
