/**
 * Helpers for the planner's tests: plan or repair a fixture workbook with HiGHS (the adapter the CLI
 * uses), and read what a block says before and after.
 */
import type * as ExcelJS from "exceljs";
import { highsSolver } from "../../src/adapters/solver/highs";
import { cellText, findGrids, fromA1, type SheetData } from "../../src/engine";
import { planWorkbook, type PlanOutcome, type PlanWorkbookOptions } from "../../src/engine/plan";
import { sheetsOf } from "../fixtures";

export const solver = highsSolver();

export async function plan(workbook: ExcelJS.Workbook, options: Partial<PlanWorkbookOptions> = {}): Promise<{ sheets: SheetData[]; outcome: PlanOutcome }> {
  const sheets = await sheetsOf(workbook);
  return { sheets, outcome: await planWorkbook(sheets, { mode: "plan", timeLimit: 20, ...options }, solver) };
}

/** The value a cell holds (top-left of a merge for its other cells, as a person reads it). */
export function valueAt(sheet: SheetData, cell: string): string {
  const at = fromA1(cell)!;
  const area = (sheet.merges ?? []).find((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right);
  const [r, c] = area ? [area.top, area.left] : [at.row, at.col];
  return cellText(sheet.rows[r - (sheet.origin?.row ?? 0)]?.[c - (sheet.origin?.col ?? 0)] ?? null);
}

/** Every block cell of every resident that holds something (what planning must keep). */
export function filledBlocks(sheets: readonly SheetData[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of sheets) {
    for (const grid of findGrids(sheet)) {
      for (const plan of grid.plans) for (const slot of plan.slots) if (slot.parsed.kind !== "empty") out.set(`${sheet.name}!${slot.cell}`, slot.parsed.text);
    }
  }
  return out;
}

/** What each block of each resident reads as, by `sheet!cell`. */
export function blockTexts(sheets: readonly SheetData[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of sheets) {
    for (const grid of findGrids(sheet)) for (const plan of grid.plans) for (const slot of plan.slots) out.set(`${sheet.name}!${slot.cell}`, slot.parsed.kind === "empty" ? "" : slot.parsed.text);
  }
  return out;
}
