/**
 * Workbooks for the task pane's tests, made with the fixture library (real .xlsx written by exceljs
 * and read back through the CLI's adapter) and put into the in-memory workbook, with some of the
 * user's own formatting on top: a fill, a note and a conditional format of their own, which
 * Rota's highlights must leave as they are.
 */
import { CLEAN_PLAN, SHORT_EM_PLAN, cohortLayout, cohortWorkbook, sheetsOf, type CohortOptions, type FixtureRotation, type FixtureTrainee } from "../fixtures";
import { MemoryWorkbook, type MemoryWorkbookData } from "./memory/workbook";

export const SHEET = "2026年度";

/** A name that would run script if the pane put cell text into HTML. */
export const XSS_NAME = '<img src=x onerror="window.__xss=1">';

const MISSPELT: readonly FixtureRotation[] = CLEAN_PLAN.map(([text, n]): FixtureRotation => (text === "内科（循環器）" ? ["循還器内科", n] : [text, n]));

export const TRAINEES: readonly FixtureTrainee[] = [
  { name: "研修 一郎", course: "A", rotations: CLEAN_PLAN },
  { name: "研修 二郎", rotations: SHORT_EM_PLAN },
  { name: "研修 三子", rotations: MISSPELT },
  { name: "研修 四郎", rotations: CLEAN_PLAN },
  { name: XSS_NAME, rotations: CLEAN_PLAN },
];

export const COHORT: CohortOptions = {
  header: "weeks",
  continuation: "merge",
  title: "2026年度 研修医ローテーション表",
  trainees: TRAINEES,
};

export const LAYOUT = cohortLayout(COHORT);

/** The user's own formatting, which Rota must leave alone. */
export const USER = {
  fill: { cell: "A2", format: { fill: "#E2EFDA", bold: true } },
  /** A note on 研修 二郎's first 救急 cell: Rota's note on that cell goes below it. */
  note: { cell: LAYOUT.trainees[1]!.rotations.find((r) => r.text === "救急")!.cells[0]!, text: "指導医: 山田 (救急は4月から)" },
  conditionalFormat: { ranges: ["C2:AB2"], formula: "=TRUE", fill: "#DDEBF7" },
} as const;

/** The cohort as an in-memory workbook with the user's formatting. */
export async function cohortMemory(options: { trainees?: readonly FixtureTrainee[] } = {}): Promise<MemoryWorkbook> {
  const sheets = await sheetsOf(cohortWorkbook({ ...COHORT, ...(options.trainees ? { trainees: options.trainees } : {}) }));
  const wb = MemoryWorkbook.fromSheets(sheets);
  wb.setFormat(SHEET, USER.fill.cell, USER.fill.format);
  wb.setNote(SHEET, USER.note.cell, USER.note.text);
  wb.addConditionalFormat(SHEET, USER.conditionalFormat);
  return wb;
}

export async function cohortSeed(): Promise<MemoryWorkbookData> {
  return (await cohortMemory()).toJSON();
}

/** A cohort of `n` residents (one in seven with a short 救急), rotations merged. */
export async function largeSeed(n: number): Promise<MemoryWorkbookData> {
  const trainees = Array.from({ length: n }, (_, i): FixtureTrainee => ({ name: `研修医 ${i + 1}`, rotations: i % 7 === 3 ? SHORT_EM_PLAN : CLEAN_PLAN }));
  return MemoryWorkbook.fromSheets(await sheetsOf(cohortWorkbook({ header: "blocks", continuation: "repeat", trainees }))).toJSON();
}
