import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundledRegistry,
  evaluate,
  importDocument,
  type ReportEntry,
  renderHtml,
} from "../../src/index.js";
import { launchChromium, openRecording, outputPath, seriousViolations } from "./browser.js";

const registry = bundledRegistry();
const options = {
  registry,
  policies: ["jp-gov-procurement"],
  asOf: "2019-06-01",
  context: { buyer: { sector: "government" as const, jurisdiction: "JP" } },
};
const contextFlags = ["--buyer-sector", "government", "--buyer-jurisdiction", "JP"];

const examples = [
  "examples/products/camera-with-hisilicon-soc.json",
  "examples/products/clean-laptop.json",
  "examples/products/router-with-huawei-lte-module.json",
  "examples/products/switch-with-unknown-part.json",
  "examples/boms/camera-hisilicon-hbom.cdx.json",
  "examples/boms/router-lte-hbom.cdx.json",
];

function entryOf(file: string, json: unknown): ReportEntry {
  const product = importDocument(json);
  return { report: evaluate(product, options), product, file };
}

const hostileName = `evil <script>window.__pwned = 1</script> "quoted" 'single' & <b>bold</b>`;

/** The juice-shop SBOM (1,102 parts) with a Huawei part inserted under one of its dependencies. */
function juiceShopWithCoveredPart(): { entry: ReportEntry; parent: string } {
  const file = "../shared/outside-boms/cdx-npm-juice-shop-flat-1.6.cdx.json";
  const bom = JSON.parse(readFileSync(file, "utf8"));
  const root = bom.metadata.component["bom-ref"];
  const rootDeps: string[] = bom.dependencies.find(
    (d: { ref: string }) => d.ref === root,
  ).dependsOn;
  const parentRef = rootDeps[0] as string;
  const parent = bom.components.find((c: { "bom-ref": string }) => c["bom-ref"] === parentRef);
  bom.components.push({
    type: "library",
    name: hostileName,
    "bom-ref": "evil-ref",
    manufacturer: { name: "Huawei Technologies Co., Ltd." },
  });
  const deps = bom.dependencies.find((d: { ref: string }) => d.ref === parentRef);
  deps.dependsOn = [...(deps.dependsOn ?? []), "evil-ref"];
  return { entry: entryOf(file, bom), parent: parent.name };
}

async function open(page: Page, name: string, html: string): Promise<void> {
  const path = outputPath(`${name}.html`);
  writeFileSync(path, html);
  await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
}

/** What a person sees of the tree: visible part labels and the folded parts. */
async function treeState(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).checkVisibility();
    const labels = Array.from(
      document.querySelectorAll(".tree summary > span[id], .tree li.leaf > span[id]"),
    );
    const details = Array.from(document.querySelectorAll(".tree details")) as HTMLDetailsElement[];
    return {
      visibleParts: labels.filter(visible).length,
      parts: labels.length,
      openNotOnPath: details.filter((d) => d.open && !d.classList.contains("hit")).length,
      folded: details.filter((d) => !d.open).length,
      foldedWithCount: details.filter(
        (d) => !d.open && /\(\d[\d,]* parts?/.test(d.querySelector("summary")?.textContent ?? ""),
      ).length,
    };
  });
}

describe("the HTML report in headless Chromium", () => {
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });

  it("shows each example's offending path open, clean parts folded, with no accessibility violations", async () => {
    const entries = examples.map((file) => entryOf(file, JSON.parse(readFileSync(file, "utf8"))));
    const { page, requests } = await openRecording(browser);
    await open(page, "examples", renderHtml(entries, { contextFlags }));
    await page.screenshot({ path: outputPath("examples.png"), fullPage: true });

    const hits = await page.$$eval(".tree .hit", (els) =>
      els.map((el) => (el as HTMLElement).checkVisibility()),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every(Boolean)).toBe(true);
    const router = await page.$eval("#p3-tree", (el) => (el as HTMLElement).innerText);
    expect(router).toContain("LTE module ME909s");
    const routerState = await page.$eval("#p3-tree", (tree) =>
      Object.fromEntries(
        Array.from(tree.querySelectorAll("span[id]")).map((s) => [
          s.textContent,
          (s as HTMLElement).checkVisibility(),
        ]),
      ),
    );
    expect(routerState).toMatchObject({ "restricted LTE module ME909s": true, "Router OS": true });
    const state = await treeState(page);
    expect(state.openNotOnPath).toBe(0);
    expect(state.folded).toBeGreaterThan(0);
    expect(state.foldedWithCount).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("keeps the 1,102-part juice-shop SBOM folded around the path to an inserted covered part", {
    timeout: 120_000,
  }, async () => {
    const { entry, parent } = juiceShopWithCoveredPart();
    expect(entry.report.verdict).toBe("restricted");
    const { page, requests } = await openRecording(browser);
    await open(page, "juice-shop", renderHtml([entry], { contextFlags }));
    await page.screenshot({ path: outputPath("juice-shop.png") });

    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    const evil = await page.$$eval(".tree .hit span[id]", (els) =>
      els.map((el) => ({
        text: el.textContent ?? "",
        visible: (el as HTMLElement).checkVisibility(),
      })),
    );
    const shown = evil.find((e) => e.text.includes("evil <script>"));
    expect(shown?.text).toContain(hostileName);
    expect(shown?.visible).toBe(true);
    expect(evil.some((e) => e.text.includes(parent) && e.visible)).toBe(true);
    const state = await treeState(page);
    expect(state.openNotOnPath).toBe(0);
    expect(state.visibleParts).toBeLessThan(60);
    expect(state.parts).toBeGreaterThan(1000);
    expect(state.foldedWithCount).toBeGreaterThan(10);
    const finding = await page.$eval(
      ".finding.f-restricted",
      (el) => (el as HTMLElement).innerText,
    );
    expect(finding).toContain(hostileName);
    expect(finding).toContain("Huawei Technologies Co., Ltd.");
    expect(finding).toContain("evil-ref");
    expect(await seriousViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("sorts the fleet table from the keyboard and links each product", async () => {
    const entries = examples.map((file) => entryOf(file, JSON.parse(readFileSync(file, "utf8"))));
    const { page } = await openRecording(browser);
    await open(page, "fleet", renderHtml(entries, { contextFlags }));
    const ranks = () =>
      page.$$eval("#products tbody tr td:nth-child(3)", (tds) =>
        tds.map((td) => Number(td.getAttribute("data-sort"))),
      );
    const names = () =>
      page.$$eval("#products tbody tr td:nth-child(2)", (tds) => tds.map((td) => td.textContent));
    const before = await ranks();
    await page.focus("#products thead th:nth-child(3) button");
    await page.keyboard.press("Enter");
    const ascending = await ranks();
    expect((await names())[0]).toBe("Workstation X1");
    await page.keyboard.press("Enter");
    const descending = await ranks();
    expect(ascending).not.toEqual(before);
    expect(ascending).toEqual([...before].sort((a, b) => a - b));
    expect(descending).toEqual([...before].sort((a, b) => b - a));
    const sort = await page.$eval("#products thead th:nth-child(3)", (th) =>
      th.getAttribute("aria-sort"),
    );
    expect(sort).toBe("descending");
    const href = await page.$eval("#products tbody tr td:nth-child(2) a", (a) =>
      a.getAttribute("href"),
    );
    expect(await page.$(href as string)).not.toBeNull();
    await page.close();
  });

  it("prints without its buttons and with source addresses spelled out", async () => {
    const entries = examples
      .slice(2, 3)
      .map((file) => entryOf(file, JSON.parse(readFileSync(file, "utf8"))));
    const { page } = await openRecording(browser);
    await open(page, "print", renderHtml(entries, { contextFlags }));
    await page.emulateMediaType("print");
    const printed = await page.evaluate(() => ({
      tools: getComputedStyle(document.querySelector(".tools") as Element).display,
      after: getComputedStyle(
        document.querySelector(".finding a[href^='http']") as Element,
        "::after",
      ).content,
    }));
    expect(printed.tools).toBe("none");
    expect(printed.after).toContain("https://");
    await page.pdf({ path: outputPath("print.pdf") });
    await page.close();
  });
});
