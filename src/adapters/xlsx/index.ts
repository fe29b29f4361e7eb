/**
 * The .xlsx adapter: reads workbooks into the engine's {@link SheetData}, marks findings in a copy,
 * and writes template sheets. Only conversion and I/O live here; no rule, no vocabulary.
 */
export { readWorkbook, loadWorkbook, excelWorkbook, sheetData, mergedAreas, cellValue } from "./read";
export type { LoadedWorkbook } from "./read";
export { annotateWorkbook, SEVERITY_FILL } from "./annotate";
export type { AnnotateOptions, AnnotationSummary, Lang } from "./annotate";
export { templateWorkbook, LIST_SHEET } from "./template";
export type { TemplateItem } from "./template";
export { writeWorkbookFile, workbookBuffer } from "./write";
export { WorkbookReadError, WorkbookWriteError } from "./errors";
export type { WorkbookReadFailure } from "./errors";
export { addRulesSheet } from "./rules-sheet";
