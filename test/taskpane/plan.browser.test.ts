/**
 * 自動作成 and 修正案 in real headless Chromium, from the production build against the in-memory
 * workbook: the planner runs in a Web Worker (HiGHS's WebAssembly fetched only then), its proposal
 * is shown first and written with the guarded write only after the user confirms.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { findGrids } from "../../src/engine";
import { MemoryWorkbook, type MemoryWorkbookData } from "./memory/workbook";
import { CLEAN_PLAN, cohortWorkbook, sheetsOf, type FixtureRotation } from "../fixtures";
import { DIST, ensureBuild, launch, serve, type Browser, type Server } from "./browser";

jest.setTimeout(120_000);

const SHEET = "2026年度";
let server: Server;
let browser: Browser;

beforeAll(async () => {
  await ensureBuild();
  [server, browser] = await Promise.all([serve(DIST), launch()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(browser.blocked).toEqual([]);
  expect(browser.errors).toEqual([]);
});

async function seed(trainees: Array<{ name: string; rotations: readonly FixtureRotation[] }>): Promise<MemoryWorkbookData> {
  return MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook({ header: "blocks", continuation: "merge", trainees }))).toJSON();
}

async function open(data: MemoryWorkbookData): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript((json) => {
    (window as unknown as { __ROTA_MEMORY_SEED__: unknown }).__ROTA_MEMORY_SEED__ = JSON.parse(json);
  }, JSON.stringify(data));
  page.setDefaultTimeout(60_000);
  await page.goto(`${server.url}harness.html?lang=ja`);
  await page.getByRole("tab", { name: "検証" }).waitFor();
  return { page, requests };
}

const workbook = (page: Page) => page.evaluate(() => (window as unknown as { __rotaMemory: { toJSON(): unknown } }).__rotaMemory.toJSON() as MemoryWorkbookData);

async function gridOf(data: MemoryWorkbookData) {
  const snapshot = await MemoryWorkbook.fromJSON(data).read({ sheet: SHEET });
  return findGrids(snapshot.sheet)[0]!;
}

describe("計画 (the planner in the task pane)", () => {
  it("does not fetch the solver until 自動作成 is pressed; then fills the empty blocks after confirmation", async () => {
    const { page, requests } = await open(await seed([{ name: "研修 一郎", rotations: [["内科", 2], ["", 24]] }, { name: "研修 二郎", rotations: CLEAN_PLAN }]));
    await page.getByRole("tab", { name: "計画" }).click();
    await page.getByRole("button", { name: "自動作成" }).waitFor();
    expect(requests.filter((u) => /\.wasm$|rota-planner/.test(u))).toEqual([]);

    const before = await workbook(page);
    await page.getByRole("button", { name: "自動作成" }).click();
    const proposal = page.locator("[data-plan-proposal]");
    await proposal.waitFor();
    await expect(proposal.textContent()).resolves.toContain("空欄 24 ブロックを埋めます");
    expect(requests.some((u) => /\.wasm$/.test(u))).toBe(true);
    // Nothing is written before the user confirms.
    expect(await workbook(page)).toEqual(before);

    await page.locator("[data-plan-apply]").click();
    await page.locator('[data-notice="success"]').waitFor();
    const grid = await gridOf(await workbook(page));
    const ichiro = grid.plans[0]!;
    expect(ichiro.slots.filter((s) => s.parsed.kind === "empty")).toEqual([]);
    expect(ichiro.slots[0]!.parsed.text).toBe("内科");
    await page.close();
  });

  it("stops the solver when キャンセル is pressed, and changes nothing", async () => {
    const trainees = Array.from({ length: 30 }, (_, i) => ({ name: `研修医 ${i + 1}`, rotations: [["", 26]] as FixtureRotation[] }));
    const { page } = await open(await seed(trainees));
    const before = await workbook(page);
    await page.getByRole("tab", { name: "計画" }).click();
    await page.getByRole("button", { name: "自動作成" }).click();
    await page.locator("[data-plan-cancel]").click();
    await page.locator('[data-notice="info"]').waitFor();
    await expect(page.locator('[data-notice="info"]').textContent()).resolves.toContain("中止しました");
    expect(await workbook(page)).toEqual(before);
    await page.close();
  });

  it("proposes the fewest changes for an error (修正案), each with the error it clears", async () => {
    const broken = CLEAN_PLAN.map(([t, n]): FixtureRotation => [t === "小児科" ? "整形外科" : t, n]);
    const { page } = await open(await seed([{ name: "研修 一郎", rotations: broken }]));
    await page.getByRole("tab", { name: "計画" }).click();
    await page.getByRole("button", { name: "修正案" }).click();
    const changes = page.locator("[data-plan-changes] li");
    await changes.first().waitFor();
    await expect(changes.count()).resolves.toBe(1);
    await expect(changes.first().textContent()).resolves.toMatch(/整形外科.*→.*小児科.*解消: ped-4w/);
    await page.locator("[data-plan-apply]").click();
    await page.locator('[data-notice="success"]').waitFor();
    const grid = await gridOf(await workbook(page));
    expect(grid.plans[0]!.slots.some((s) => s.parsed.field === "小児科")).toBe(true);
    await page.close();
  });
});

describe("the build", () => {
  it("keeps the solver out of the pane's first paint and the functions bundle", () => {
    const files = fs.readdirSync(DIST);
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const loaded = [...html.matchAll(/src="?([^"\s>]+\.js)"?/g)].map((m) => m[1]!).filter((f) => !f.startsWith("http"));
    expect(loaded.length).toBe(3);
    for (const file of loaded) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect(code).not.toContain("HiGHS");
      expect(code).not.toContain("highs.wasm");
    }
    // The solver is a chunk of its own, with its WebAssembly beside it.
    expect(files.some((f) => /^rota-planner\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => f.endsWith(".wasm"))).toHaveLength(1);
  });
});
