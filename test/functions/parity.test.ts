/**
 * ROTA.VALIDATE in a workbook says what `rota validate` says of the same sheet. Each fixture workbook
 * (every layout of CONTRACT §4, merged rotations included) is read as the CLI reads it, then handed
 * to the function as Excel would: values only (a merged cell's value in its first cell, dates as
 * serial numbers, "" for empty), the range's address, and the merged areas from a mocked workbook.
 */
import { clearCaches } from "../../src/addin/runtime";
import { areaToA1, validateWorkbook, type CellValue, type Finding, type SheetData } from "../../src/engine";
import { validate, weeks } from "../../src/functions/functions";
import { CLEAN_PLAN, CLEAN_PLAN_MONTHS, SHORT_EM_PLAN, cohortWorkbook, courseSheetWorkbook, courseSpec, sheetsOf, type HeaderKind } from "../fixtures";
import { mockExcel } from "./mock-excel";

type ExcelValue = string | number | boolean | { code: string };

function excelValue(value: CellValue | undefined): ExcelValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (typeof value === "object") return { code: value.error };
  return value;
}

/** The sheet's used range as Excel hands it to a function, with its address and merged areas. */
function asExcel(sheet: SheetData): { values: ExcelValue[][]; address: string; merged: string } {
  const height = sheet.rows.length;
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const values = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => excelValue(sheet.rows[r]?.[c])));
  for (const m of sheet.merges ?? []) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) values[r]![c] = "";
  }
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const address = `${quoted}!${areaToA1({ top: 0, left: 0, bottom: height - 1, right: width - 1 })}`;
  const merged = (sheet.merges ?? []).map((m) => `${quoted}!${areaToA1(m)}`).join(",");
  return { values, address, merged };
}

const row = (f: Finding) => [f.trainee, f.rule, f.severity, f.message, f.cells.join(", ")];

const trainees = (plans: ReadonlyArray<readonly (readonly [string, number])[]>) =>
  plans.map((rotations, i) => ({ name: `研修医 ${i + 1}`, course: i % 2 === 0 ? "A" : undefined, rotations }));

const broken = SHORT_EM_PLAN.map(([t, n]) => [t === "外科" ? "外科?" : t, n] as const);

const CASES: Array<[string, () => ReturnType<typeof cohortWorkbook>]> = [
  ...(["blocks", "weeks", "dates", "serial-dates"] as HeaderKind[]).map(
    (header): [string, () => ReturnType<typeof cohortWorkbook>] => [
      `a cohort with a ${header} header, merged rotations`,
      () => cohortWorkbook({ header, continuation: "merge", yearRow: true, trainees: trainees([CLEAN_PLAN, SHORT_EM_PLAN, broken]) }),
    ]
  ),
  ["a cohort in months", () => cohortWorkbook({ header: "months", trainees: trainees([CLEAN_PLAN_MONTHS, CLEAN_PLAN_MONTHS]) })],
  ["a cohort with ditto marks", () => cohortWorkbook({ header: "blocks", continuation: "ditto", trainees: trainees([SHORT_EM_PLAN]) })],
  ["the seed's course sheets A, B and C", () => courseSheetWorkbook({ courses: [courseSpec("A"), courseSpec("B"), courseSpec("C")] })],
];

let uninstall: (() => void) | undefined;
beforeEach(() => clearCaches());
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe("ROTA.VALIDATE against rota validate", () => {
  it.each(CASES)("finds what the CLI finds in %s", async (_name, make) => {
    const [sheet] = await sheetsOf(make());
    const expected = validateWorkbook([sheet!]).findings.map(row);
    expect(expected.length).toBeGreaterThan(0); // every case breaks a rule somewhere
    const excel = asExcel(sheet!);
    uninstall = mockExcel(excel.merged).install();
    const result = await validate(excel.values, undefined, undefined, { parameterAddresses: [excel.address] });
    expect(result.slice(1)).toEqual(expected);
  });

  it("would miscount a merged grid without the workbook's merges, and says so", async () => {
    const [sheet] = await sheetsOf(courseSheetWorkbook({ courses: [courseSpec("A")] }));
    const excel = asExcel(sheet!);
    const result = await validate(excel.values, undefined, undefined, { parameterAddresses: [excel.address] });
    expect(result[1]![1]).toBe("merged-cells-unknown");
    expect(result.slice(2)).not.toEqual(validateWorkbook([sheet!]).findings.map(row));
  });

  it("finds the same weeks as the engine's report", async () => {
    const [sheet] = await sheetsOf(cohortWorkbook({ header: "weeks", continuation: "merge", trainees: trainees([CLEAN_PLAN, SHORT_EM_PLAN]) }));
    const report = validateWorkbook([sheet!]);
    const excel = asExcel(sheet!);
    uninstall = mockExcel(excel.merged).install();
    const result = await weeks(excel.values, [["救急", "内科"]], { parameterAddresses: [excel.address, "'2026年度'!AD1:AE1"] });
    for (const trainee of report.grids[0]!.trainees) {
      expect(result[trainee.row - 1]).toEqual([trainee.weeks["救急"] ?? 0, trainee.weeks["内科"] ?? 0]);
    }
  });
});
