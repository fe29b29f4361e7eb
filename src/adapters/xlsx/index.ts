/**
 * The .xlsx adapter: reads workbooks into the engine's {@link SheetData} (through Rota's streaming
 * reader, adapters/workbook), and writes template sheets with exceljs. The annotated copy is a
 * surgical edit of the package (adapters/workbook/annotate). Only conversion and I/O live here.
 */
export { readWorkbook, loadWorkbook, excelWorkbook, sheetData, mergedAreas, cellValue } from "./read";
export type { LoadedWorkbook, WorkbookFormat } from "./read";
export { templateWorkbook, LIST_SHEET } from "./template";
export type { TemplateItem } from "./template";
export { writeBytesFile, writeWorkbookFile, workbookBuffer } from "./write";
export { WorkbookReadError, WorkbookWriteError } from "./errors";
export type { WorkbookReadFailure } from "./errors";
export { addRulesSheet } from "./rules-sheet";
