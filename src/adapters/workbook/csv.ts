/**
 * A .csv as a workbook of one sheet, named after the file: fields as Excel shows them on opening
 * (a plain number becomes a number; everything else stays text, dates included, which the engine
 * reads from text).
 */
import * as path from "node:path";
import type { CellValue } from "../../engine/model/cell";
import type { SheetData } from "../../engine/model/sheet";
import { parseCsv } from "../../engine/quota/csv";
import { decodeText } from "./text-file";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function readCsvSheet(bytes: Uint8Array, label: string): SheetData {
  const rows: CellValue[][] = parseCsv(decodeText(bytes)).map((fields) => {
    const row: CellValue[] = fields.map((f) => (f === "" ? null : NUMBER.test(f.trim()) ? Number(f.trim()) : f));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  while (rows.at(-1)?.length === 0) rows.pop();
  const name = path.basename(label).replace(/\.[^.]*$/, "") || "Sheet1";
  return { name: name.slice(0, 31), rows, origin: { row: 0, col: 0 }, merges: [] };
}
