import { promises as fs } from "node:fs";
import type * as ExcelJS from "exceljs";
import { exceljs } from "./exceljs";
import { areaFromA1 } from "../../engine/model/address";
import type { CellValue } from "../../engine/model/cell";
import type { Area, SheetData } from "../../engine/model/sheet";
import { readCsvSheet } from "../workbook/csv";
import { openPackage } from "../workbook/package";
import { readPackageSheets } from "../workbook/read";
import { readSheetJs } from "../workbook/sheetjs";
import { rememberDefaultFont } from "./default-font";
import { WorkbookReadError } from "./errors";

/**
 * A workbook as read: what the engine reads, and the file's own bytes (to copy, to annotate
 * surgically, or to hand to exceljs when a writer needs its object model).
 */
export interface LoadedWorkbook {
  /** One per worksheet, in the workbook's order, with `origin` A1. */
  readonly sheets: SheetData[];
  /** The package as read, untouched. */
  readonly bytes: Buffer;
  /** The name errors give the workbook (its path as given). */
  readonly label: string;
  /** What the file is: only an .xlsx (or .xlsm) package can be annotated in place. */
  readonly format: WorkbookFormat;
}

/** The formats Rota reads. */
export type WorkbookFormat = "xlsx" | "xls" | "ods" | "csv";

/** The first bytes of an OLE compound file (.xls, and .xlsx encrypted with a password). */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML package keeps its zip in (directory entries are UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
/** Local file header and end-of-central-directory signatures: a zip starts with one of them. */
const ZIP_MAGICS = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

/**
 * Reads a workbook file: the whole file into memory first (the input is never modified or held
 * open), then every worksheet to {@link SheetData}.
 *
 * - .xlsx / .xlsm: Rota's streaming reader (`adapters/workbook`: linear in the sheet, whatever its
 *   merges, with bounded memory and damaged parts named);
 * - .xls (Excel 97-2003) and .ods: SheetJS;
 * - .csv (and .tsv, .txt): one sheet named after the file, in UTF-8, UTF-16 or Shift_JIS.
 *
 * @throws {WorkbookReadError} when the file is missing, a directory, empty, password-protected,
 *   not a workbook, a corrupt zip or a damaged part (named).
 * @example
 * const { sheets } = await readWorkbook("plans.xlsx");
 * sheets[0].rows[2][1]; // → "必修\n内科\n（血液）"
 */
export async function readWorkbook(file: string): Promise<LoadedWorkbook> {
  return loadWorkbook(await readBytes(file), file);
}

/**
 * Loads an .xlsx held in memory (a test fixture, an upload) the same way as {@link readWorkbook};
 * `label` names it in error messages.
 */
// async so that a file that is no workbook rejects, as readWorkbook does, rather than throws.
// eslint-disable-next-line ts/require-await
export async function loadWorkbook(buffer: Buffer, label = "(buffer)"): Promise<LoadedWorkbook> {
  if (buffer.length === 0) throw new WorkbookReadError(label, "empty");
  if (startsWith(buffer, CFB_MAGIC)) {
    if (buffer.includes(ENCRYPTED_PACKAGE)) throw new WorkbookReadError(label, "encrypted");
    return { sheets: readSheetJs(buffer, label), bytes: buffer, label, format: "xls" };
  }
  if (ZIP_MAGICS.some((magic) => startsWith(buffer, magic))) {
    const pkg = openPackage(buffer, label);
    if (!pkg.names.has("[Content_Types].xml") && pkg.names.has("content.xml")) {
      return { sheets: readSheetJs(buffer, label), bytes: buffer, label, format: "ods" };
    }
    return { sheets: readPackageSheets(pkg, label), bytes: buffer, label, format: "xlsx" };
  }
  if (TEXT_NAME.test(label) || looksLikeText(buffer)) return { sheets: [readCsvSheet(buffer, label)], bytes: buffer, label, format: "csv" };
  throw new WorkbookReadError(label, "not-xlsx");
}

/** File names read as text tables. */
const TEXT_NAME = /\.(csv|tsv|txt)$/i;

/** No NUL byte (outside UTF-16) and a separator in the first 4 KB: a text table with another name. */
function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return (utf16 || !head.includes(0)) && /[,\t]/.test(utf16 ? new TextDecoder(head[0] === 0xff ? "utf-16le" : "utf-16be").decode(head) : head.toString("latin1")) && !head.subarray(0, 5).equals(Buffer.from("%PDF-"));
}

/**
 * exceljs's object model of a workbook that was read (for writers that edit it and save it whole).
 * exceljs compares every merged area with every earlier one: slow on tens of thousands of merges.
 *
 * @throws {WorkbookReadError} "corrupt" when exceljs cannot load it.
 */
export async function excelWorkbook(loaded: Pick<LoadedWorkbook, "bytes" | "label"> & { readonly format?: WorkbookFormat; readonly sheets?: readonly SheetData[] }): Promise<ExcelJS.Workbook> {
  const { bytes: buffer, label } = loaded;
  if (loaded.format !== undefined && loaded.format !== "xlsx" && loaded.sheets) return workbookOf(loaded.sheets);
  const workbook = new (exceljs().Workbook)();
  try {
    // exceljs's typings declare a Buffer of their own; node's Buffer is what it takes at runtime.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new WorkbookReadError(label, "corrupt", errorText(err));
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(label, "not-workbook");
  rememberDefaultFont(workbook, buffer);
  return workbook;
}

/**
 * A new exceljs workbook holding the values and merges of sheets read from an .xls, .ods or .csv
 * (what a writer such as `rota plan` or `--annotate` starts from, to save as .xlsx).
 */
function workbookOf(sheets: readonly SheetData[]): ExcelJS.Workbook {
  const workbook = new (exceljs().Workbook)();
  const taken = new Set<string>();
  for (const sheet of sheets) {
    let name = sheet.name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name.slice(0, 27)} (${n})`;
    taken.add(name.toLowerCase());
    const ws = workbook.addWorksheet(name);
    const top = sheet.origin?.row ?? 0;
    const left = sheet.origin?.col ?? 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        ws.getCell(top + r + 1, left + c + 1).value = typeof value === "object" && !(value instanceof Date) ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
      }),
    );
    for (const m of sheet.merges ?? []) if (m.bottom > m.top || m.right > m.left) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return workbook;
}

async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    const code = errnoCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError(file, "missing");
    throw new WorkbookReadError(file, "unreadable", code ?? errorText(err));
  }
  if (stat.isDirectory()) throw new WorkbookReadError(file, "directory");
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new WorkbookReadError(file, "unreadable", errnoCode(err) ?? errorText(err));
  }
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

/**
 * One worksheet as the engine reads it: every row from row 1 and column A (origin A1), values
 * converted by {@link cellValue}, the cells hidden under a merge left empty, and the merged
 * areas 0-based.
 */
export function sheetData(worksheet: ExcelJS.Worksheet): SheetData {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Only a merge's top-left cell holds its value; exceljs echoes it in the others.
      if (cell.type === exceljs().ValueType.Merge) return;
      const value = cellValue(cell.value);
      if (value === null) return;
      while (values.length < colNumber - 1) values.push(null);
      values[colNumber - 1] = value;
    });
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = values;
  });
  return { name: worksheet.name, rows, origin: { row: 0, col: 0 }, merges: mergedAreas(worksheet) };
}

/** The merged areas of a worksheet, 0-based and inclusive. */
export function mergedAreas(worksheet: ExcelJS.Worksheet): Area[] {
  const areas: Area[] = [];
  for (const range of worksheet.model.merges ?? []) {
    const area = areaFromA1(range);
    if (area) areas.push(area);
  }
  return areas.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Converts what exceljs gives for a cell to the engine's {@link CellValue}:
 * - null, numbers, strings, booleans and dates as they are (exceljs gives a `Date` for a
 *   date-formatted cell);
 * - a formula (plain, shared or array) → its cached result, itself converted (no result → null);
 * - rich text → its runs joined; a hyperlink → its text;
 * - an error (`#N/A` …) → `{ error: "#N/A" }`.
 *
 * @example
 * cellValue({ formula: "A1*2", result: 8 }); // → 8
 * cellValue({ richText: [{ text: "必修\n" }, { text: "内科" }] }); // → "必修\n内科"
 */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value && Array.isArray(value.richText)) return richText(value.richText);
  if ("formula" in value || "sharedFormula" in value) return cellValue("result" in value ? value.result : undefined);
  if ("hyperlink" in value || "text" in value) return cellValue("text" in value ? value.text : undefined);
  return null;
}

function richText(runs: readonly unknown[]): CellValue {
  const text = runs.map((run) => (typeof run === "object" && run !== null && "text" in run && typeof run.text === "string" ? run.text : "")).join("");
  return text === "" ? null : text;
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : undefined;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
