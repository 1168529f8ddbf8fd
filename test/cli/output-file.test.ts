// `--format html|sarif|junit|markdown`, `--output FILE` (written whole, or not at all) and
// `--quiet`, in-process; Ctrl-C on the built CLI writing a fleet to --output.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { acmeRouter, checkFlags, cleanRouter, run, tempFiles } from "./helpers.js";

const fleetText = `${JSON.stringify(cleanRouter)}\n${JSON.stringify(acmeRouter)}\n`;

describe("vendorgate check --format for documents", () => {
  it("writes one HTML page for a fleet, with a table of products", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleetText });
    const result = await run(["check", path("fleet.ndjson"), ...checkFlags, "--format", "html"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(result.stdout.match(/<section class="product"/g)).toHaveLength(2);
    expect(result.stdout).toContain('<table class="sortable" id="products">');
    expect(result.stdout).toContain(`${path("fleet.ndjson")}:2`);
    expect(result.stdout).toContain("--buyer-sector government --buyer-jurisdiction XX");
  });

  it("writes SARIF, JUnit and Markdown documents", async () => {
    const { path } = tempFiles({ "router.json": acmeRouter });
    const args = ["check", path("router.json"), ...checkFlags, "--format"];
    const sarif = JSON.parse((await run([...args, "sarif"])).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      path("router.json"),
    );
    expect((await run([...args, "junit"])).stdout).toMatch(
      /<testcase classname="Router" name="test-policy@/,
    );
    expect((await run([...args, "markdown"])).stdout).toMatch(/^## vendorgate report\n/);
  });
});

describe("vendorgate check --output", () => {
  it("writes to the file what it would write to standard output, and nothing to standard output", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleetText });
    for (const format of ["text", "json", "html", "markdown"]) {
      const args = ["check", path("fleet.ndjson"), ...checkFlags, "--format", format];
      const plain = await run(args);
      const toFile = await run([...args, "--output", path(`out.${format}`)]);
      expect(toFile.code, format).toBe(plain.code);
      expect(toFile.stdout, format).toBe("");
      expect(readFileSync(path(`out.${format}`), "utf8"), format).toBe(plain.stdout);
    }
  });

  it("leaves the file as it was, and no temporary file, when a bad line stops the run", async () => {
    const { dir, path } = tempFiles({
      "fleet.ndjson": `${JSON.stringify(cleanRouter)}\n{"name": 5}\n`,
      "report.html": "the previous report",
    });
    for (const format of ["html", "text"]) {
      const result = await run([
        "check",
        path("fleet.ndjson"),
        ...checkFlags,
        "--format",
        format,
        "--output",
        path("report.html"),
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("line 2");
      expect(readFileSync(path("report.html"), "utf8")).toBe("the previous report");
      expect(readdirSync(dir).sort()).toEqual(["fleet.ndjson", "report.html"]);
    }
  });

  it("says where it cannot write, before checking anything", async () => {
    const { path } = tempFiles({ "router.json": cleanRouter });
    const target = path("missing/report.html");
    const result = await run(["check", path("router.json"), ...checkFlags, "--output", target]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(
      `vendorgate: --output ${target}: cannot write there (its directory does not exist)`,
    );
    const dash = await run(["check", path("router.json"), ...checkFlags, "--output", "-"]);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain("--output needs a file name");
  });

  it("writes nothing at all with --quiet, and still exits by the verdict", async () => {
    const { path } = tempFiles({ "fleet.ndjson": fleetText });
    const args = ["check", path("fleet.ndjson"), ...checkFlags, "--quiet"];
    const quiet = await run(args, { stderrIsTTY: true });
    expect(quiet).toEqual({ code: 1, stdout: "", stderr: "" });
    const toFile = await run([...args, "--output", path("out.txt")], { stderrIsTTY: true });
    expect(toFile).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(path("out.txt"), "utf8")).toMatch(
      /^Router: allowed[\s\S]*Router \[id rt-1\]: prohibited/,
    );
  });
});

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");

describe("Ctrl-C while the built CLI writes a fleet to --output", () => {
  const router = JSON.parse(
    readFileSync(join(root, "examples/products/router-with-huawei-lte-module.json"), "utf8"),
  );

  for (const format of ["json", "html"]) {
    it(`keeps the previous ${format} file whole, removes the temporary one and exits 130`, {
      timeout: 120_000,
    }, async () => {
      const { dir, path } = tempFiles({ "report.out": "the previous report" });
      const line = JSON.stringify(router);
      writeFileSync(
        path("fleet.ndjson"),
        `${Array.from({ length: 200_000 }, () => line).join("\n")}\n`,
      );
      const child = spawn(
        process.execPath,
        [
          cli,
          "check",
          path("fleet.ndjson"),
          "--policy",
          "jp-gov-procurement",
          "--as-of",
          "2019-06-01",
          "--buyer-sector",
          "government",
          "--buyer-jurisdiction",
          "JP",
          "--format",
          format,
          "--output",
          path("report.out"),
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      const closed = new Promise<number | null>((resolve) => child.on("close", resolve));
      // Wait until the run is under way: its temporary file exists (and, streaming, has reports).
      const temp = () => readdirSync(dir).find((name) => name.endsWith(".tmp"));
      const started = Date.now();
      let running = false;
      while (Date.now() - started < 60_000 && child.exitCode === null) {
        const name = temp();
        if (name && (format === "html" || readFileSync(join(dir, name)).length > 0)) {
          running = true;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(running, "the run should still be going when Ctrl-C is sent").toBe(true);
      child.kill("SIGINT");
      const code = await closed;
      expect(stderr).toMatch(/interrupted after [\d,]+ reports?/);
      expect(code).toBe(130);
      expect(readFileSync(path("report.out"), "utf8")).toBe("the previous report");
      expect(temp()).toBeUndefined();
      expect(existsSync(path("report.out"))).toBe(true);
    });
  }
});
