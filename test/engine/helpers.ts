/**
 * Helpers for the engine's tests: fixtures go through a real .xlsx round trip (exceljs writes,
 * the xlsx adapter reads) so the engine is tested on the grids `rota validate` sees.
 */
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { findGrids, validateWorkbook } from "../../src/engine";
import type { Finding, Grid, SheetData, ValidateOptions, ValidationReport } from "../../src/engine";
import { cohortLayout, cohortWorkbook, workbookBytes } from "../fixtures";
import type { CohortLayout, CohortOptions, FixtureRotation } from "../fixtures";

/** The workbook's sheets as the engine reads them, through the adapter. */
export async function readBack(workbook: ExcelJS.Workbook): Promise<SheetData[]> {
  return (await loadWorkbook(await workbookBytes(workbook), "x.xlsx")).sheets;
}

/** validateWorkbook on the workbook after a round trip. */
export async function validate(workbook: ExcelJS.Workbook, options?: ValidateOptions): Promise<ValidationReport> {
  return validateWorkbook(await readBack(workbook), options);
}

/** findGrids on every sheet of the workbook after a round trip. */
export async function gridsOf(workbook: ExcelJS.Workbook): Promise<Grid[]> {
  return (await readBack(workbook)).flatMap((sheet) => findGrids(sheet));
}

/** The findings of one rule. */
export function only(report: ValidationReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The rule ids of a report, sorted and without repeats. */
export function ruleIds(report: ValidationReport): string[] {
  return [...new Set(report.findings.map((f) => f.rule))].sort();
}

/** What a finding says, without its message: to compare reports across layouts. */
export function shape(f: Finding): { rule: string; severity: string; trainee: string; cells: readonly string[] } {
  return { rule: f.rule, severity: f.severity, trainee: f.trainee, cells: f.cells };
}

/** One or more trainees on a cohort sheet: the workbook, where everything went, and the report. */
export async function checkCohort(options: CohortOptions, validateOptions?: ValidateOptions): Promise<{ report: ValidationReport; layout: CohortLayout }> {
  const report = await validate(cohortWorkbook(options), validateOptions);
  return { report, layout: cohortLayout(options) };
}

/** One trainee "研修医 太郎" on a 4-week block sheet (header 1 … 26, merged cells). */
export function onePlan(rotations: readonly FixtureRotation[], extra: Partial<CohortOptions> = {}): Promise<{ report: ValidationReport; layout: CohortLayout }> {
  return checkCohort({ header: "blocks", trainees: [{ name: "研修医 太郎", rotations }], ...extra });
}

/** The cells of the rotation whose text is `text` (the first one) in a trainee's layout. */
export function cellsOfText(layout: CohortLayout, text: string, trainee = 0): readonly string[] {
  const found = layout.trainees[trainee]!.rotations.find((r) => r.text === text);
  if (!found) throw new Error(`test: no rotation ${text}`);
  return found.cells;
}

/** A plan with every rotation whose text is `from` written as `to` instead. */
export function replaced(plan: readonly FixtureRotation[], from: string, to: string): FixtureRotation[] {
  if (!plan.some(([text]) => text === from)) throw new Error(`test: no rotation ${from}`);
  return plan.map(([text, units]): FixtureRotation => [text === from ? to : text, units]);
}

/** Sums a plan's units: a guard that a hand-written plan fills the grid. */
export function units(plan: readonly FixtureRotation[]): number {
  return plan.reduce((n, [, u]) => n + u, 0);
}

/** A hand-made sheet: rows of values from A1, merges as A1 ranges. For layouts the fixture library does not write. */
export function sheetWorkbook(rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>, merges: readonly string[] = [], name = "Sheet1"): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(name);
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const range of merges) ws.mergeCells(range);
  return workbook;
}
