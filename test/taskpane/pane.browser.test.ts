/**
 * The task pane in real headless Chromium (Debian's, through playwright-core), served from the
 * production build plus the tests' harness page (test/.out/addin/harness.html: the pane against an
 * in-memory workbook, test/taskpane/memory): a
 * coordinator's clicks and what they do to the workbook. Every request that would leave the
 * machine is aborted and fails the test; office.js is answered by a stub, as outside Office.
 *
 * `ROTA_SCREENSHOTS=1 npx jest test/taskpane/pane.browser` saves the screenshots of docs/taskpane.md
 * into docs/images/ (otherwise into a temporary folder).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { paneFiles } from "../bench/taskpane";
import type { MemoryWorkbookData } from "./memory/workbook";
import { DIST, ROOT, ensureBuild, launch, serve, type Browser, type Server } from "./browser";
import { LAYOUT, SHEET, USER, XSS_NAME, cohortSeed, largeSeed } from "./seeds";

jest.setTimeout(60_000);

const SHOTS = process.env.ROTA_SCREENSHOTS ? path.join(ROOT, "docs", "images") : fs.mkdtempSync(path.join(os.tmpdir(), "rota-shots-"));

let server: Server;
let browser: Browser;
let seed: MemoryWorkbookData;

beforeAll(async () => {
  await ensureBuild();
  [server, browser, seed] = await Promise.all([serve(DIST), launch(), cohortSeed()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  // Nothing may leave the machine; the page may not fail.
  expect(browser.blocked).toEqual([]);
  expect(browser.errors).toEqual([]);
});

/** A fresh page of the pane with this workbook, in this language. */
async function open(data: MemoryWorkbookData = seed, lang: "ja" | "en" = "ja"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript((json) => {
    (window as unknown as { __ROTA_MEMORY_SEED__: unknown }).__ROTA_MEMORY_SEED__ = JSON.parse(json);
  }, JSON.stringify(data));
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}harness.html?lang=${lang}`);
  await page.getByRole("tab", { name: lang === "ja" ? "検証" : "Check" }).waitFor();
  return page;
}

/** The in-memory workbook of the page, as JSON. */
function workbook(page: Page): Promise<MemoryWorkbookData> {
  return page.evaluate(() => (window as unknown as { __rotaMemory: { toJSON(): unknown } }).__rotaMemory.toJSON() as MemoryWorkbookData);
}

const sheetOf = (data: MemoryWorkbookData, name = SHEET) => data.sheets.find((s) => s.name === name)!;

/** The pane as Excel shows it: 340 px wide, the top of it. */
async function shootPane(page: Page, file: string, height = 900): Promise<void> {
  const box = (await page.locator("#pane").boundingBox())!;
  await page.screenshot({ path: path.join(SHOTS, file), clip: { x: 0, y: 0, width: Math.ceil(box.width), height }, fullPage: true });
}

describe("the task pane in Chromium", () => {
  it("loads office.js from Microsoft's CDN (stubbed here) and nothing else from outside, and says what it needs", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(/Excel|office\.js/).first().waitFor();
    expect(browser.officeJs.length).toBeGreaterThan(0);
    // The production page has no test mode: ?memory is not a way in to an in-memory workbook.
    await page.goto(`${server.url}taskpane.html?memory`);
    await page.getByText(/Excel|office\.js/).first().waitFor();
    await expect(page.evaluate(() => "__rotaMemory" in window)).resolves.toBe(false);
    await page.close();
  });

  it("checks the sheet: findings grouped by resident, errors first, with severity, message and cells", async () => {
    const page = await open();
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.locator("[data-summary]").waitFor();
    const cards = page.locator("section[data-resident]");
    await expect(cards.first().getAttribute("data-resident")).resolves.toBe("研修 二郎");
    const em = page.locator('button[data-rule="em-12w"]');
    await expect(em.textContent()).resolves.toMatch(/エラー.*救急 8週.*em-12w/);
    const cells = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells;
    await expect(em.textContent()).resolves.toContain(`${cells[0]}:${cells[cells.length - 1]}`);
    await expect(page.locator('button[data-rule="unknown-rotation"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[role="meter"]').count()).resolves.toBeGreaterThan(8);
    await shootPane(page, "taskpane-findings.png");
    await cards.first().screenshot({ path: path.join(SHOTS, "taskpane-card.png") });
    await page.close();
  });
});

/** The pane's notice of the check tab, once it says something. */
async function notice(page: Page): Promise<string> {
  const bar = page.locator("[data-notice]").first();
  await bar.waitFor();
  return (await bar.textContent()) ?? "";
}

const emCells = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells;
const EM_RANGE = `${emCells[0]}:${emCells[emCells.length - 1]}`;

describe("the page", () => {
  it("keeps to its content security policy: no inline script runs, nothing is fetched from elsewhere", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")) ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    const refused = page.waitForEvent("console", (m) => m.text().includes("Content Security Policy"));
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inline = 1";
      document.body.appendChild(script);
    });
    await refused;
    await expect(page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).resolves.toBeUndefined();
    // connect-src 'self': the page itself refuses to fetch from elsewhere, before any request is made.
    await expect(page.evaluate(() => fetch("https://example.org/data.json").then(() => "fetched", () => "refused"))).resolves.toBe("refused");
    expect(browser.blocked).toEqual([]);
    // Those refusals are the console errors this test expects.
    browser.errors.splice(0, browser.errors.length, ...browser.errors.filter((e) => !e.includes("Content Security Policy")));
    await page.close();
  });

  it("loads under 400 KB gzipped, all but office.js, and holds nothing of the tests' in-memory workbook", () => {
    const files = paneFiles(DIST);
    expect(files).toEqual(["taskpane.html", expect.stringMatching(/^functions\./), expect.stringMatching(/^commands\./), expect.stringMatching(/^taskpane\./)]);
    for (const f of files) expect(fs.readFileSync(path.join(DIST, f), "utf8")).not.toMatch(/__rotaMemory|__ROTA_MEMORY_SEED__|harness/);
    const gzipped = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThan(400 * 1024);
  });
});

describe("findings and the sheet", () => {
  it("selects a finding's cells when it is clicked, or pressed with the keyboard", async () => {
    const page = await open();
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.locator('button[data-rule="em-12w"]').click();
    await page.waitForFunction((range) => (window as unknown as { __rotaMemory: { currentSelection(): { ranges: string[] } } }).__rotaMemory.currentSelection().ranges.join() === range, EM_RANGE);
    await expect(page.locator(`td[data-cell="${emCells[0]}"]`).evaluate((td) => getComputedStyle(td).boxShadow)).resolves.toContain("inset");

    // The keyboard reaches the same button and Enter selects too.
    await page.locator('button[data-rule="unknown-rotation"]').focus();
    await page.keyboard.press("Enter");
    const misspelt = LAYOUT.trainees[2]!.rotations.find((r) => r.text === "循還器内科")!.cells;
    await page.waitForFunction((range) => (window as unknown as { __rotaMemory: { currentSelection(): { ranges: string[] } } }).__rotaMemory.currentSelection().ranges.join() === range, `${misspelt[0]}:${misspelt[misspelt.length - 1]}`);

    // The selection Rota made is not taken as the user's choice of scope: the next check is the whole sheet.
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await expect(page.locator("[data-summary]").textContent()).resolves.toContain("全体");
    await page.close();
  });

  it("checks only the selection when the user selects a range", async () => {
    const page = await open();
    const row = LAYOUT.trainees[1]!.row;
    await page.evaluate(([sheet, range]) => (window as unknown as { __rotaMemory: { userSelect(s: string, r: string[]): void } }).__rotaMemory.userSelect(sheet!, [range!]), [SHEET, `A2:AB${row}`]);
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await expect(page.locator("[data-summary]").textContent()).resolves.toContain(`選択範囲 A2:AB${row}`);
    await expect(page.locator("section[data-resident]").count()).resolves.toBe(2);
    await page.close();
  });

  it("shows cell text as text, never as HTML", async () => {
    const page = await open();
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.locator("[data-summary]").waitFor();
    await expect(page.locator("#pane").getByText(XSS_NAME, { exact: true }).count()).resolves.toBe(1);
    await expect(page.locator("#pane img").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await page.close();
  });
});

describe("highlights", () => {
  const rotaFormats = (data: MemoryWorkbookData) => (sheetOf(data).conditionalFormats ?? []).filter((cf) => cf.formula.includes("Rota highlight"));
  const userParts = (data: MemoryWorkbookData) => {
    const s = sheetOf(data);
    return { formats: s.formats, notes: s.notes, conditionalFormats: s.conditionalFormats, cells: s.cells, merges: s.merges };
  };

  it("colours the offending cells (errors red, warnings amber) with notes, and 解除 takes off exactly those", async () => {
    const page = await open();
    const before = await workbook(page);
    await page.getByRole("button", { name: "ハイライト", exact: true }).click();
    await expect(notice(page)).resolves.toMatch(/色を付け.*メモを付けました/);
    const on = await workbook(page);
    const ours = rotaFormats(on);
    expect(ours.find((cf) => cf.fill === "#FFC7CE")?.ranges).toContain(EM_RANGE);
    expect(ours.some((cf) => cf.fill === "#FFEB9C")).toBe(true);
    // Rota's formats sit above the user's, which is still there as it was.
    expect(sheetOf(on).conditionalFormats!.slice(ours.length)).toEqual(sheetOf(before).conditionalFormats);
    // The user's note keeps its text; Rota's explanation goes below it.
    const note = new Map(sheetOf(on).notes).get(USER.note.cell)!;
    expect(note.startsWith(`${USER.note.text}\n【Rota】エラー em-12w: 救急 8週`)).toBe(true);
    await expect(page.locator(`td[data-cell="${emCells[0]}"]`).evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe("rgb(255, 199, 206)");
    await page.screenshot({ path: path.join(SHOTS, "taskpane-highlight.png"), clip: { x: 0, y: 0, width: 1100, height: 620 } });

    await page.getByRole("button", { name: "解除", exact: true }).click();
    await expect(notice(page)).resolves.toContain("外しました");
    const off = await workbook(page);
    expect(userParts(off)).toEqual(userParts(before));
    expect(off.settings).toEqual(before.settings);
    await page.close();
  });

  it("clears them exactly in a later session, after the workbook was saved and reopened", async () => {
    const first = await open();
    await first.getByRole("button", { name: "ハイライト", exact: true }).click();
    await notice(first);
    const saved = await workbook(first);
    await first.close();

    const later = await open(saved);
    await later.getByRole("button", { name: "解除", exact: true }).click();
    await expect(notice(later)).resolves.toContain("外しました");
    expect(userParts(await workbook(later))).toEqual(userParts(seed));
    await later.close();
  });

  it("replaces the highlights when checked again in a later session", async () => {
    const first = await open();
    await first.getByRole("button", { name: "ハイライト", exact: true }).click();
    await notice(first);
    const saved = await workbook(first);
    await first.close();

    const later = await open(saved);
    const ortho = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "整形外科")!.cells[0]!;
    await later.evaluate(([sheet, cell]) => (window as unknown as { __rotaMemory: { userEdit(s: string, c: string, v: string): void } }).__rotaMemory.userEdit(sheet!, cell!, "救急"), [SHEET, ortho]);
    await later.getByRole("button", { name: "検証", exact: true }).click();
    await expect(notice(later)).resolves.toMatch(/色を付け/);
    const data = await workbook(later);
    expect(rotaFormats(data).flatMap((cf) => cf.ranges)).not.toContain(EM_RANGE);
    expect(new Map(sheetOf(data).notes).get(USER.note.cell)).toBe(USER.note.text);
    await later.close();
  });

  it("re-checks as cells change (after a pause) and replaces the old highlights with the new", async () => {
    const page = await open();
    await page.getByRole("button", { name: "ハイライト", exact: true }).click();
    await notice(page);
    await page.getByRole("switch").click();
    // 研修 二郎 gets 救急 in place of 整形外科: no more em-12w.
    const ortho = LAYOUT.trainees[1]!.rotations.find((r) => r.text === "整形外科")!.cells[0]!;
    await page.evaluate(([sheet, cell]) => (window as unknown as { __rotaMemory: { userEdit(s: string, c: string, v: string): void } }).__rotaMemory.userEdit(sheet!, cell!, "救急"), [SHEET, ortho]);
    await page.locator('button[data-rule="em-12w"]').waitFor({ state: "detached" });
    await page.waitForFunction(() => !JSON.stringify((window as unknown as { __rotaMemory: { toJSON(): unknown } }).__rotaMemory.toJSON()).includes("em-12w"));
    const data = await workbook(page);
    expect(rotaFormats(data).flatMap((cf) => cf.ranges)).not.toContain(EM_RANGE);
    expect(new Map(sheetOf(data).notes).get(USER.note.cell)).toBe(USER.note.text);
    await page.close();
  });

  it("says so when the sheet is protected, and changes nothing", async () => {
    const page = await open();
    await page.evaluate((sheet) => (window as unknown as { __rotaMemory: { setProtected(s: string, v: boolean): void } }).__rotaMemory.setProtected(sheet, true), SHEET);
    const before = await workbook(page);
    await page.getByRole("button", { name: "ハイライト", exact: true }).click();
    await expect(notice(page)).resolves.toContain("保護されているため変更できません");
    expect(await workbook(page)).toEqual(before);
    await page.close();
  });
});

describe("templates", () => {
  async function templates(page: Page): Promise<void> {
    await page.getByRole("tab", { name: "テンプレート" }).click();
    await page.getByRole("button", { name: "挿入", exact: true }).waitFor();
  }

  it("inserts a course as a new sheet in the seed's layout", async () => {
    const page = await open();
    await templates(page);
    await page.getByRole("radio", { name: /B コース/ }).check();
    await page.getByRole("textbox").fill("研修 五郎");
    await page.getByRole("spinbutton").fill("2027");
    await page.getByRole("spinbutton").press("Tab");
    await page.getByRole("button", { name: "挿入", exact: true }).click();
    await expect(notice(page)).resolves.toContain("シート「Bコース 研修 五郎」を作りました");
    const sheet = sheetOf(await workbook(page), "Bコース 研修 五郎");
    const cells = new Map(sheet.cells);
    expect(cells.get("A1")).toBe("B コース");
    expect(cells.get("B2")).toBe("研修 五郎");
    expect(cells.get("H2")).toEqual({ date: "2027-04-01T00:00:00.000Z" });
    expect(sheet.merges).toContain("B6:D6"); // 1年次: 内科（血液・消化器） over three blocks
    await shootPane(page, "taskpane-template.png");
    await page.close();
  });

  it("puts the clinician-scientist plan on a new sheet only", async () => {
    const page = await open();
    await templates(page);
    await page.getByRole("radio", { name: /臨床研究医コース/ }).check();
    await expect(page.getByRole("radio", { name: /選択中の行/ }).isDisabled()).resolves.toBe(true);
    await page.getByRole("button", { name: "挿入", exact: true }).click();
    await expect(notice(page)).resolves.toContain("臨床研究医コース");
    expect((await workbook(page)).sheets.map((s) => s.name)).toContain("臨床研究医コース");
    await page.close();
  });

  it("inserts into a resident's row of a cohort sheet after showing what it replaces", async () => {
    const page = await open();
    const target = LAYOUT.trainees[3]!; // 研修 四郎
    await page.evaluate(([sheet, cell]) => (window as unknown as { __rotaMemory: { userSelect(s: string, r: string[]): void } }).__rotaMemory.userSelect(sheet!, [cell!]), [SHEET, target.nameCell]);
    await templates(page);
    await page.getByRole("radio", { name: /A コース/ }).check();
    await page.getByRole("radio", { name: /選択中の行/ }).check();
    // The dialog as it opens over a task pane of Excel's width.
    await page.setViewportSize({ width: 350, height: 760 });
    await page.getByRole("button", { name: "挿入", exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain(`${target.blockCells[0]}内科（消化器）`);
    await page.screenshot({ path: path.join(SHOTS, "taskpane-confirm.png") });

    // Cancel: nothing changes.
    const before = await workbook(page);
    await dialog.getByRole("button", { name: "キャンセル" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await workbook(page)).toEqual(before);

    await page.getByRole("button", { name: "挿入", exact: true }).click();
    await dialog.getByRole("button", { name: "置き換えて挿入" }).click();
    await expect(notice(page)).resolves.toContain(`${target.row} 行目`);
    const sheet = sheetOf(await workbook(page));
    const cells = new Map(sheet.cells);
    expect(cells.get(target.blockCells[0]!)).toBe("必修 内科（血液）");
    expect(cells.get(target.nameCell)).toBe("研修 四郎");
    expect(sheet.merges).toContain(`${target.blockCells[0]}:${target.blockCells[1]}`);
    await page.close();
  });

  it("writes the empty row below a cohort without asking, name and course included", async () => {
    const page = await open();
    const row = LAYOUT.trainees[LAYOUT.trainees.length - 1]!.row + 1;
    await page.evaluate(([sheet, cell]) => (window as unknown as { __rotaMemory: { userSelect(s: string, r: string[]): void } }).__rotaMemory.userSelect(sheet!, [cell!]), [SHEET, `D${row}`]);
    await templates(page);
    await page.getByRole("radio", { name: /C コース/ }).check();
    await page.getByRole("textbox").fill("研修 六子");
    await page.getByRole("radio", { name: /選択中の行/ }).check();
    await page.getByRole("button", { name: "挿入", exact: true }).click();
    await expect(notice(page)).resolves.toContain(`${row} 行目`);
    const cells = new Map(sheetOf(await workbook(page)).cells);
    expect(cells.get(`A${row}`)).toBe("研修 六子");
    expect(cells.get(`B${row}`)).toBe("C");
    await page.close();
  });

  it("says so when the cohort sheet is protected", async () => {
    const page = await open();
    await page.evaluate((sheet) => {
      const wb = (window as unknown as { __rotaMemory: { setProtected(s: string, v: boolean): void; userSelect(s: string, r: string[]): void } }).__rotaMemory;
      wb.setProtected(sheet, true);
      wb.userSelect(sheet, ["A6"]);
    }, SHEET);
    await templates(page);
    await page.getByRole("radio", { name: /選択中の行/ }).check();
    await page.getByRole("button", { name: "挿入", exact: true }).click();
    await expect(notice(page)).resolves.toContain("保護されているため変更できません");
    await page.close();
  });
});

describe("language, size and keyboard", () => {
  it("speaks English when Office's display language is English", async () => {
    const page = await open(seed, "en");
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await expect(page.locator('button[data-rule="em-12w"]').textContent()).resolves.toMatch(/^Error.*Emergency medicine 8 weeks \(at least 12 required\)em-12w/);
    await expect(page.locator("[data-summary]").textContent()).resolves.toContain("5 residents");
    await shootPane(page, "taskpane-english.png");
    await page.close();
  });

  it("reaches the buttons with the keyboard", async () => {
    const page = await open();
    // The tabs come first (arrow keys move between them), then the check button.
    const focused = async () => page.evaluate(() => `${document.activeElement?.getAttribute("role") ?? document.activeElement?.tagName}:${document.activeElement?.textContent ?? ""}`);
    const seen: string[] = [];
    for (let i = 0; i < 6 && !seen.includes("BUTTON:検証"); i++) {
      await page.keyboard.press("Tab");
      seen.push(await focused());
    }
    expect(seen).toEqual(["tab:検証", "BUTTON:検証"]);
    await page.keyboard.press("Enter");
    await page.locator("[data-summary]").waitFor();
    await page.close();
  });

  it("checks 1,000 residents, showing the first of them and more on request", async () => {
    const page = await open(await largeSeed(1000));
    const start = Date.now();
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.locator("[data-summary]").waitFor();
    const took = Date.now() - start;
    await expect(page.locator("[data-summary]").textContent()).resolves.toContain("研修医 1000 名");
    await expect(page.locator("section[data-resident]").count()).resolves.toBe(30);
    await page.getByRole("button", { name: /さらに表示/ }).click();
    await expect(page.locator("section[data-resident]").count()).resolves.toBe(60);
    expect(took).toBeLessThan(5_000);
    await page.close();
  });
});

describe("the 規則 tab", () => {
  it("lists the rules in force, writes a starting 規則 sheet, and a check then applies what the coordinator changes in it", async () => {
    const page = await open();
    await page.getByRole("tab", { name: "規則" }).click();
    await page.getByText("「規則」シートはありません", { exact: false }).waitFor();
    await expect(page.getByRole("list", { name: "規則" }).getByRole("listitem").count()).resolves.toBeGreaterThan(20);
    await page.getByRole("button", { name: "「規則」シートを作る" }).click();
    await page.getByText("「規則」シートを作りました", { exact: false }).waitFor();
    await page.getByText("「規則」シートを適用しています").waitFor();
    const sheet = sheetOf(await workbook(page), "規則");
    const cells = new Map(sheet.cells);
    expect([cells.get("A1"), cells.get("B1"), cells.get("C1")]).toEqual(["規則", "分野", "最低週数"]);
    // The coordinator adds 麻酔科 as a required field on the sheet; the next check applies it.
    const last = Math.max(...sheet.cells.map(([a]) => Number(/\d+$/.exec(a)![0])));
    await page.evaluate(
      ([b, c, grid]) => {
        const m = (window as unknown as { __rotaMemory: { userEdit(s: string, c: string, v: unknown): void; userSelect(s: string, r: string[]): void } }).__rotaMemory;
        m.userEdit("規則", b!, "麻酔科");
        m.userEdit("規則", c!, 4);
        m.userSelect(grid!, ["A1"]); // back to the plans (writing the sheet made it the active one)
      },
      [`B${last + 1}`, `C${last + 1}`, SHEET],
    );
    await page.getByRole("tab", { name: "検証" }).click();
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.getByText("麻酔科 0週 (必要 4週以上)", { exact: false }).first().waitFor();
    await page.close();
  });

  it("offers to add a text the check could not read to the workbook's vocabulary, and writes only after confirming", async () => {
    const data = JSON.parse(JSON.stringify(seed)) as MemoryWorkbookData;
    const sheet = sheetOf(data, SHEET);
    const at = sheet.cells.findIndex(([, v]) => v === "整形外科");
    (sheet.cells as Array<readonly [string, unknown]>)[at] = [sheet.cells[at]![0], "ペイン"];
    const page = await open(data);
    await page.getByRole("button", { name: "検証", exact: true }).click();
    await page.getByText("「ペイン」は研修分野として認識できません", { exact: false }).first().waitFor();
    await page.getByRole("tab", { name: "規則" }).click();
    await page.getByRole("combobox", { name: "「ペイン」の分野" }).selectOption("麻酔科");
    await page.getByRole("listitem").filter({ hasText: "「ペイン」" }).getByRole("button", { name: "語彙に追加" }).click();
    await page.getByText("「ペイン」を 麻酔科 として「規則」シートに書き加えます", { exact: false }).waitFor();
    expect((await workbook(page)).sheets.map((s) => s.name)).not.toContain("規則"); // nothing written before confirming
    await page.getByRole("button", { name: "書き加える" }).click();
    await page.getByText("「ペイン」= 麻酔科 を「規則」シートに加えました", { exact: false }).waitFor();
    const rules = new Map(sheetOf(await workbook(page), "規則").cells);
    expect([rules.get("A2"), rules.get("B2")]).toEqual(["ペイン", "麻酔科"]);
    await page.close();
  });
});
