/**
 * Issue 8 item 5: a plan wrapped over several rows (six or twelve months a row, each part with its
 * own header) reads as one plan per resident.
 */
import * as ExcelJS from "exceljs";
import { findGrids, validateWorkbook } from "../../../src/engine";
import { CLEAN_PLAN_MONTHS } from "../../fixtures";
import { checkCohort, only, readBack } from "../helpers";

/** Months in parts of `per` columns; each part: a header row (氏名 | months), then one row per resident. */
function wrapped(per: 6 | 12, names: readonly string[], repeatNames: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("折り返し");
  ws.getCell("A1").value = "ローテーション表 (半年ごと)";
  const months = CLEAN_PLAN_MONTHS.flatMap(([t, n]) => Array.from({ length: n }, (_, k) => (k === 0 ? t : "〃")));
  let row = 3;
  for (let part = 0; part < 24 / per; part++) {
    ws.getCell(row, 1).value = "氏名";
    for (let i = 0; i < per; i++) ws.getCell(row, 2 + i).value = `${((part * per + i + 3) % 12) + 1}月`;
    row++;
    names.forEach((name) => {
      if (part === 0 || repeatNames) ws.getCell(row, 1).value = name;
      for (let i = 0; i < per; i++) {
        const text = months[part * per + i]!;
        // A part starts with the rotation's name, not a ditto of the part above.
        ws.getCell(row, 2 + i).value = i === 0 && text === "〃" ? lastName(months, part * per + i) : text;
      }
      row++;
    });
    row++;
  }
  return wb;
}

function lastName(months: readonly string[], at: number): string {
  for (let i = at; i >= 0; i--) if (months[i] !== "〃") return months[i]!;
  return "";
}

describe("a plan wrapped over several rows", () => {
  it.each([6, 12] as const)("reads %d months a row, names repeated in each part, as one plan per resident", async (per) => {
    const report = validateWorkbook(await readBack(wrapped(per, ["研修 一郎", "研修 二郎"], true)));
    const { report: reference } = await checkCohort({ header: "months", trainees: [{ name: "研修 一郎", rotations: CLEAN_PLAN_MONTHS }] });
    expect(report.grids).toHaveLength(1);
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    for (const t of report.grids[0]!.trainees) expect(t.weeks).toEqual(reference.grids[0]!.trainees[0]!.weeks);
    expect(only(report, "total-104w")).toEqual([]);
    // 地域医療 in months 19–20: 2年次, so no comm-year2.
    expect(only(report, "comm-year2")).toEqual([]);
  });

  it("matches residents by order when later parts name nobody", async () => {
    const report = validateWorkbook(await readBack(wrapped(12, ["研修 一郎", "研修 二郎"], false)));
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    expect(only(report, "total-104w")).toEqual([]);
  });

  it("lists the rows each resident was read from, and where 2年次 starts", async () => {
    const [grid] = findGrids((await readBack(wrapped(12, ["研修 一郎", "研修 二郎"], true)))[0]!);
    expect(grid!.plans[0]!.rows).toEqual([4, 8]);
    expect(grid!.headers).toHaveLength(2);
    expect(grid!.headers![1]!.columns[0]!.year).toBe(2);
  });

  it("keeps two cohorts with different residents apart", async () => {
    const wb = wrapped(12, ["研修 一郎"], true);
    const ws = wb.worksheets[0]!;
    ws.getCell("A7").value = "研修 三郎";
    const report = validateWorkbook(await readBack(wb));
    expect(report.grids.map((g) => g.trainees.map((t) => t.name))).toEqual([["研修 一郎"], ["研修 三郎"]]);
  });
});

describe("a header once per year, each over the residents' rows of that year", () => {
  function perYearSections(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("年次別");
    const months = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
    const y1 = [["内科", 6], ["救急", 3], ["外科", 1], ["小児科", 1], ["精神科", 1]] as const;
    const y2 = [["地域医療", 1], ["産婦人科", 1], ["内科", 1], ["選択", 9]] as const;
    let row = 1;
    for (const [label, plan] of [["1年次", y1], ["2年次", y2]] as const) {
      ws.getCell(row, 1).value = label;
      months.forEach((m, i) => (ws.getCell(row, 2 + i).value = m));
      row++;
      for (const name of ["研修 一郎", "研修 二郎"]) {
        ws.getCell(row, 1).value = name;
        let c = 2;
        for (const [t, n] of plan) {
          ws.getCell(row, c).value = t;
          if (n > 1) ws.mergeCells(row, c, row, c + n - 1);
          c += n;
        }
        row++;
      }
    }
    return wb;
  }

  it("reads each resident across both years (not the rows as one course sheet's text)", async () => {
    const report = validateWorkbook(await readBack(perYearSections()));
    expect(report.grids).toHaveLength(1);
    expect(report.grids[0]!.layout).toBe("cohort-months");
    expect(report.grids[0]!.trainees.map((t) => t.name)).toEqual(["研修 一郎", "研修 二郎"]);
    const M = (n: number) => Math.round(((n * 52) / 12) * 100) / 100;
    expect(report.grids[0]!.trainees[0]!.weeks).toEqual({ 内科: M(7), 救急: M(3), 外科: M(1), 小児科: M(1), 精神科: M(1), 地域医療: M(1), 産婦人科: M(1), 選択: M(9) });
    expect(only(report, "comm-year2")).toEqual([]);
    expect(only(report, "total-104w")).toEqual([]);
  });
});
