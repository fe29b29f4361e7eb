import * as ExcelJS from "exceljs";

/**
 * A synthetic cohort sheet: 氏名 | コース | blocks 1 … 26, about 1 resident in 7 with problems.
 * Multi-block rotations are merged on one row in 20 and repeated on the others: exceljs checks
 * each new merge against every earlier one (quadratic in merges, on writing and on loading), so a
 * 10,000-resident sheet with every rotation merged would take exceljs itself many minutes.
 */
export function syntheticCohort(residents: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("2026年度");
  ws.addRow(["氏名", "コース", ...Array.from({ length: 26 }, (_, i) => i + 1)]);
  const plans: ReadonlyArray<ReadonlyArray<readonly [string, number]>> = [
    [["内科（血液）", 2], ["内科（循環器）", 2], ["内科（呼吸器）", 2], ["救急（ICU）", 3], ["外科（消化器）", 1], ["小児科", 1], ["産婦人科", 1], ["精神科", 1], ["地域医療（一般外来）", 2], ["内科（腫瘍）", 1], ["内科（消化器）", 1], ["脳神経内科", 1], ["膠原病内科", 1], ["血液内科", 7]],
    [["総合内科", 2], ["循環器内科", 2], ["消化器内科", 2], ["救急", 2], ["麻酔科", 1], ["外科", 2], ["小児科", 2], ["産婦人科", 2], ["精神科", 2], ["地域医療+一般外来", 2], ["救命救急センター", 1], ["整形外科", 2], ["放射線科", 2], ["呼吸器内科", 2]],
    [["総合内科", 2], ["循環器内科", 2], ["消化器内科", 2], ["救急", 1], ["循還器内科", 2], ["外科", 2], ["小児科", 2], ["婦人科", 2], ["精神科", 2], ["地域医療", 2], ["", 1], ["整形外科", 2], ["休止", 2], ["呼吸器内科", 2]],
  ];
  for (let i = 0; i < residents; i++) {
    const plan = plans[i % 7 === 6 ? 2 : i % 2]!;
    const row = ws.addRow([`研修医 ${i + 1}`, i % 2 === 0 ? "A" : null]);
    let col = 3;
    const merge = i % 20 === 0;
    for (const [text, blocks] of plan) {
      for (let b = 0; b < (merge ? 1 : blocks); b++) if (text) row.getCell(col + b).value = text;
      if (merge && blocks > 1 && text) ws.mergeCells(row.number, col, row.number, col + blocks - 1);
      col += blocks;
    }
  }
  return workbook;
}
