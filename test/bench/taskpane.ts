/**
 * The task pane's part of `npm run bench` (test/bench/index.ts calls {@link benchTaskpane}):
 * - checking and highlighting a 1,000-resident cohort sheet (26 four-week blocks, every
 *   multi-block rotation merged, about one resident in seven with problems) through the
 *   in-memory workbook, the pane's own pipeline: read, check, plan the highlights, apply them;
 *   and clearing them again. Excel's round trips are not in these figures (there are 3 for check
 *   and highlight, 3 for clear, whatever the size: test/taskpane/office-workbook.test.ts);
 * - what the task pane's page loads besides office.js, gzipped, when dist/addin is built
 *   (`npm run build`): the page and its scripts (functions, commands, task pane).
 * Plain node: no React, DOM or Office code is imported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import type { Area, CellValue, SheetData } from "../../src/engine";
import { checkSnapshot } from "../../src/taskpane/check/run-check";
import { chooseScope } from "../../src/taskpane/check/scope";
import { planHighlights } from "../../src/taskpane/highlight/plan";
import { RECORD_KEY } from "../../src/taskpane/highlight/record";
import { MemoryWorkbook } from "../taskpane/memory/workbook";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

type Rotation = readonly [text: string, blocks: number];

const PLANS: ReadonlyArray<readonly Rotation[]> = [
  [["内科（血液）", 2], ["内科（循環器）", 2], ["内科（呼吸器）", 2], ["救急（ICU）", 3], ["外科（消化器）", 1], ["小児科", 1], ["産婦人科", 1], ["精神科", 1], ["地域医療（一般外来）", 2], ["内科（腫瘍）", 1], ["内科（消化器）", 1], ["脳神経内科", 1], ["膠原病内科", 1], ["血液内科", 7]],
  [["総合内科", 2], ["循環器内科", 2], ["消化器内科", 2], ["救急", 2], ["麻酔科", 1], ["外科", 2], ["小児科", 2], ["産婦人科", 2], ["精神科", 2], ["地域医療+一般外来", 2], ["救命救急センター", 1], ["整形外科", 2], ["放射線科", 2], ["呼吸器内科", 2]],
  [["総合内科", 2], ["循環器内科", 2], ["消化器内科", 2], ["救急", 1], ["循還器内科", 2], ["外科", 2], ["小児科", 2], ["婦人科", 2], ["精神科", 2], ["地域医療", 2], ["", 1], ["整形外科", 2], ["休止", 2], ["呼吸器内科", 2]],
];

/** 氏名 | コース | blocks 1 … 26, every rotation over several blocks one merged cell, as Excel holds it. */
function cohortSheet(residents: number): SheetData {
  const rows: CellValue[][] = [["氏名", "コース", ...Array.from({ length: 26 }, (_, i) => i + 1)]];
  const merges: Area[] = [];
  for (let i = 0; i < residents; i++) {
    const row: CellValue[] = [`研修医 ${i + 1}`, i % 2 === 0 ? "A" : null];
    for (const [text, blocks] of PLANS[i % 7 === 6 ? 2 : i % 2]!) {
      const col = row.length;
      row.push(text === "" ? null : text, ...new Array<CellValue>(blocks - 1).fill(null));
      if (blocks > 1 && text !== "") merges.push({ top: i + 1, left: col, bottom: i + 1, right: col + blocks - 1 });
    }
    rows.push(row);
  }
  return { name: "2026年度", rows, merges };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function benchPipeline(residents: number): Promise<Figure[]> {
  const sheet = cohortSheet(residents);
  let check = Infinity;
  let highlight = Infinity;
  let clear = Infinity;
  let findings = 0;
  let record = 0;
  for (let run = 0; run < 5; run++) {
    const workbook = MemoryWorkbook.fromSheets([sheet]);
    let start = process.hrtime.bigint();
    const snapshot = await workbook.read();
    const result = checkSnapshot(snapshot, chooseScope(snapshot));
    check = Math.min(check, ms(start));
    start = process.hrtime.bigint();
    const outcome = await workbook.applyHighlights(planHighlights(result.sheet, result.report.findings, result.merges, "ja"));
    highlight = Math.min(highlight, ms(start));
    if (!outcome.ok) throw new Error(`highlighting failed: ${outcome.reason}`);
    record = Buffer.byteLength(workbook.setting(RECORD_KEY) ?? "", "utf8");
    start = process.hrtime.bigint();
    await workbook.clearHighlights();
    clear = Math.min(clear, ms(start));
    findings = result.report.findings.length;
    if (result.residents.filter((r) => r.row > 0).length !== residents) throw new Error("the pane did not find every resident");
  }
  const n = residents.toLocaleString("en-US");
  return [
    { name: `task pane, ${n} residents: check (read + engine + cards)`, value: check, unit: "ms" },
    { name: `task pane, ${n} residents: highlight (${findings} findings)`, value: highlight, unit: "ms" },
    { name: `task pane, ${n} residents: check + highlight`, value: check + highlight, unit: "ms", target: "< 1000" },
    { name: `task pane, ${n} residents: clear`, value: clear, unit: "ms" },
    { name: `task pane, ${n} residents: highlight record kept in the workbook`, value: record / 1024, unit: "KB" },
  ];
}

/** The folder holding package.json, from wherever this file runs (test/bench or dist/test/bench). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** What taskpane.html loads from the add-in itself (office.js comes from Microsoft's CDN). */
export function paneFiles(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  return ["taskpane.html", ...scripts];
}

function paneSize(): Figure[] {
  const dir = path.join(projectRoot(), "dist", "addin");
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) return [];
  const files = paneFiles(dir);
  const gzipped = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  return [{ name: `task pane page, all it loads but office.js (${files.length} files), gzipped`, value: gzipped / 1024, unit: "KB", target: "< 400" }];
}

export async function benchTaskpane(): Promise<Figure[]> {
  return [...(await benchPipeline(1_000)), ...paneSize()];
}
