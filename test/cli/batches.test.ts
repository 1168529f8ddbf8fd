// The pieces of worker-thread checking that run without threads: splitting bytes into lines,
// cutting batches, and checking one batch as a worker does.
import { describe, expect, it } from "vitest";
import { checkBatch } from "../../src/cli/check/check-batch.js";
import { type BatchBody, byteBatches, lineBatches } from "../../src/cli/fleet/cut-batches.js";
import { ByteLines } from "../../src/cli/input/byte-lines.js";
import { decodeUtf8, type Replaced } from "../../src/cli/input/utf8.js";
import { prepareEvaluation } from "../../src/engine/evaluate.js";
import type { Report } from "../../src/index.js";
import { acmeRouter, cleanRouter, testRegistry } from "./helpers.js";

/** The bytes (or a text's UTF-8 bytes) in chunks of `size` bytes (cutting through characters and line ends). */
async function* chunked(input: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof input === "string" ? Buffer.from(input) : input;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Line 3 starts at byte 17 (3 bytes of "ok\n", 14 of "日本語 ok\r\n"); its 0xFF is at 17 + 4. */
const badThirdLine = Buffer.concat([
  Buffer.from("ok\n日本語 ok\r\nHuaw"),
  Buffer.from([0xff]),
  Buffer.from("ei\nnext\n"),
]);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Decodes lines as the CLI does by default: invalid UTF-8 refused, naming "t". */
const strict = (bytes: Uint8Array, line: number, offset: number) =>
  decodeUtf8(bytes, { label: "t", line, offset });

/** Decodes lines as `--lenient-utf8` does, noting each replacement in `replaced`. */
const lenientInto = (replaced: Replaced[]) => (bytes: Uint8Array, line: number, offset: number) =>
  decodeUtf8(
    bytes,
    { label: "t", line, offset },
    { lenient: true, onReplaced: (r) => replaced.push(r) },
  );

const text = 'first\r\nzweite Zeile 日本語\n\n{"a":1}\r\nlast without newline';
const lines = ["first", "zweite Zeile 日本語", "", '{"a":1}', "last without newline"];

describe("ByteLines", () => {
  it("splits bytes into lines whatever the chunks, and counts the bytes read", async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const input = new ByteLines(chunked(text, size), undefined, () => {}, strict);
      expect(await collect(input), `chunks of ${size}`).toEqual(lines);
      expect(input.bytesRead()).toBe(Buffer.byteLength(text));
    }
  });

  it("hands over the bytes after the lines taken", async () => {
    const input = new ByteLines(chunked(text, 5), 100, () => {}, strict);
    expect(await input.next()).toBe("first");
    expect(input.bytesRead()).toBe("first\r\n".length);
    const rest = Buffer.concat(await collect(input.rawRest())).toString("utf8");
    expect(rest).toBe(text.slice("first\r\n".length));
  });

  it("ends an iteration under way when closed, and releases the input once", async () => {
    let released = 0;
    const input = new ByteLines(chunked(text, 3), undefined, () => released++, strict);
    const seen: string[] = [];
    for await (const line of input) {
      seen.push(line);
      input.close();
      input.close();
    }
    expect(seen).toEqual(["first"]);
    expect(released).toBe(1);
  });

  it("refuses an invalid byte whatever the chunks, naming its line and byte offset", async () => {
    for (const size of [1, 2, 3, 5, 1000]) {
      const input = new ByteLines(chunked(badThirdLine, size), undefined, () => {}, strict);
      expect(await input.next()).toBe("ok");
      expect(await input.next()).toBe("日本語 ok");
      await expect(input.next(), `chunks of ${size}`).rejects.toThrow(
        /^t line 3: invalid UTF-8 \(byte 0xFF at byte offset 21\)/,
      );
    }
  });

  it("with a lenient decoder, replaces bad bytes with U+FFFD and tells which line had them", async () => {
    const replaced: Replaced[] = [];
    const lenient = lenientInto(replaced);
    const bytes = Buffer.concat([
      Buffer.from("a\nb"),
      Buffer.from([0xc3, 0x28, 0xe2]),
      Buffer.from("\n"),
    ]);
    const raw = new ByteLines(
      (async function* () {
        yield bytes.subarray(0, 3);
        yield bytes.subarray(3);
      })(),
      undefined,
      () => {},
      lenient,
    );
    expect(await collect(raw)).toEqual(["a", "b\uFFFD(\uFFFD"]);
    expect(replaced).toEqual([{ label: "t", line: 2, offset: 3, count: 2 }]);
  });
});

describe("ByteLines in groups", () => {
  it("groups the whole lines of each read, the same lines whatever the chunks", async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const input = new ByteLines(chunked(text, size), undefined, () => {}, strict);
      const groups = await collect(input.lineGroups());
      expect(groups.flat(), `chunks of ${size}`).toEqual(lines);
      expect(input.bytesRead()).toBe(Buffer.byteLength(text));
      if (size === 1000) expect(groups).toEqual([lines.slice(0, 4), lines.slice(4)]);
    }
  });

  it("goes on in groups after lines taken one by one", async () => {
    const input = new ByteLines(chunked(text, 1000), undefined, () => {}, strict);
    expect(await input.next()).toBe("first");
    expect((await collect(input.lineGroups())).flat()).toEqual(lines.slice(1));
  });

  it("hands out the lines before an invalid byte, then refuses it, naming its line and offset", async () => {
    for (const size of [1, 2, 3, 5, 1000]) {
      const raw = new ByteLines(chunked(badThirdLine, size), undefined, () => {}, strict);
      const seen: string[] = [];
      const reading = (async () => {
        for await (const group of raw.lineGroups()) seen.push(...group);
      })();
      await expect(reading, `chunks of ${size}`).rejects.toThrow(
        /^t line 3: invalid UTF-8 \(byte 0xFF at byte offset 21\)/,
      );
      expect(seen).toEqual(["ok", "日本語 ok"]);
    }
  });

  it("with a lenient decoder, tells each line that had bad bytes once", async () => {
    const replaced: Replaced[] = [];
    const lenient = lenientInto(replaced);
    const bytes = Buffer.concat([
      Buffer.from("a\nb"),
      Buffer.from([0xc3, 0x28, 0xe2]),
      Buffer.from("\nc\n"),
      Buffer.from([0xff]),
      Buffer.from("\r\n"),
    ]);
    const raw = new ByteLines(
      (async function* () {
        yield bytes;
      })(),
      undefined,
      () => {},
      lenient,
    );
    expect((await collect(raw.lineGroups())).flat()).toEqual([
      "a",
      "b\uFFFD(\uFFFD",
      "c",
      "\uFFFD",
    ]);
    expect(replaced).toEqual([
      { label: "t", line: 2, offset: 3, count: 2 },
      { label: "t", line: 4, offset: 9, count: 1 },
    ]);
  });
});

describe("cutting batches", () => {
  it("cuts bytes at newlines only, numbering each batch's first line", async () => {
    const many = Array.from({ length: 100 }, (_, i) => `line ${i + 1} ${"x".repeat(i)}`);
    const all = `${many.join("\n")}\n`;
    for (const [chunk, size] of [
      [13, 50],
      [4096, 200],
      [1, 1],
    ] as const) {
      const batches = await collect(byteBatches(chunked(all, chunk), 1, size));
      const decoded = batches.map((b) => Buffer.from(b.lines as Uint8Array).toString("utf8"));
      expect(decoded.join("")).toBe(all);
      expect(batches.reduce((sum, b) => sum + b.bytes, 0)).toBe(Buffer.byteLength(all));
      for (const [i, batch] of batches.entries()) {
        expect(decoded[i]?.endsWith("\n"), "whole lines").toBe(true);
        expect(decoded[i]?.startsWith(`line ${batch.firstLine} `)).toBe(true);
      }
      expect(batches.length).toBeGreaterThan(1);
    }
  });

  it("keeps a last line without a newline, and counts lines from where it starts", async () => {
    const batches = await collect(byteBatches(chunked("a\nb\nc", 2), 41, 1));
    expect(
      batches.map((b) => [b.firstLine, Buffer.from(b.lines as Uint8Array).toString()]),
    ).toEqual([
      [41, "a\n"],
      [42, "b\n"],
      [43, "c"],
    ]);
  });

  it("gives each batch its own memory, so it can be transferred", async () => {
    const [batch] = await collect(byteBatches(chunked("abc\n", 100), 1, 1000));
    const bytes = batch?.lines as Uint8Array;
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it("cuts lines of text by count and by size", async () => {
    const batches: BatchBody[] = await collect(lineBatches(["a", "b", "c", "dddd", "e"], 7, 2, 4));
    expect(batches).toEqual([
      { firstLine: 7, lines: ["a", "b"], bytes: 4 },
      { firstLine: 9, lines: ["c", "dddd"], bytes: 7 },
      { firstLine: 11, lines: ["e"], bytes: 2 },
    ]);
  });
});

describe("checkBatch (the work of one worker thread)", () => {
  const prepared = prepareEvaluation({
    registry: testRegistry(),
    policies: ["test-policy"],
    asOf: "2021-01-01",
    context: { buyer: { sector: "government", jurisdiction: "XX" } },
  });
  const output = { format: "json", color: false } as const;

  it("checks lines given as bytes, skipping blank ones, and tallies the verdicts", () => {
    const bytes = Buffer.from(
      `${JSON.stringify(cleanRouter)}\r\n\n${JSON.stringify(acmeRouter)}\n`,
    );
    const result = checkBatch(
      { seq: 4, label: "f", firstLine: 1, lines: bytes, bytes: bytes.length },
      prepared,
      output,
    );
    expect(result.seq).toBe(4);
    expect(result.error).toBeUndefined();
    const reports = result.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Report);
    expect(reports.map((r) => r.verdict)).toEqual(["allowed", "prohibited"]);
    expect(result.tally).toMatchObject({ allowed: 1, prohibited: 1 });
  });

  it("stops at a bad line with the reports before it and a message naming the line", () => {
    const request = {
      seq: 0,
      label: "fleet.ndjson",
      firstLine: 301,
      lines: [JSON.stringify(cleanRouter), "", "{oops", JSON.stringify(acmeRouter)],
      bytes: 0,
    };
    const result = checkBatch(request, prepared, { format: "text", color: false });
    expect(result.text).toMatch(/^\nRouter: allowed \(as of 2021-01-01\)\n/);
    expect(result.tally.allowed).toBe(1);
    expect(result.error).toEqual({
      message: expect.stringMatching(/^fleet\.ndjson line 303: not valid JSON \(.+\)$/),
      unexpected: false,
    });
  });

  const withBadByte = () => {
    const first = `${JSON.stringify(cleanRouter)}\n`;
    const bytes = Buffer.concat([
      Buffer.from(first),
      Buffer.from('{"name":"Radio","manufacturer":"Huaw'),
      Buffer.from([0xff]),
      Buffer.from('ei"}\n'),
    ]);
    // The batch starts at byte 1000 of its input, on line 41.
    const request = {
      seq: 0,
      label: "f",
      firstLine: 41,
      lines: bytes,
      bytes: bytes.length,
      offset: 1000,
    };
    return { request, badAt: 1000 + first.length + '{"name":"Radio","manufacturer":"Huaw'.length };
  };

  it("stops at a line with invalid UTF-8, after the reports before it, naming line and offset", () => {
    const { request, badAt } = withBadByte();
    const result = checkBatch(request, prepared, output);
    expect(result.tally.allowed).toBe(1);
    expect(result.error?.unexpected).toBe(false);
    expect(result.error?.message).toMatch(
      new RegExp(`^f line 42: invalid UTF-8 \\(byte 0xFF at byte offset ${badAt}\\)`),
    );
  });

  it("with lenientUtf8, checks the line with U+FFFD and lists what it replaced", () => {
    const { request, badAt } = withBadByte();
    const result = checkBatch(request, prepared, output, { lenientUtf8: true });
    expect(result.error).toBeUndefined();
    expect(result.tally.allowed).toBe(2);
    expect(result.replaced).toEqual([{ label: "f", line: 42, offset: badAt, count: 1 }]);
  });
});
