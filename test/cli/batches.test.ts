// The pieces of worker-thread checking that run without threads: splitting bytes into lines,
// cutting batches, and checking one batch as a worker does.
import { describe, expect, it } from "vitest";
import { checkBatch } from "../../src/cli/check/check-batch.js";
import { type BatchBody, byteBatches, lineBatches } from "../../src/cli/fleet/cut-batches.js";
import { ByteLines } from "../../src/cli/input/byte-lines.js";
import { prepareEvaluation } from "../../src/engine/evaluate.js";
import type { Report } from "../../src/index.js";
import { acmeRouter, cleanRouter, testRegistry } from "./helpers.js";

/** The text's UTF-8 bytes in chunks of `size` bytes (cutting through characters and line ends). */
async function* chunked(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const text = 'first\r\nzweite Zeile 日本語\n\n{"a":1}\r\nlast without newline';
const lines = ["first", "zweite Zeile 日本語", "", '{"a":1}', "last without newline"];

describe("ByteLines", () => {
  it("splits bytes into lines whatever the chunks, and counts the bytes read", async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const input = new ByteLines(chunked(text, size), undefined, () => {});
      expect(await collect(input), `chunks of ${size}`).toEqual(lines);
      expect(input.bytesRead()).toBe(Buffer.byteLength(text));
    }
  });

  it("hands over the bytes after the lines taken", async () => {
    const input = new ByteLines(chunked(text, 5), 100, () => {});
    expect(await input.next()).toBe("first");
    expect(input.bytesRead()).toBe("first\r\n".length);
    const rest = Buffer.concat(await collect(input.rawRest())).toString("utf8");
    expect(rest).toBe(text.slice("first\r\n".length));
  });

  it("ends an iteration under way when closed, and releases the input once", async () => {
    let released = 0;
    const input = new ByteLines(chunked(text, 3), undefined, () => released++);
    const seen: string[] = [];
    for await (const line of input) {
      seen.push(line);
      input.close();
      input.close();
    }
    expect(seen).toEqual(["first"]);
    expect(released).toBe(1);
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
});
