// vendorgate check reads NDJSON fleets line by line and writes each report as it goes.
import { describe, expect, it } from "vitest";
import type { LineInput } from "../../src/cli/io.js";
import type { Report } from "../../src/index.js";
import {
  acmeRouter,
  checkFlags,
  cleanRouter,
  fakeIo,
  fakeLines,
  run,
  runWithIo,
  tempFiles,
} from "./helpers.js";

const json = ["--format", "json"] as const;

/** A fleet of `count` products named `Router 1`, `Router 2`, ...; every seventh has an Acme part. */
function fleetOf(count: number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({ ...(i % 7 === 6 ? acmeRouter : cleanRouter), name: `Router ${i + 1}` }),
  ).join("\n");
}

/** An io whose `readLines` records, as each line is handed out, how many reports were written. */
function watchedIo(text: string) {
  const io = fakeIo();
  const writtenAtLine: number[] = [];
  let input: (LineInput & { closed: () => boolean }) | undefined;
  io.readLines = async () => {
    const lines = fakeLines(text);
    input = lines;
    return {
      ...lines,
      async *[Symbol.asyncIterator]() {
        for await (const line of lines) {
          writtenAtLine.push(io.out.length);
          yield line;
        }
      },
    };
  };
  io.readFile = () => Promise.reject(new Error("a fleet must not be read whole"));
  return { io, writtenAtLine, closed: () => input?.closed() === true };
}

describe("vendorgate check streams an NDJSON fleet", () => {
  it("writes reports while it reads, never reading the file whole", async () => {
    const { io, writtenAtLine } = watchedIo(fleetOf(200));
    const result = await runWithIo(["check", "fleet.ndjson", ...checkFlags, ...json], io);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(200);
    // When line 200 is handed out, the reports of the lines before it are already written.
    expect(writtenAtLine[199]).toBe(199);
  });

  it("stops reading at a bad line: nothing after it is read or written", async () => {
    const lines = fleetOf(1000).split("\n");
    lines[9] = '{"name": "Broken",';
    const { io, writtenAtLine } = watchedIo(lines.join("\n"));
    const result = await runWithIo(["check", "fleet.ndjson", ...checkFlags, ...json], io);
    expect(result.code).toBe(2);
    expect(writtenAtLine).toHaveLength(10);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(9);
    expect(result.stderr).toMatch(/^vendorgate: fleet\.ndjson line 10: not valid JSON \(.+\)\n$/);
  });

  it("writes the same reports as checking each product on its own", async () => {
    const text = fleetOf(20);
    const { path } = tempFiles({
      "fleet.ndjson": text,
      "one.json": JSON.parse(text.split("\n")[6] ?? ""),
    });
    const fleet = await run(["check", path("fleet.ndjson"), ...checkFlags, ...json]);
    const one = await run(["check", path("one.json"), ...checkFlags, ...json]);
    const seventh = JSON.parse(fleet.stdout.split("\n")[6] ?? "") as Report;
    expect(seventh).toEqual(JSON.parse(one.stdout));
    expect(seventh.verdict).toBe("prohibited");
  });

  it("reads CRLF lines, blank lines and a byte-order mark, numbering lines as written", async () => {
    const lines = ["\ufeff", JSON.stringify(cleanRouter), "", "  ", '{"name": 1}'];
    const { path } = tempFiles({ "fleet.jsonl": lines.join("\r\n") });
    const result = await run(["check", path("fleet.jsonl"), ...checkFlags, ...json]);
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as Report).product.name).toBe("Router");
    expect(result.stderr).toMatch(/fleet\.jsonl line 5: name: /);
  });

  it("still reads a one-line document followed by blank lines as one document", async () => {
    const { path } = tempFiles({ "router.txt": `${JSON.stringify(acmeRouter)}\n\n\n` });
    const result = await run(["check", path("router.txt"), ...checkFlags, ...json]);
    expect(result.code).toBe(1);
    // One document gives one indented JSON report, as before.
    expect(result.stdout.startsWith('{\n  "verdict": "prohibited"')).toBe(true);
  });

  it("still reads an indented document from standard input", async () => {
    const stdin = JSON.stringify(acmeRouter, null, 2);
    const result = await run(["check", "-", ...checkFlags, ...json], { stdin });
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Report).findings).toHaveLength(1);
  });

  it("checks the same with any --jobs when the registry is injected (in-process)", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleetOf(50) });
    const args = ["check", path("fleet.ndjson"), ...checkFlags];
    const one = await run([...args, "--jobs", "1"]);
    const four = await run([...args, "-j", "4"]);
    expect(four).toEqual(one);
    expect(one.stdout).toMatch(
      /\n50 products: 7 prohibited, 43 allowed; 7 at or above restricted\n$/,
    );
  });
});

describe("Ctrl-C during a check (in-process)", () => {
  it("writes the whole reports already made, no summary, and exits 130", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleetOf(500) });
    const io = fakeIo({ interruptAfterWrites: 3 });
    const result = await runWithIo(["check", path("fleet.ndjson"), ...checkFlags], io);
    expect(result.code).toBe(130);
    expect(io.out).toHaveLength(3);
    expect(result.stdout.match(/^Router \d+: /gm)).toHaveLength(3);
    expect(result.stdout).not.toMatch(/products:/);
    expect(result.stderr).toBe("vendorgate: interrupted after 3 reports\n");
  });

  it("closes the input it was reading", async () => {
    const { io, closed } = watchedIo(fleetOf(500));
    let writes = 0;
    const stdout = io.stdout;
    const handlers: (() => void)[] = [];
    io.onInterrupt = (handler) => {
      handlers.push(handler);
      return () => {};
    };
    io.stdout = (text) => {
      stdout(text);
      if (++writes === 5) for (const handler of handlers) handler();
    };
    const result = await runWithIo(["check", "fleet.ndjson", ...checkFlags, ...json], io);
    expect(result.code).toBe(130);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(5);
    expect(closed()).toBe(true);
  });
});
