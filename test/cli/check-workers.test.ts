// The built CLI (dist/cli.js, built by `npm test` before vitest runs) on worker threads:
// `--jobs 2` writes exactly what `--jobs 1` writes, stops at a bad line the same way, and
// stops cleanly on Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFlags as flags } from "./built.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI; `onStdout` may act on the output so far (to send Ctrl-C, say). */
function runBuilt(args: readonly string[], onStdout?: (stdout: string, kill: () => void) => void) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const outcome: Outcome = { code: null, signal: null, stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    outcome.stdout += chunk;
    onStdout?.(outcome.stdout, () => child.kill("SIGINT"));
  });
  child.stderr.on("data", (chunk: string) => {
    outcome.stderr += chunk;
  });
  return new Promise<Outcome>((resolve) =>
    child.on("close", (code, signal) => resolve({ ...outcome, code, signal })),
  );
}

/** Writes a fleet of `products` products with the seeded bench generator. */
function writeFleet(file: string, products: number): void {
  const script = join(root, "scripts", "bench", "write-fleet.mjs");
  const made = spawnSync(process.execPath, [script, "--products", String(products), "--out", file]);
  if (made.status !== 0) throw new Error(`write-fleet failed: ${made.stderr}`);
}

let dir = "";
let fleet = "";

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "vendorgate-workers-"));
  fleet = join(dir, "fleet.ndjson");
  writeFleet(fleet, 5_000);
  // No newline after the last line: that line must still be read, in a worker's batch too.
  writeFileSync(fleet, readFileSync(fleet, "utf8").trimEnd());
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("vendorgate check --jobs (the built CLI, worker threads)", () => {
  it("writes byte for byte what --jobs 1 writes, as JSON and as text", {
    timeout: 180_000,
  }, async () => {
    for (const format of ["json", "text"]) {
      const args = ["check", fleet, ...flags, "--format", format];
      const one = await runBuilt([...args, "--jobs", "1"]);
      const two = await runBuilt([...args, "--jobs", "2"]);
      expect(one.stderr, format).toBe("");
      expect(two.stderr, format).toBe("");
      expect(one.code, format).toBe(1);
      expect(two.code, format).toBe(one.code);
      expect(two.stdout === one.stdout, `${format} output is the same`).toBe(true);
      if (format === "json") expect(two.stdout.trimEnd().split("\n")).toHaveLength(5_000);
      else expect(two.stdout).toMatch(/\n5000 products: .*; \d+ at or above restricted\n$/);
    }
  });

  it("stops at a bad line in a worker as in-process: same reports, message and exit 2", {
    timeout: 120_000,
  }, async () => {
    const lines = readFileSync(fleet, "utf8").split("\n");
    lines[4_320] = '{"name": "Broken",';
    const broken = join(dir, "broken.ndjson");
    writeFileSync(broken, lines.join("\n"));
    const args = ["check", broken, ...flags, "--format", "json"];
    const one = await runBuilt([...args, "--jobs", "1"]);
    const two = await runBuilt([...args, "--jobs", "2"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/^vendorgate: .*broken\.ndjson line 4321: not valid JSON \(.+\)\n$/);
    expect(two).toEqual(one);
    expect(two.stdout.split("\n")).toHaveLength(4_321);
  });

  it("writes byte for byte what --jobs 1 writes for a large mixed fleet, up to its bad line", {
    timeout: 180_000,
  }, async () => {
    // Findings, warnings, blank and CRLF lines, invalid UTF-8 and, past 16 MiB (a file sure to
    // go to the workers, started early, without lines read ahead), a line that is not JSON.
    const cyclonedx = JSON.stringify({
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      metadata: {
        component: {
          "bom-ref": "root",
          name: "Box",
          type: "device",
          manufacturer: { name: "Huawei" },
        },
      },
      components: [{ "bom-ref": "a", name: "chip", type: "device" }],
      dependencies: [{ ref: "root", dependsOn: ["a", "missing"] }],
    });
    const products = readFileSync(fleet, "utf8").split("\n");
    const parts: Buffer[] = [];
    for (const [i, line] of products.entries()) {
      parts.push(Buffer.from(line), Buffer.from(i % 7 === 3 ? "\r\n" : "\n"));
      if (i % 300 === 11) parts.push(Buffer.from(`${" ".repeat(1 << 20)}\n`));
      if (i % 500 === 17) parts.push(Buffer.from(`\n   \n${cyclonedx}\n`));
      if (i % 900 === 5) parts.push(Buffer.from('{"name":"Bad \xff byte"}\n', "latin1"));
    }
    parts.push(Buffer.from('{"name": "Broken",\n'), Buffer.from(`${products[0]}\n`));
    const mixed = join(dir, "mixed.ndjson");
    writeFileSync(mixed, Buffer.concat(parts));
    expect(Buffer.concat(parts).byteLength).toBeGreaterThan(16 * 1024 * 1024);
    const args = ["check", mixed, ...flags, "--format", "json", "--lenient-utf8"];
    const one = await runBuilt([...args, "--jobs", "1"]);
    const two = await runBuilt([...args, "--jobs", "2"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/line 5\d{3}: not valid JSON/);
    expect(one.stderr).toMatch(
      /warning: .*mixed\.ndjson line \d+: replaced 1 invalid UTF-8 sequence/,
    );
    expect(one.stdout).toContain('"code":"dangling_ref"');
    expect(one.stdout).toContain('"verdict":"restricted"');
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout === one.stdout, "the output is the same").toBe(true);
    expect(two.stdout.split("\n")).toHaveLength(5_000 + 10 + 6 + 1);
  });

  it("on Ctrl-C writes only whole reports, stops the workers and exits 130", {
    timeout: 120_000,
  }, async () => {
    const big = join(dir, "big.ndjson");
    writeFleet(big, 12_000);
    let sent = false;
    const outcome = await runBuilt(
      ["check", big, ...flags, "--format", "json", "--jobs", "2"],
      (stdout, kill) => {
        if (!sent && stdout.length > 0) {
          sent = true;
          kill();
        }
      },
    );
    expect(outcome.signal).toBeNull();
    expect(outcome.code).toBe(130);
    expect(outcome.stdout.endsWith("\n")).toBe(true);
    const reports = outcome.stdout
      .slice(0, -1)
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(12_000);
    // The first batch may hold only the lines read to tell a fleet: one report, then.
    const count = reports.length;
    expect(outcome.stderr).toBe(
      `vendorgate: interrupted after ${count.toLocaleString("en-US")} report${count === 1 ? "" : "s"}\n`,
    );
  });
});
