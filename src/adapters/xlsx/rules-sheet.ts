import type * as ExcelJS from "exceljs";
import type { CellValue } from "../../engine";

/**
 * Adds a 規則 sheet of these rows (the engine's startingRulesSheet) to a workbook: a plain table,
 * the header in bold and frozen, columns wide enough to read. Nothing else in the workbook changes.
 */
export function addRulesSheet(workbook: ExcelJS.Workbook, rows: ReadonlyArray<ReadonlyArray<CellValue>>, name = "規則"): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      ws.getCell(r + 1, c + 1).value = typeof value === "object" && !(value instanceof Date) ? value.error : value;
    });
  });
  ws.getRow(1).font = { bold: true };
  const widths = [16, 14, 9, 9, 6, 8, 6, 12, 16, 6, 60];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}
