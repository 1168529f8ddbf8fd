// Invalid UTF-8 in what the built CLI reads (product files, NDJSON on standard input, documents
// with a byte-order mark, policy files) is refused with exit 2 and one line naming the input,
// the line and the byte offset; --lenient-utf8 reads it with U+FFFD and says what it replaced.
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledFlags as flags, runBuilt } from "./built.js";
import { tempFiles } from "./helpers.js";

/** `before`, the raw `bytes`, then `after`, as one buffer; and the offset of the raw bytes. */
function withBytes(before: string, bytes: number[], after: string) {
  return {
    bytes: Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]),
    offset: Buffer.byteLength(before),
  };
}

/** A product whose maker is "Huawei" with an invalid byte inside the name. */
const splitHuawei = (before = "") =>
  withBytes(`${before}{"name": "Router",\n "manufacturer": "Huaw`, [0xff], 'ei"}\n');

const oneLine = (stderr: string) => stderr.trimEnd().split("\n");

describe("invalid UTF-8 is refused, naming the input, line and byte offset", () => {
  it("in a product file: exit 2, one line, no report", async () => {
    const { path } = tempFiles();
    const { bytes, offset } = splitHuawei();
    writeFileSync(path("router.json"), bytes);
    const result = await runBuilt(["check", path("router.json"), ...flags]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(oneLine(result.stderr)).toEqual([
      `vendorgate: ${path("router.json")} line 2: invalid UTF-8 (byte 0xFF at byte offset ${offset}); save it as UTF-8, or pass --lenient-utf8 to read it with U+FFFD in place of each invalid sequence`,
    ]);
  });

  it("after a byte-order mark, counting its three bytes; a BOM alone is fine", async () => {
    const { path } = tempFiles();
    const { bytes, offset } = splitHuawei("\uFEFF");
    expect(offset).toBe(Buffer.byteLength('{"name": "Router",\n "manufacturer": "Huaw') + 3);
    writeFileSync(path("bom.json"), bytes);
    const bad = await runBuilt(["check", path("bom.json"), ...flags]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      new RegExp(`bom\\.json line 2: invalid UTF-8 \\(byte 0xFF at byte offset ${offset}\\)`),
    );
    writeFileSync(path("good.json"), '\uFEFF{"name": "Router", "manufacturer": "Huawei"}\n');
    const good = await runBuilt(["check", path("good.json"), ...flags, "--format", "json"]);
    expect(good.stderr).toBe("");
    expect(good.code).toBe(1);
    expect(JSON.parse(good.stdout).verdict).toBe("restricted");
  });

  it("in NDJSON on standard input: the reports of the lines before, then the line's error", async () => {
    const lines = [
      '{"name": "A", "manufacturer": "Clean Corp"}\n',
      '{"name": "B", "manufacturer": "Clean Corp"}\n',
    ];
    const bad = withBytes(
      `${lines.join("")}{"name": "C", "manufacturer": "Huaw`,
      [0xc3, 0x28],
      'ei"}\n',
    );
    const result = await runBuilt(["check", "-", ...flags, "--format", "json"], {
      stdin: [bad.bytes],
    });
    expect(result.code).toBe(2);
    expect(
      result.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).product.name),
    ).toEqual(["A", "B"]);
    expect(oneLine(result.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^vendorgate: <stdin> line 3: invalid UTF-8 \\(byte 0xC3 at byte offset ${bad.offset}\\)`,
        ),
      ),
    ]);
  });

  it("in a fleet checked on worker threads, as in this thread", { timeout: 60_000 }, async () => {
    const { path } = tempFiles();
    const lines = Array.from(
      { length: 3_000 },
      (_, i) => `{"name": "P${i + 1}", "manufacturer": "Clean Corp ${i}"}\n`,
    );
    const bad = withBytes(lines.slice(0, 2_500).join(""), [0xe9], `${lines.slice(2_500).join("")}`);
    writeFileSync(path("fleet.ndjson"), bad.bytes);
    for (const jobs of ["1", "2"]) {
      const result = await runBuilt([
        "check",
        path("fleet.ndjson"),
        ...flags,
        "--format",
        "json",
        "--jobs",
        jobs,
      ]);
      expect(result.code, jobs).toBe(2);
      expect(result.stdout.trimEnd().split("\n"), jobs).toHaveLength(2_500);
      expect(result.stderr, jobs).toMatch(
        new RegExp(
          `fleet\\.ndjson line 2501: invalid UTF-8 \\(byte 0xE9 at byte offset ${bad.offset}\\)`,
        ),
      );
    }
  });

  it("in a policy file, even with --lenient-utf8 (policies are read exactly)", async () => {
    const { path } = tempFiles({ "router.json": { name: "Router", manufacturer: "Clean Corp" } });
    const policy = withBytes('{"id": "my-policy", "title": "Mine \u00e9', [0xa9], '"}\n');
    writeFileSync(path("policy.json"), policy.bytes);
    for (const lenient of [[], ["--lenient-utf8"]]) {
      const result = await runBuilt([
        "check",
        path("router.json"),
        "--policy-file",
        path("policy.json"),
        ...flags.slice(2),
        ...lenient,
      ]);
      expect(result.code).toBe(2);
      expect(oneLine(result.stderr)).toEqual([
        `vendorgate: ${path("policy.json")} line 1: invalid UTF-8 (byte 0xA9 at byte offset ${policy.offset}); save it as UTF-8`,
      ]);
    }
  });

  it("reads a character split across chunks of standard input", async () => {
    const line = Buffer.from('{"name": "ルーター", "manufacturer": "華為技術有限公司"}\n');
    const cut = line.indexOf(Buffer.from("ー")) + 1; // inside the three bytes of "ー"
    const result = await runBuilt(["check", "-", ...flags, "--format", "json"], {
      stdin: [line.subarray(0, cut), line.subarray(cut)],
      pauseMs: 150,
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).product.name).toBe("ルーター");
  });
});

describe("--lenient-utf8", () => {
  it("reads invalid bytes as U+FFFD and says what it replaced: input, line, offset, count", async () => {
    const { path } = tempFiles();
    const { bytes, offset } = splitHuawei();
    writeFileSync(path("router.json"), bytes);
    const result = await runBuilt([
      "check",
      path("router.json"),
      ...flags,
      "--lenient-utf8",
      "--format",
      "json",
    ]);
    expect(oneLine(result.stderr)).toEqual([
      `vendorgate: warning: ${path("router.json")} line 2: replaced 1 invalid UTF-8 sequence with U+FFFD (--lenient-utf8), the first at byte offset ${offset}`,
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.product.name).toBe("Router");
    // "Huaw\uFFFDei" is no name of a covered maker: it must not read as allowed.
    expect(report.verdict).not.toBe("allowed");
  });

  it("counts every invalid sequence of a line, and lists the lines of a fleet", async () => {
    const { path } = tempFiles();
    const fleet = Buffer.concat([
      Buffer.from('{"name": "A'),
      Buffer.from([0xf0, 0x9f, 0x98]), // a four-byte character cut short
      Buffer.from('", "manufacturer": "x'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n{"name": "B", "manufacturer": "Clean Corp"}\n'),
    ]);
    writeFileSync(path("fleet.ndjson"), fleet);
    const result = await runBuilt([
      "check",
      path("fleet.ndjson"),
      ...flags,
      "--lenient-utf8",
      "--format",
      "json",
    ]);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(oneLine(result.stderr)).toEqual([
      `vendorgate: warning: ${path("fleet.ndjson")} line 1: replaced 3 invalid UTF-8 sequences with U+FFFD (--lenient-utf8), the first at byte offset 11`,
    ]);
  });
});
