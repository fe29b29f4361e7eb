import { promises as fs } from "node:fs";
import * as ExcelJS from "exceljs";
import { areaFromA1 } from "../../engine/model/address";
import type { CellValue } from "../../engine/model/cell";
import type { Area, SheetData } from "../../engine/model/sheet";
import { readXlsxSheets } from "../workbook/read";
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
}

/** The first bytes of an OLE compound file (.xls, and .xlsx encrypted with a password). */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML package keeps its zip in (directory entries are UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
/** Local file header and end-of-central-directory signatures: a zip starts with one of them. */
const ZIP_MAGICS = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

/**
 * Reads an .xlsx file: the whole file into memory first (the input is never modified or held
 * open), then every worksheet to {@link SheetData} with Rota's streaming reader
 * (`adapters/workbook`: linear in the sheet, whatever its merges).
 *
 * @throws {WorkbookReadError} when the file is missing, a directory, empty, password-protected,
 *   an .xls, not a zip, a corrupt zip, or a zip with no worksheets.
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
export async function loadWorkbook(buffer: Buffer, label = "(buffer)"): Promise<LoadedWorkbook> {
  checkSignature(label, buffer);
  return { sheets: readXlsxSheets(buffer, label), bytes: buffer, label };
}

/**
 * exceljs's object model of a workbook that was read (for writers that edit it and save it whole).
 * exceljs compares every merged area with every earlier one: slow on tens of thousands of merges.
 *
 * @throws {WorkbookReadError} "corrupt" when exceljs cannot load it.
 */
export async function excelWorkbook(loaded: Pick<LoadedWorkbook, "bytes" | "label">): Promise<ExcelJS.Workbook> {
  const { bytes: buffer, label } = loaded;
  const workbook = new ExcelJS.Workbook();
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

function checkSignature(file: string, buffer: Buffer): void {
  if (buffer.length === 0) throw new WorkbookReadError(file, "empty");
  if (startsWith(buffer, CFB_MAGIC)) {
    throw new WorkbookReadError(file, buffer.includes(ENCRYPTED_PACKAGE) ? "encrypted" : "legacy-xls");
  }
  if (!ZIP_MAGICS.some((magic) => startsWith(buffer, magic))) throw new WorkbookReadError(file, "not-xlsx");
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
      if (cell.type === ExcelJS.ValueType.Merge) return;
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
  const v = value as Record<string, unknown>;
  if (typeof v["error"] === "string") return { error: v["error"] };
  if (Array.isArray(v["richText"])) return richText(v["richText"]);
  if ("formula" in v || "sharedFormula" in v) return cellValue(v["result"]);
  if ("hyperlink" in v || "text" in v) return cellValue(v["text"]);
  return null;
}

function richText(runs: readonly unknown[]): CellValue {
  const text = runs.map((run) => (typeof run === "object" && run !== null && typeof (run as { text?: unknown }).text === "string" ? (run as { text: string }).text : "")).join("");
  return text === "" ? null : text;
}

function errnoCode(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string" ? (err as { code: string }).code : undefined;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
