// Makes docs/html-report.png, the README's picture of the HTML report, from a real run of the
// built CLI on the examples, in headless Chromium (the Debian package; CHROMIUM_PATH to
// change). Run `npm run build` first. Usage: node scripts/report-screenshot.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";
import { scriptArgs } from "./lib/script-args.mjs";

scriptArgs(`Usage: node scripts/report-screenshot.mjs

Makes docs/html-report.png from a real run of the built CLI (run npm run build first) on the
examples, in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium).`);

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "vendorgate-shot-"));
const page = join(work, "report.html");
const run = spawnSync(
  process.execPath,
  [
    join(root, "dist/cli.js"),
    "check",
    "examples/boms/router-lte-hbom.cdx.json",
    "examples/products/switch-with-unknown-part.json",
    "examples/products/clean-laptop.json",
    "--policy",
    "jp-gov-procurement",
    "--as-of",
    "2019-06-01",
    "--buyer-sector",
    "government",
    "--buyer-jurisdiction",
    "JP",
    "--format",
    "html",
    "--output",
    page,
  ],
  { cwd: root, encoding: "utf8" },
);
if (run.status !== 1) throw new Error(`vendorgate check exited ${run.status}: ${run.stderr}`);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--user-data-dir=${join(work, "profile")}`,
  ],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1100, height: 1250 });
  await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });
  await tab.screenshot({ path: join(root, "docs/html-report.png") });
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log("wrote docs/html-report.png");
