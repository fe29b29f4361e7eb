/**
 * Excel 97-2003 (.xls) and OpenDocument (.ods) workbooks, read with SheetJS (@e965/xlsx 0.20.3,
 * the maintained SheetJS republished on npm): a BIFF8 or ODF reader of our own would be a project
 * of its own, and SheetJS lists merges as areas (no quadratic cost). Values and merges come out
 * as the .xlsx reader gives them: dates from the cell's number format and the workbook's date
 * system, errors as their text, the cells under a merge empty.
 */
import type * as XLSX from "@e965/xlsx";
import type { CellValue } from "../../engine/model/cell";
import { fromSerial } from "../../engine/model/excel-date";
import type { Area, SheetData } from "../../engine/model/sheet";
import { WorkbookReadError } from "../xlsx/errors";
import { cleanMerges } from "./merges";
import { clearUnderMerges } from "./sheet";
import { at } from "../../engine/model/invariant";

let sheetjs: typeof XLSX | undefined;

/** SheetJS, loaded on first use: it takes about 110 ms to load, which an .xlsx check need not pay. */
function xlsx(): typeof XLSX {
  // eslint-disable-next-line ts/no-require-imports -- a deliberate lazy load (see above)
  return (sheetjs ??= require("@e965/xlsx") as typeof XLSX);
}

export function readSheetJs(bytes: Uint8Array, label: string): SheetData[] {
  let book: XLSX.WorkBook;
  try {
    book = xlsx().read(bytes, { type: "buffer", cellDates: false, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password/i.test(message)) throw new WorkbookReadError(label, "encrypted");
    throw new WorkbookReadError(label, "malformed", {
      ja: `Excel 97-2003 (.xls) または OpenDocument (.ods) のブックとして読めません (${message})`,
      en: `it cannot be read as an Excel 97-2003 (.xls) or OpenDocument (.ods) workbook (${message})`,
    });
  }
  const system = book.Workbook?.WBProps?.date1904 ? 1904 : 1900;
  const sheets: SheetData[] = [];
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (!ws || ws["!type"] === "chart") continue;
    const rows: CellValue[][] = [];
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith("!")) continue;
      const value = cellValue(cell as XLSX.CellObject, system);
      if (value === null) continue;
      const { r, c } = xlsx().utils.decode_cell(address);
      while (rows.length <= r) rows.push([]);
      const row = at(rows, r, "rows were added up to this one");
      while (row.length < c) row.push(null);
      row[c] = value;
    }
    const merges: Area[] = cleanMerges((ws["!merges"] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c })));
    clearUnderMerges(rows, merges);
    while (rows.at(-1)?.length === 0) rows.pop();
    sheets.push({ name, rows, origin: { row: 0, col: 0 }, merges });
  }
  if (sheets.length === 0) throw new WorkbookReadError(label, "not-workbook");
  return sheets;
}

function cellValue(cell: XLSX.CellObject, system: 1900 | 1904): CellValue {
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b":
      return typeof cell.v === "boolean" ? cell.v : null;
    case "e":
      return { error: cell.w ?? xlsx().utils.format_cell(cell) };
    case "d":
      return cell.v instanceof Date ? cell.v : null;
    case "n": {
      if (typeof cell.v !== "number" || !Number.isFinite(cell.v)) return null;
      const format = typeof cell.z === "string" ? cell.z : undefined;
      return format && isDateFormat(format) ? fromSerial(cell.v, system) : cell.v;
    }
    default:
      return null;
  }
}

/** SheetJS's test of a number format for a date (its typings leave SSF untyped). */
function isDateFormat(format: string): boolean {
  const ssf = xlsx().SSF as { is_date(format: string): boolean };
  return ssf.is_date(format);
}
