/**
 * The task pane's 読み取り view (issue 8) in real headless Chromium, on the production build against
 * the in-memory workbook: under the summary, how each grid was read (the header and its column
 * lengths, the reading of an ambiguous header, the year boundary, residents' rows, the legend, the
 * cells read as something else), collapsed until asked, cell text shown as text.
 */
import type { Page } from "playwright-core";
import { sheetsOf } from "../fixtures";
import { MemoryWorkbook, type MemoryWorkbookData } from "./memory/workbook";
import { REAL_SCHEDULES } from "../engine/reading/real-schedules";
import { DIST, ensureBuild, launch, serve, type Browser, type Server } from "./browser";
import { XSS_NAME, cohortSeed } from "./seeds";

jest.setTimeout(60_000);

let server: Server;
let browser: Browser;
let cohort: MemoryWorkbookData;
let legendBook: MemoryWorkbookData;

beforeAll(async () => {
  await ensureBuild();
  const aih = REAL_SCHEDULES.find((s) => s.id === "aih-iizuka")!;
  [server, browser, cohort, legendBook] = await Promise.all([serve(DIST), launch(), cohortSeed(), sheetsOf(aih.build()).then((sheets) => MemoryWorkbook.fromSheets(sheets).toJSON())]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(browser.blocked).toEqual([]);
  expect(browser.errors).toEqual([]);
});

async function checked(data: MemoryWorkbookData, lang: "ja" | "en" = "ja"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript((json) => {
    (window as unknown as { __ROTA_MEMORY_SEED__: unknown }).__ROTA_MEMORY_SEED__ = JSON.parse(json);
  }, JSON.stringify(data));
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}harness.html?lang=${lang}`);
  await page.getByRole("button", { name: lang === "ja" ? "検証" : "Check", exact: true }).click();
  await page.locator("[data-summary]").waitFor();
  return page;
}

describe("the 読み取り view", () => {
  it("is collapsed under the summary, and opens to the header, the year boundary and the residents", async () => {
    const page = await checked(cohort);
    const item = page.locator("[data-reading]").first();
    await item.waitFor();
    await expect(page.locator("[data-residents]").count()).resolves.toBe(0);
    await item.getByRole("button").first().click();
    const text = (await item.textContent()) ?? "";
    expect(text).toMatch(/見出し \d+行目 .*1列 4週 ×26 = 104週/);
    expect(text).toMatch(/2年次の始まり: [A-Z]+\d+/);
    expect(text).toContain("研修 一郎");
    expect(text).toContain(XSS_NAME);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await page.close();
  });

  it("shows the legend, the header's reading, and each cell read through the legend or as an abbreviation", async () => {
    const page = await checked(legendBook);
    const item = page.locator("[data-reading]").first();
    await item.getByRole("button").first().click();
    await expect(item.locator("[data-header-reading]").textContent()).resolves.toContain("4…3");
    const legend = (await item.locator("[data-legend]").textContent()) ?? "";
    expect(legend).toContain("消内 = 消化器内科 (A6)");
    const readings = (await item.locator("[data-cell-readings]").textContent()) ?? "";
    expect(readings).toMatch(/B3:C3 「消内」 → 内科\(消化器\) \(凡例: 消内 = 消化器内科 \(A6\)\)/);
    expect(readings).toContain("膠リ");
    await page.close();
  });

  it("speaks English in an English pane", async () => {
    const page = await checked(legendBook, "en");
    const item = page.locator("[data-reading]").first();
    await item.getByRole("button").first().click();
    await expect(item.textContent()).resolves.toMatch(/How 内科系ローテート A2:M4 was read.*Second year: none/);
    await page.close();
  });
});
