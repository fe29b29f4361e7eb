/**
 * Issue 8 item 5: a grid with a resident per column (the months or blocks run down the rows, the
 * names across the top) reads as the same plans, with findings on the sheet's own cells.
 */
import * as ExcelJS from "exceljs";
import { findGrids, validateWorkbook } from "../../../src/engine";
import { CLEAN_PLAN_MONTHS } from "../../fixtures";
import { only, readBack } from "../helpers";

/** 月 down column A from row 3, residents across row 2 from column B; each rotation one merged cell down its column. */
function perColumn(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("縦型");
  ws.getCell("A1").value = "2026年度 ローテーション (縦)";
  ws.getCell("A2").value = "氏名";
  for (let i = 0; i < 24; i++) ws.getCell(3 + i, 1).value = `${((i + 3) % 12) + 1}月`;
  const residents: Array<[string, ReadonlyArray<readonly [string, number]>]> = [
    ["研修 一郎", CLEAN_PLAN_MONTHS],
    ["研修 二郎", CLEAN_PLAN_MONTHS.map(([t, n]) => (t === "救急" ? (["救急", 1] as const) : t === "内科（血液）" ? ([t, n + 2] as const) : ([t, n] as const)))],
  ];
  residents.forEach(([name, plan], k) => {
    const col = 2 + k;
    ws.getCell(2, col).value = name;
    let row = 3;
    for (const [text, n] of plan) {
      ws.getCell(row, col).value = text;
      if (n > 1) ws.mergeCells(row, col, row + n - 1, col);
      row += n;
    }
  });
  return wb;
}

describe("a resident per column", () => {
  it("reads each column as a resident with the weeks of the plan", async () => {
    const report = validateWorkbook(await readBack(perColumn()));
    expect(report.grids).toHaveLength(1);
    expect(report.grids[0]!.range).toBe("A2:C26");
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    expect(report.grids[0]!.trainees[0]!.weeks["内科"]).toBe(43.33);
    expect(report.grids[0]!.trainees[0]!.weeks["救急"]).toBe(13);
    expect(only(report, "total-104w")).toEqual([]);
    expect(only(report, "unknown-rotation")).toEqual([]);
  });

  it("points a finding at the sheet's own cells (down the column)", async () => {
    const report = validateWorkbook(await readBack(perColumn()));
    const em = only(report, "em-12w");
    expect(em.map((f) => f.trainee)).toEqual(["研修 二郎"]);
    // 救急 is the 7th month of 研修 二郎 (C9); 麻酔科 the 10th (C12), counted toward it.
    expect(em[0]!.cells).toEqual(["C9", "C12"]);
  });

  it("says in the explanation that residents run across and the header down a column", async () => {
    const [grid] = findGrids((await readBack(perColumn()))[0]!);
    expect(grid!.transposed).toBe(true);
    expect(grid!.plans[0]!.nameCell).toBe("B2");
    expect(grid!.headers![0]!.columns[0]!.cell).toBe("A3");
  });
});
