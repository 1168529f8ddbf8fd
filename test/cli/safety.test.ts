// The CLI under broken inputs and broken pipes: missing, empty, binary, truncated, huge and
// directory inputs, a reader of stdout that goes away, and Ctrl-C during a batch. Each run ends
// with the documented exit code, a message on stderr where it fails, and never a half-written
// JSON document on stdout.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acmeRouter, checkFlags, cleanRouter, makeDir, run, tempFiles } from "./helpers.js";

const json = ["--format", "json"] as const;

/** Every line of stdout is a whole JSON document, and nothing follows the last newline. */
function expectWholeJsonLines(stdout: string): unknown[] {
  if (stdout === "") return [];
  expect(stdout.endsWith("\n"), "stdout ends with a newline").toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
}

/** Bytes from a fixed seed, so the "binary file" is the same in every run. */
function randomBytes(count: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe("broken inputs", () => {
  it("names a missing file, exits 2 and prints no report", async () => {
    const { path } = tempFiles();
    const result = await run(["check", path("nope.json"), ...checkFlags, ...json]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("nope.json");
    expect(result.stderr).toMatch(/no such file/);
  });

  it("names an empty file and one of blank lines", async () => {
    const { path } = tempFiles({ "empty.json": "", "blank.json": "\n \n\t\n" });
    for (const name of ["empty.json", "blank.json"]) {
      const result = await run(["check", path(name), ...checkFlags, ...json]);
      expect(result, name).toMatchObject({ code: 2, stdout: "" });
      expect(result.stderr, name).toMatch(/is empty/);
    }
  });

  it("refuses a binary file without printing anything on stdout", async () => {
    const { path } = tempFiles();
    for (const [name, bytes] of [
      ["random.bin", randomBytes(64 * 1024)],
      ["nul.json", Buffer.from([0x7b, 0x00, 0x00, 0x7d])],
      ["latin1.json", Buffer.from('{"name":"Caf\xe9"', "latin1")],
      ["png.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00])],
    ] as const) {
      writeFileSync(path(name), bytes);
      const result = await run(["check", path(name), ...checkFlags, ...json]);
      expect(result.code, name).toBe(2);
      expect(result.stdout, name).toBe("");
      expect(result.stderr, name).toContain(name);
      expect(result.stderr, name).not.toMatch(/unexpected error/);
    }
  });

  it("refuses truncated JSON, at every cut of a product", async () => {
    const text = JSON.stringify(acmeRouter);
    const { path } = tempFiles();
    for (let cut = 1; cut < text.length; cut += 7) {
      writeFileSync(path("cut.json"), text.slice(0, cut));
      const result = await run(["check", path("cut.json"), ...checkFlags, ...json]);
      expect(result.code, `cut at ${cut}`).toBe(2);
      expect(result.stdout, `cut at ${cut}`).toBe("");
      expect(result.stderr, `cut at ${cut}`).not.toMatch(/unexpected error/);
    }
  });

  it("stops a fleet at a truncated last line with exit 2, after whole reports only", async () => {
    const line = JSON.stringify(cleanRouter);
    const { path } = tempFiles({ "fleet.ndjson": `${line}\n${line}\n${line.slice(0, 20)}` });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags, ...json]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/line 3/);
    expect(expectWholeJsonLines(result.stdout).length).toBeLessThanOrEqual(2);
  });

  it("names a directory given as a file", async () => {
    const { path } = tempFiles();
    makeDir(path("folder"));
    const result = await run(["check", path("folder"), ...checkFlags, ...json]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/is a directory/);
  });

  it("checks a 50 MB product file in bounded time", { timeout: 120_000 }, async () => {
    // 5,000 parts, each with attributes of 10 × 1,000 characters: about 50 MB of JSON.
    const filler = "x".repeat(1_000);
    const attributes = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`note${i}`, filler]),
    );
    const components = Array.from({ length: 5_000 }, (_, i) => ({
      name: `Part ${i}`,
      manufacturer: i === 4_999 ? "Acme" : "Clean Corp",
      attributes,
    }));
    const { path } = tempFiles();
    const text = JSON.stringify({ name: "Rack", manufacturer: "Clean Corp", components });
    expect(text.length).toBeGreaterThan(50_000_000);
    writeFileSync(path("big.json"), text);
    const start = performance.now();
    const result = await run(["check", path("big.json"), ...checkFlags, ...json]);
    const ms = performance.now() - start;
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; findings: { path: string[] }[] };
    expect(report.verdict).toBe("prohibited");
    expect(report.findings.map((f) => f.path)).toEqual([["Rack", "Part 4999"]]);
    expect(ms).toBeLessThan(60_000);
  });
});

describe("a reader of stdout that goes away (EPIPE)", () => {
  const fleet = Array.from({ length: 10 }, (_, i) =>
    JSON.stringify(
      i === 5 ? { ...acmeRouter, name: `Router ${i}` } : { ...cleanRouter, name: `Router ${i}` },
    ),
  ).join("\n");

  for (const closeStdoutAfter of [0, 1, 3]) {
    it(`stops writing once stdout is closed after ${closeStdoutAfter} writes`, async () => {
      const { path } = tempFiles({ "fleet.ndjson": fleet });
      const result = await run(["check", path("fleet.ndjson"), ...checkFlags, ...json], {
        closeStdoutAfter,
      });
      const reports = expectWholeJsonLines(result.stdout);
      expect(reports.length).toBeLessThanOrEqual(Math.max(closeStdoutAfter, 1));
      expect([0, 1]).toContain(result.code);
      expect(result.stderr).not.toMatch(/unexpected error/);
    });
  }

  it("stops writing text reports too, and skips the summary", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleet });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags], {
      closeStdoutAfter: 2,
    });
    expect([0, 1]).toContain(result.code);
    expect(result.stdout).not.toMatch(/products? checked|summary/i);
  });
});

describe("Ctrl-C during a batch", () => {
  it("leaves only whole lines of JSON on stdout and exits 130 (or dies of SIGINT)", {
    timeout: 60_000,
  }, async () => {
    const { dir } = tempFiles();
    const line = (i: number) =>
      JSON.stringify({
        name: `Router ${i}`,
        manufacturer: "Nippon Netgear Works K.K.",
        components: [
          { name: "Board", manufacturer: "Nippon Netgear Works K.K." },
          {
            name: "Radio",
            manufacturer: i % 3 === 0 ? "Huawei Technologies Co., Ltd." : "Clean Corp",
          },
        ],
      });
    const big = join(dir, "big.ndjson");
    writeFileSync(big, `${Array.from({ length: 200_000 }, (_, i) => line(i)).join("\n")}\n`);
    const child = spawn(
      process.execPath,
      [
        "dist/cli.js",
        "check",
        big,
        "--policy",
        "jp-gov-procurement",
        "--as-of",
        "2019-06-01",
        "--buyer-sector",
        "government",
        "--buyer-jurisdiction",
        "JP",
        "--format",
        "json",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (!sent && stdout.length > 50_000) {
        sent = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on("close", (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    );
    expect(sent, "the run was still writing when Ctrl-C came").toBe(true);
    expect(code === 130 || signal === "SIGINT", `code ${code}, signal ${signal}`).toBe(true);
    const reports = expectWholeJsonLines(stdout);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(200_000);
    expect(stderr).not.toMatch(/unexpected error/);
  });
});
