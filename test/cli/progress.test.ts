import { describe, expect, it } from "vitest";
import { formatDuration, Progress } from "../../src/cli/output/progress.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createRegistry } from "../../src/index.js";
import { testPolicy } from "../fixtures/policies.js";
import { checkFlags, cleanRouter, fakeIo, tempFiles } from "./helpers.js";

function manualClock() {
  let ms = 0;
  return {
    now: () => ms,
    advance: (by: number) => {
      ms += by;
    },
  };
}

describe("Progress", () => {
  it("stays silent for the first half second, then redraws at most every 250 ms", () => {
    const clock = manualClock();
    const out: string[] = [];
    const progress = new Progress({ write: (s) => out.push(s), enabled: true, now: clock.now });
    progress.update("checked", 10, 100);
    clock.advance(600);
    progress.update("checked", 60, 100);
    clock.advance(100);
    progress.update("checked", 70, 100);
    clock.advance(200);
    progress.update("checked", 90, 100);
    progress.clear();
    expect(out).toEqual([
      "\r\u001b[Kchecked 60 of 100 products (100/s)",
      "\r\u001b[Kchecked 90 of 100 products (100/s)",
      "\r\u001b[K",
    ]);
  });

  it("adds the share of the input read and the time left when it is known", () => {
    const clock = manualClock();
    const out: string[] = [];
    const progress = new Progress({ write: (s) => out.push(s), enabled: true, now: clock.now });
    clock.advance(60_000);
    progress.update("checked", 120_000, undefined, 0.25);
    expect(out).toEqual(["\r\u001b[Kchecked 120,000 products (2,000/s), 25%, ETA 3m 00s"]);
  });

  it("writes durations for people", () => {
    expect([0, 44_600, 200_000, 3_900_000].map(formatDuration)).toEqual([
      "0s",
      "45s",
      "3m 20s",
      "1h 05m",
    ]);
  });

  it("writes nothing when standard error is not a terminal", () => {
    const clock = manualClock();
    const out: string[] = [];
    const progress = new Progress({ write: (s) => out.push(s), enabled: false, now: clock.now });
    clock.advance(5000);
    progress.update("checked", 10);
    progress.clear();
    expect(out).toEqual([]);
  });
});

describe("vendorgate check progress", () => {
  it("shows a progress line on a terminal during a long run and erases it", async () => {
    const many = Array.from({ length: 5 }, () => JSON.stringify(cleanRouter)).join("\n");
    const { path } = tempFiles({ "fleet.ndjson": many });
    const io = fakeIo({ stderrIsTTY: true });
    let ms = Date.UTC(2021, 5, 15, 12);
    const now = () => {
      ms += 300;
      return new Date(ms);
    };
    const code = await runCli(
      ["check", path("fleet.ndjson"), ...checkFlags, "--format", "json"],
      io,
      {
        registry: createRegistry({ policies: [testPolicy()] }),
        now,
      },
    );
    expect(code).toBe(0);
    const stderr = io.err.join("");
    expect(stderr).toMatch(/checked \d products \(\d+\/s\), \d+%, ETA \d+s/);
    // The line is erased; with --format json the summary goes to the terminal on stderr.
    expect(stderr.slice(stderr.lastIndexOf("\r\u001b[K") + 4)).toBe(
      "5 products: 5 \u001b[32mallowed\u001b[0m; 0 at or above restricted\n",
    );
  });
});
