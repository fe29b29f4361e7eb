/**
 * Writes the bundled example workbook, examples/2026年度ローテ.xlsx: a cohort of 20 residents on a
 * cohort sheet (year row, course column, block numbers 1 … 26; merged cells, repeated text and
 * ditto marks), the hematology department's course sheets A, B and C in the seed's own layout,
 * and a 定員 sheet. A few residents carry deliberate problems, listed in PROBLEMS below, so that
 * `rota validate` has something to show.
 *
 * Run: npm run build:cli && node dist/examples/make-examples.js
 */
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { fieldLabel, parseCell, renderCourseTemplate, type CourseId } from "../src/engine";
import { templateWorkbook, writeWorkbookFile } from "../src/adapters/xlsx";

type Rotation = readonly [text: string, blocks: number];

/** Course A as the seed has it, with 消化器内科 added to 1年次 (the department recommends it). */
const COURSE_A: readonly Rotation[] = [
  ["内科（血液）", 2], ["内科（消化器）", 1], ["内科（循環器）", 1], ["内科（呼吸器）", 1], ["内科（脳神経）", 1], ["内科（免疫）", 1],
  ["救急（ICU）", 2], ["外科（消化器）", 1], ["産婦人科", 1], ["小児科", 1], ["精神科", 1],
  ["地域医療（一般外来）", 1], ["救急", 1], ["内科（腫瘍）", 1], ["内科（血液）", 10],
];
const COURSE_B: readonly Rotation[] = [
  ["内科（血液・消化器）", 3], ["内科（循環器）", 2], ["内科（呼吸器）", 2], ["救急（ICU）", 2], ["救急（麻酔科）", 1], ["外科（消化器）", 1], ["産婦人科", 1], ["小児科", 1],
  ["地域医療（一般外来）", 1], ["精神科", 1], ["脳神経内科", 1], ["膠原病内科", 1], ["腫瘍内科", 1], ["血液内科", 8],
];
const COURSE_C: readonly Rotation[] = [
  ...COURSE_A.slice(0, 11),
  ["地域医療（一般外来）", 1], ["救急", 1], ["内科（腫瘍）", 1], ["内科（血液）", 8], ["内科(市内協力型病院・研修施設)", 2],
];
/** A resident with no course: the national minimums plus electives. */
const GENERAL: readonly Rotation[] = [
  ["総合内科", 2], ["循環器内科", 2], ["消化器内科", 2], ["救急", 2], ["麻酔科", 1], ["外科", 2], ["小児科", 2],
  ["産婦人科", 2], ["精神科", 2], ["地域医療+一般外来", 2], ["救命救急センター", 1], ["整形外科", 2], ["放射線科", 2], ["呼吸器内科", 2],
];

const replace = (plan: readonly Rotation[], from: string, to: readonly Rotation[]): Rotation[] =>
  plan.flatMap((r) => (r[0] === from ? [...to] : [r]));

/** The deliberate problems, and what `rota validate` should say about them. */
const PROBLEMS: Readonly<Record<string, { plan: readonly Rotation[]; why: string }>> = {
  "佐藤 健太": { plan: replace(COURSE_A, "救急", [["内科（血液）", 1]]), why: "em-12w: 救急 8 weeks" },
  "高橋 美咲": { plan: replace(replace(GENERAL, "地域医療+一般外来", [["整形外科", 2]]), "総合内科", [["地域医療（一般外来）", 2]]), why: "comm-year2: 地域医療 in 1年次" },
  "田中 翔": { plan: replace(GENERAL, "循環器内科", [["循還器内科", 2]]), why: "unknown-rotation: a typo (循還器内科)" },
  "伊藤 さくら": { plan: replace(GENERAL, "産婦人科", [["婦人科", 2]]), why: "unknown-rotation (婦人科 is doubtful) and obgyn-4w" },
  "渡辺 大輔": { plan: replace(COURSE_C, "内科(市内協力型病院・研修施設)", [["内科(市内協力型病院・研修施設)", 1], ["", 1]]), why: "total-104w: an empty block" },
  "山本 花子": { plan: replace(GENERAL, "整形外科", [["休止（産休）", 2]]).concat(), why: "leave within 90 days: no finding" },
  "中村 陽菜": { plan: replace(replace(GENERAL, "整形外科", [["育休", 2]]), "放射線科", [["育休", 2]]), why: "leave-90d: 16 weeks of leave" },
  "小林 蓮": { plan: replace(replace(COURSE_B, "救急（ICU）", [["内科（腫瘍）", 2]]), "腫瘍内科", [["救急", 1]]), why: "course-b-y1-em, em-12w, hema-icu" },
};

const RESIDENTS: ReadonlyArray<readonly [name: string, course: CourseId | "", plan: readonly Rotation[]]> = [
  ["青木 大翔", "A", COURSE_A], ["石井 結衣", "B", COURSE_B], ["佐藤 健太", "A", PROBLEMS["佐藤 健太"]!.plan],
  ["上田 悠真", "C", COURSE_C], ["遠藤 凛", "", GENERAL], ["高橋 美咲", "", PROBLEMS["高橋 美咲"]!.plan],
  ["岡田 湊", "A", COURSE_A], ["加藤 芽依", "", GENERAL], ["田中 翔", "", PROBLEMS["田中 翔"]!.plan],
  ["木村 葵", "B", COURSE_B], ["伊藤 さくら", "", PROBLEMS["伊藤 さくら"]!.plan], ["斎藤 陸", "", GENERAL],
  ["渡辺 大輔", "C", PROBLEMS["渡辺 大輔"]!.plan], ["清水 紬", "", GENERAL], ["山本 花子", "", PROBLEMS["山本 花子"]!.plan],
  ["鈴木 颯", "A", COURSE_A], ["中村 陽菜", "", PROBLEMS["中村 陽菜"]!.plan], ["小林 蓮", "B", PROBLEMS["小林 蓮"]!.plan],
  ["松本 樹", "", GENERAL], ["森 杏奈", "C", COURSE_C],
];

const BLOCKS = 26;

/**
 * Residents rotate in staggered order, as in a real program: each year's rotations are shifted by
 * a few places from one resident to the next, so that departments are not all full at once.
 */
function stagger(plan: readonly Rotation[], shift: number): Rotation[] {
  let sum = 0;
  const split = plan.findIndex(([, blocks]) => (sum += blocks) === 13) + 1;
  if (split === 0) return [...plan];
  const rotate = (part: readonly Rotation[], k: number) => part.map((_, i) => part[(i + k) % part.length]!);
  return [...rotate(plan.slice(0, split), shift), ...rotate(plan.slice(split), shift * 2)];
}

const PLANS = RESIDENTS.map(([, , plan], i) => stagger(plan, i % 5));
const FIRST_BLOCK_COL = 3; // A: 氏名, B: コース

function addCohortSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet("2026年度", { views: [{ state: "frozen", xSplit: 2, ySplit: 3 }] });
  ws.getCell("A1").value = "2026年度 初期臨床研修 ローテーション表 (4週ブロック)";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell(2, FIRST_BLOCK_COL).value = "1年次";
  ws.mergeCells(2, FIRST_BLOCK_COL, 2, FIRST_BLOCK_COL + 12);
  ws.getCell(2, FIRST_BLOCK_COL + 13).value = "2年次";
  ws.mergeCells(2, FIRST_BLOCK_COL + 13, 2, FIRST_BLOCK_COL + 25);
  ws.getCell("A3").value = "氏名";
  ws.getCell("B3").value = "コース";
  for (let b = 0; b < BLOCKS; b++) ws.getCell(3, FIRST_BLOCK_COL + b).value = b + 1;
  for (const row of [2, 3]) ws.getRow(row).eachCell((c) => {
    c.font = { bold: true };
    c.alignment = { horizontal: "center" };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  RESIDENTS.forEach(([name, course], i) => {
    const plan = PLANS[i]!;
    const row = 4 + i;
    ws.getCell(row, 1).value = name;
    ws.getCell(row, 2).value = course || null;
    // Most rows merge multi-block rotations; rows 15–17 repeat the text, 18–20 use ditto marks.
    const style = i < 14 ? "merge" : i < 17 ? "repeat" : "ditto";
    let col = FIRST_BLOCK_COL;
    for (const [text, blocks] of plan) {
      for (let b = 0; b < blocks; b++) {
        const cell = ws.getCell(row, col + b);
        if (b === 0 || style === "repeat") cell.value = text || null;
        else if (style === "ditto" && text) cell.value = b % 2 === 1 ? "〃" : "→";
        cell.alignment = { horizontal: "center", vertical: "middle", shrinkToFit: true };
      }
      if (style === "merge" && blocks > 1 && text) ws.mergeCells(row, col, row, col + blocks - 1);
      col += blocks;
    }
    if (col !== FIRST_BLOCK_COL + BLOCKS) throw new Error(`${name}: ${col - FIRST_BLOCK_COL} blocks, not ${BLOCKS}`);
  });
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 7;
  for (let b = 0; b < BLOCKS; b++) ws.getColumn(FIRST_BLOCK_COL + b).width = 11;
  return ws;
}

/**
 * Capacities per block: each field's peak occupancy in this cohort, except 小児科, set one below
 * its peak so that the example shows the capacity rule once.
 */
function addCapacitySheet(workbook: ExcelJS.Workbook): void {
  const peaks = new Map<string, number>();
  for (let block = 0; block < BLOCKS; block++) {
    const count = new Map<string, number>();
    for (const plan of PLANS) {
      let start = 0;
      for (const [text, blocks] of plan) {
        if (block >= start && block < start + blocks) {
          const parsed = parseCell(text);
          const field = parsed.field === "内科" ? fieldLabel(parsed) : parsed.field;
          if (parsed.kind === "rotation" && field) count.set(field, (count.get(field) ?? 0) + 1);
        }
        start += blocks;
      }
    }
    for (const [field, n] of count) peaks.set(field, Math.max(peaks.get(field) ?? 0, n));
  }
  const ws = workbook.addWorksheet("定員");
  ws.addRow(["診療科", "定員"]).font = { bold: true };
  for (const field of ["救急", "小児科", "産婦人科", "精神科", "内科(血液)"]) {
    const peak = peaks.get(field) ?? 1;
    ws.addRow([field, field === "小児科" ? peak - 1 : peak]);
  }
  ws.getColumn(1).width = 14;
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "..", "examples", "2026年度ローテ.xlsx"));
  const workbook = templateWorkbook((["A", "B", "C"] as const).map((course) => ({ template: renderCourseTemplate(course), name: `${course}コース` })));
  addCohortSheet(workbook);
  addCapacitySheet(workbook);
  // The cohort first: it is what a coordinator opens the file for.
  const cohort = workbook.getWorksheet("2026年度")!;
  // exceljs orders sheets by orderNo, which its typings do not declare.
  for (const ws of workbook.worksheets as unknown as Array<{ orderNo: number }>) ws.orderNo = ws === (cohort as unknown) ? 0 : ws.orderNo + 1;
  await writeWorkbookFile(workbook, out);
  process.stdout.write(`${out}\n`);
  for (const [name, p] of Object.entries(PROBLEMS)) process.stdout.write(`  ${name}: ${p.why}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`make-examples: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
