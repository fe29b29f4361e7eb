/**
 * Test helpers: clinician-scientist plans written as real .xlsx files with exceljs, then read back
 * through the project's xlsx adapter into the engine's SheetData.
 */
import * as ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/adapters/xlsx/read";
import type { CellValue } from "../../src/engine/model/cell";
import type { SheetData } from "../../src/engine/model/sheet";
import { validateClinicianScientist } from "../../src/engine/cs";
import type { Finding } from "../../src/engine/model/finding";

export type Row = ReadonlyArray<CellValue | undefined>;

/** A plan as a test writes it: facts (label → value), period rows and paper rows. */
export interface PlanSpec {
  readonly facts?: ReadonlyArray<readonly [string, CellValue]>;
  readonly periodHeader?: readonly string[];
  readonly periods?: readonly Row[];
  readonly paperHeader?: readonly string[];
  readonly papers?: readonly Row[];
  readonly sheetName?: string;
}

export const PERIOD_HEADER = ["年次", "フェーズ", "施設", "施設区分", "研究エフォート(%)", "延長理由", "備考"];
export const PAPER_HEADER = ["論文名", "雑誌", "言語", "SCI収載", "筆頭著者", "症例報告", "発表年"];

/** Eligibility facts of a doctor who may take the course, starting in `startYear` (April 1). */
export function eligibleFacts(startYear: number, name = "山田 太郎"): Array<[string, CellValue]> {
  return [
    ["氏名", name],
    ["基本領域", "内科"],
    ["コース開始", new Date(Date.UTC(startYear, 3, 1))],
    ["臨床研修修了", new Date(Date.UTC(startYear, 2, 31))],
    ["義務年限", "なし"],
    ["地域枠", "いいえ"],
    ["責任医療機関", "東都大学医学部附属病院"],
    ["連携施設", "東都市民病院、港南総合病院"],
  ];
}

/** A period row: year label, phase, site, kind, effort, reason, remarks. */
export function period(label: CellValue, phase: CellValue, site: CellValue, kind: CellValue = null, effort: CellValue = null, reason: CellValue = null, remarks: CellValue = null): Row {
  return [label, phase, site, kind, effort, reason, remarks];
}

/** The seed's plan (FY2021 edition): 2 clinical years, 5 research years at the graduate school. */
export function fy2021Periods(): Row[] {
  return [
    period("1年目", "臨床", "東都大学医学部附属病院", "責任医療機関", 0),
    period("2年目", "臨床", "東都市民病院", "連携施設", 0),
    period("3年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
    period("4年目", "研究", "東都大学大学院医学系研究科", "大学院", 60),
    period("5年目", "研究", "国立がん研究センター", "ナショナルセンター", 70),
    period("6年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
    period("7年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
  ];
}

/** The FY2024 revision's shortest plan: 1 clinical year, 4 research years. */
export function fy2024Periods(): Row[] {
  return [
    period("1年目", "臨床", "東都大学医学部附属病院", "責任医療機関", 0),
    period("2年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
    period("3年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
    period("4年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
    period("5年目", "研究", "東都大学大学院医学系研究科", "大学院", 50),
  ];
}

/** A paper row: title, journal, language, SCI, first author, case report, year. */
export function paper(title: string, language: CellValue, sci: CellValue, first: CellValue, caseReport: CellValue, year: CellValue = null, journal: CellValue = "J Clin Invest"): Row {
  return [title, journal, language, sci, first, caseReport, year];
}

/** Two English SCI-indexed first-author original papers. */
export function twoGoodPapers(): Row[] {
  return [
    paper("Clonal hematopoiesis in young adults", "英文", "はい", "はい", "いいえ", 2026, "Blood"),
    paper("A cohort study of myeloma outcomes", "英文", "○", "○", "×", 2027, "Lancet Haematol"),
  ];
}

/**
 * Writes the plan as an .xlsx and reads it back. Layout: title A1; facts from row 3 (labels in A,
 * values in B: with {@link eligibleFacts}, rows 3–10); a blank row; the periods header (row 12
 * with those facts) and the periods from the next row (13, 14, …); two blank rows; the papers
 * header and the papers.
 */
export async function planSheet(spec: PlanSpec): Promise<SheetData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheetName ?? "計画");
  ws.getCell("A1").value = "臨床研究医コース 研修計画";
  let r = 3;
  for (const [label, value] of spec.facts ?? []) {
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 2).value = toExcel(value);
    r++;
  }
  r++;
  ws.getRow(r).values = [...(spec.periodHeader ?? PERIOD_HEADER)];
  r++;
  for (const row of spec.periods ?? []) writeRow(ws, r++, row);
  r += 2;
  ws.getRow(r).values = [...(spec.paperHeader ?? PAPER_HEADER)];
  r++;
  for (const row of spec.papers ?? []) writeRow(ws, r++, row);
  return sheetFrom(wb);
}

/** Any rows as a sheet, from A1. */
export async function rowsSheet(rows: readonly Row[], name = "Sheet1", merges: readonly string[] = []): Promise<SheetData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((row, i) => writeRow(ws, i + 1, row));
  for (const m of merges) ws.mergeCells(m);
  return sheetFrom(wb);
}

function writeRow(ws: ExcelJS.Worksheet, r: number, row: Row): void {
  row.forEach((v, c) => {
    if (v !== null && v !== undefined) ws.getCell(r, c + 1).value = toExcel(v);
  });
}

function toExcel(v: CellValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "object" && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

export async function sheetFrom(wb: ExcelJS.Workbook): Promise<SheetData> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const { sheets } = await loadWorkbook(buffer, "test.xlsx");
  return sheets[0]!;
}

/** Validates and returns the findings. */
export function findings(sheet: SheetData, csEdition?: string): Finding[] {
  return validateClinicianScientist(sheet, csEdition === undefined ? {} : { csEdition }).findings;
}

/** The rule ids found. */
export function ruleIds(sheet: SheetData, csEdition?: string): string[] {
  return findings(sheet, csEdition).map((f) => f.rule);
}

/** Findings of one rule. */
export function of(sheet: SheetData, rule: string, csEdition?: string): Finding[] {
  return findings(sheet, csEdition).filter((f) => f.rule === rule);
}
