import type * as ExcelJS from "exceljs";
import { exceljs } from "./exceljs";
import { columnLetters } from "../../engine/model/address";
import { isCellError } from "../../engine/model/cell";
import type { CellValue } from "../../engine/model/cell";
import { roleCell, roleKey, type CellRole, type TemplateSheet } from "../../engine/templates/template-sheet";

/** A template sheet to write, and optionally the name to give it instead of the template's own. */
export interface TemplateItem {
  readonly template: TemplateSheet;
  readonly name?: string;
}

/** The hidden sheet that holds input lists too long (or too comma-laden) for an inline list. */
export const LIST_SHEET = "入力リスト";

/** Excel's limit on an inline list (`"a,b,c"`) in a data validation. */
const INLINE_LIST_LIMIT = 255;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** How each role looks: the seed's own sheet as a coordinator would format it by hand. */
const ROLE_STYLE: Readonly<Record<CellRole, Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 14 }, alignment: { vertical: "middle" } },
  year: { font: { bold: true, size: 12 }, alignment: { vertical: "middle" } },
  header: { font: { bold: true }, alignment: { horizontal: "center", vertical: "middle" }, fill: solid("FFDDEBF7"), border: BOX },
  rotation: { alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: BOX },
  label: { font: { bold: true }, alignment: { vertical: "middle" }, fill: solid("FFF2F2F2"), border: BOX },
  value: { alignment: { vertical: "middle" }, border: BOX },
  note: { font: { italic: true, size: 9, color: { argb: "FF595959" } }, alignment: { vertical: "top" } },
};

/** Points per line of text in a row (Japanese fonts at 11 pt need about 16). */
const LINE_HEIGHT = 16;

/**
 * Writes template sheets (course templates, clinician-scientist plans) into a new workbook, one
 * worksheet each, in order: values (a string with line breaks wraps; a date shows as yyyy-mm-dd),
 * merged areas, styles by {@link CellRole}, column widths, row heights for multi-line cells, and
 * the template's input lists as data validation (inline when short, else from a hidden sheet
 * {@link LIST_SHEET}; a value off the list warns but is allowed, since templates are meant to be
 * edited).
 *
 * @example
 * const wb = templateWorkbook([{ template: renderCourseTemplate("A") }]);
 * await writeWorkbookFile(wb, "A.xlsx");
 */
export function templateWorkbook(items: readonly TemplateItem[]): ExcelJS.Workbook {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = "Rota";
  const names = new Set<string>([LIST_SHEET.toLowerCase()]);
  // Create every sheet first so that the list sheet, if one is needed, comes last.
  const sheets = items.map((item) => {
    const name = uniqueName(sheetName(item.name ?? item.template.sheet.name), names);
    const worksheet = workbook.addWorksheet(name, {
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    return { worksheet, template: item.template };
  });
  const lists = new ListSheet(workbook);
  for (const { worksheet, template } of sheets) writeTemplate(worksheet, template, lists);
  return workbook;
}

function writeTemplate(worksheet: ExcelJS.Worksheet, template: TemplateSheet, lists: ListSheet): void {
  const { sheet } = template;
  const originRow = sheet.origin?.row ?? 0;
  const originCol = sheet.origin?.col ?? 0;
  const lines = new Map<number, number>(); // 0-based row → most lines in one of its cells

  const styled = new Set<string>();
  const style = (row: number, col: number, value: CellValue): void => {
    const role = template.roles.get(roleKey(row, col));
    const cell = worksheet.getCell(row + 1, col + 1);
    const s: Partial<ExcelJS.Style> = role ? structuredClone(ROLE_STYLE[role]) : {};
    if (typeof value === "string" && value.includes("\n")) {
      s.alignment = { vertical: "middle", ...s.alignment, wrapText: true };
      lines.set(row, Math.max(lines.get(row) ?? 1, value.split("\n").length));
    }
    if (role === "title") lines.set(row, Math.max(lines.get(row) ?? 1, 1.4));
    if (value instanceof Date) s.numFmt = "yyyy-mm-dd";
    if (Object.keys(s).length > 0) cell.style = s;
    styled.add(roleKey(row, col));
  };

  sheet.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      const row = originRow + r;
      const col = originCol + c;
      if (value !== null) worksheet.getCell(row + 1, col + 1).value = excelValue(value);
      style(row, col, value);
    });
  });
  // Roles on cells with no value (a rotation cell left for the user to fill).
  for (const key of template.roles.keys()) {
    if (styled.has(key)) continue;
    const { row, col } = roleCell(key);
    style(row, col, null);
  }
  // Merge after styling: the merged cells take the top-left cell's style, so borders go round the area.
  for (const area of sheet.merges ?? []) {
    worksheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }

  // (exceljs does not write a width of exactly 9, its idea of the default; Excel then shows 8.43.)
  template.columnWidths.forEach((width, col) => {
    if (width > 0) worksheet.getColumn(col + 1).width = width;
  });
  for (const [row, n] of lines) {
    if (n > 1) worksheet.getRow(row + 1).height = Math.ceil(n * LINE_HEIGHT + 2);
  }

  for (const list of template.lists) {
    const formula = lists.formula(list.values);
    if (!formula) continue;
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Rota",
      error: "一覧にない値です。このまま入力しますか? / Not in the list. Keep it?",
    };
    for (let row = list.top; row <= list.bottom; row++) {
      for (let col = list.left; col <= list.right; col++) worksheet.getCell(row + 1, col + 1).dataValidation = validation;
    }
  }
}

/** The engine's value as exceljs takes it (its error type lists the codes it knows). */
function excelValue(value: Exclude<CellValue, null>): ExcelJS.CellValue {
  return isCellError(value) ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
}

/** Input lists: inline when Excel allows it, else a column of the hidden list sheet. */
class ListSheet {
  private sheet: ExcelJS.Worksheet | undefined;
  private readonly columns = new Map<string, string>();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  formula(values: readonly string[]): string | undefined {
    if (values.length === 0) return undefined;
    const inline = values.join(",");
    if (inline.length <= INLINE_LIST_LIMIT && !values.some((v) => v.includes(",") || v.includes('"'))) return `"${inline}"`;
    const key = JSON.stringify(values);
    const known = this.columns.get(key);
    if (known) return known;
    const sheet = (this.sheet ??= this.workbook.addWorksheet(LIST_SHEET, { state: "hidden" }));
    const col = this.columns.size + 1;
    values.forEach((v, i) => (sheet.getCell(i + 1, col).value = v));
    const letters = columnLetters(col - 1);
    const ref = `'${LIST_SHEET}'!$${letters}$1:$${letters}$${values.length}`;
    this.columns.set(key, ref);
    return ref;
  }
}

/** A name Excel accepts: no `[]:*?/\`, no leading or trailing apostrophe, at most 31 characters. */
function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").trim().slice(0, 31);
  return clean === "" ? "Sheet" : clean;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = name.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
