/**
 * Writes examples/2027年度_計画作成.xlsx: next year's cohort before planning, as a coordinator starts
 * it. Twelve residents on a cohort sheet (year row, course column, blocks 1 … 26, merged cells);
 * only what is already decided is filled (the first 内科 blocks, leave, an elective a resident
 * chose), a `定員` sheet with each department's places per block, and a `希望` sheet with the
 * residents' wishes. `rota plan` fills the rest:
 *
 *   npx rota plan examples/2027年度_計画作成.xlsx --out examples/2027年度_計画作成.planned.xlsx
 *
 * Run: npm run build:cli && node dist/examples/make-plan-example.js
 */
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { writeWorkbookFile } from "../src/adapters/xlsx";

type Fixed = ReadonlyArray<readonly [block: number, text: string, blocks: number]>;

/** Name, course, and the blocks already decided (1-based block, text, length in blocks). */
const RESIDENTS: ReadonlyArray<readonly [string, string, Fixed]> = [
  ["青山 蒼", "A", [[1, "内科（血液）", 2]]],
  ["井上 陽葵", "", [[1, "内科（消化器）", 2]]],
  ["宇野 湊斗", "", [[1, "内科（循環器）", 2], [20, "整形外科", 2]]],
  ["江口 結菜", "B", [[1, "内科（呼吸器）", 2]]],
  ["大野 律", "", [[3, "内科（消化器）", 2], [9, "休止（産休）", 2]]],
  ["片山 咲良", "", [[3, "内科（循環器）", 2]]],
  ["菊池 悠人", "C", [[3, "内科（血液）", 2]]],
  ["工藤 莉子", "", [[3, "内科（呼吸器）", 2], [24, "皮膚科", 1]]],
  ["小山 蒼空", "", [[5, "内科（消化器）", 2]]],
  ["酒井 美月", "A", [[5, "内科（血液）", 2]]],
  ["柴田 大和", "", [[5, "内科（循環器）", 2]]],
  ["杉本 心春", "", [[5, "内科（呼吸器）", 2]]],
];

const CAPACITY: ReadonlyArray<readonly [string, number]> = [
  ["救急", 3],
  ["小児科", 1],
  ["産婦人科", 1],
  ["精神科", 1],
  ["外科", 2],
  ["地域医療", 2],
  ["内科(血液)", 2],
];

/** Wishes: name, field, rank (1 first), and the year when the resident asked for one. */
const WISHES: ReadonlyArray<readonly [string, string, number, number | null]> = [
  ["井上 陽葵", "放射線科", 1, 2],
  ["井上 陽葵", "麻酔科", 2, null],
  ["片山 咲良", "小児科", 1, 2],
  ["小山 蒼空", "眼科", 1, null],
  ["柴田 大和", "救急", 1, 2],
  ["杉本 心春", "精神科", 1, null],
  ["杉本 心春", "皮膚科", 2, 2],
];

const BLOCKS = 26;
const FIRST = 3; // A: 氏名, B: コース

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "..", "examples", "2027年度_計画作成.xlsx"));
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("2027年度", { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  ws.getCell("A1").value = "2027年度 初期臨床研修 ローテーション表 (作成中: 空欄は rota plan で埋める)";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell(2, FIRST).value = "1年次";
  ws.mergeCells(2, FIRST, 2, FIRST + 12);
  ws.getCell(2, FIRST + 13).value = "2年次";
  ws.mergeCells(2, FIRST + 13, 2, FIRST + 25);
  ws.getCell("A3").value = "氏名";
  ws.getCell("B3").value = "コース";
  for (let b = 0; b < BLOCKS; b++) ws.getCell(3, FIRST + b).value = b + 1;
  for (const row of [2, 3]) {
    ws.getRow(row).eachCell((c) => {
      c.font = { bold: true };
      c.alignment = { horizontal: "center" };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    });
  }
  RESIDENTS.forEach(([name, course, fixed], i) => {
    const row = 4 + i;
    ws.getCell(row, 1).value = name;
    ws.getCell(row, 2).value = course || null;
    for (const [block, text, blocks] of fixed) {
      const cell = ws.getCell(row, FIRST + block - 1);
      cell.value = text;
      cell.alignment = { horizontal: "center", vertical: "middle", shrinkToFit: true };
      if (blocks > 1) ws.mergeCells(row, FIRST + block - 1, row, FIRST + block + blocks - 2);
    }
  });
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 7;
  for (let b = 0; b < BLOCKS; b++) ws.getColumn(FIRST + b).width = 11;

  const cap = workbook.addWorksheet("定員");
  cap.addRow(["診療科", "定員"]).font = { bold: true };
  for (const row of CAPACITY) cap.addRow([...row]);
  cap.getColumn(1).width = 14;

  const wishes = workbook.addWorksheet("希望");
  wishes.addRow(["氏名", "診療科", "順位", "年次"]).font = { bold: true };
  for (const row of WISHES) wishes.addRow([...row]);
  wishes.getColumn(1).width = 14;

  await writeWorkbookFile(workbook, out);
  process.stdout.write(`${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`make-plan-example: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
