import type * as ExcelJS from "exceljs";
import { exceljs } from "./exceljs";
import { areaToA1 } from "../../engine/model/address";
import type { SheetEdits } from "../../engine/plan/edits";
import { parseCell } from "../../engine/vocabulary/parse-cell";
import { cellValue } from "./read";

/**
 * Writes the planner's edits into an exceljs workbook (a copy read from the input; the input file
 * is never written): merged areas split first, then the cell values, then the new merged areas. A
 * new cell takes the look (font, border, alignment) of its row's nearest filled block, or of the
 * rows above, so a filled plan looks like the coordinator's own rows. A merge exceljs refuses
 * becomes the same text repeated, which reads the same.
 */
export function writeEdits(workbook: ExcelJS.Workbook, edits: readonly SheetEdits[]): void {
  for (const sheetEdits of edits) {
    const ws = workbook.getWorksheet(sheetEdits.sheet);
    if (!ws) continue;
    for (const area of sheetEdits.unmerge) ws.unMergeCells(areaToA1(area));
    for (const { cell, value } of sheetEdits.writes) {
      const target = ws.getCell(cell);
      if (value !== null && (target.value === null || target.value === undefined)) borrowStyle(ws, target);
      target.value = value;
    }
    for (const area of sheetEdits.merge) {
      const range = areaToA1(area);
      const text = ws.getCell(area.top + 1, area.left + 1).value;
      try {
        ws.mergeCells(range);
      } catch {
        for (let c = area.left; c <= area.right; c++) ws.getCell(area.top + 1, c + 1).value = text;
      }
    }
  }
}

/**
 * The style of the nearest cell that holds a rotation: to the left on the row (within 30 columns),
 * else above in the column (within 10 rows) — a row written from nothing (`rota template --into`,
 * a resident's empty row) looks like the residents' rows above it.
 */
function borrowStyle(ws: ExcelJS.Worksheet, target: ExcelJS.Cell): void {
  const col = Number(target.col);
  const rowNumber = Number(target.row);
  const row = ws.getRow(rowNumber);
  for (let c = col - 1; c >= Math.max(1, col - 30); c--) if (copyStyleOf(row.getCell(c), target)) return;
  for (let r = rowNumber - 1; r >= Math.max(1, rowNumber - 10); r--) if (copyStyleOf(ws.getRow(r).getCell(col), target)) return;
}

/** Copies a cell's style to the target when the cell holds a rotation (true: the search ends there). */
function copyStyleOf(cell: ExcelJS.Cell, target: ExcelJS.Cell): boolean {
  if (cell.type === exceljs().ValueType.Merge || parseCell(cellValue(cell.value)).kind !== "rotation") return false;
  if (cell.style && Object.keys(cell.style).length > 0) target.style = JSON.parse(JSON.stringify(cell.style)) as Partial<ExcelJS.Style>;
  return true;
}
