/// <reference types="office-js" />
import {
  areaToA1,
  isCapacitySheetName,
  isRulesSheetName,
  type Area,
  type CellValue,
  type SheetData,
} from "../../engine";
import { parseAreaList } from "../../engine";
import { HIGHLIGHT_COLORS } from "../highlight/colors";
import {
  cfFormula,
  clearChange,
  highlightChange,
  isRotaFormula,
  notesToRead,
  parseRecord,
  RECORD_KEY,
  serializeRecord,
  type HighlightRecord,
  type NoteWrite,
} from "../highlight/record";
import { sameSheetName, uniqueSheetName } from "../insert/sheet-name";
import { fromExcel, toExcel } from "./excel-values";
import { sameValues } from "./same-values";
import type {
  BlockWrite,
  ClearOutcome,
  HighlightOutcome,
  HighlightPlan,
  ReadRequest,
  SheetChange,
  SheetSnapshot,
  WorkbookCapabilities,
  WorkbookPort,
  WriteOutcome,
} from "./port";
import { chunkAddresses, splitAreas } from "./ranges";
import { isPreferenceSheetName } from "../../engine/plan/preferences";

/**
 * The workbook through Excel's JavaScript API. Every operation is one `Excel.run` whose round
 * trips (`context.sync`) do not grow with the sheet:
 *
 * | operation            | syncs | what                                                             |
 * |----------------------|-------|------------------------------------------------------------------|
 * | read                 | 1     | values, merged areas, selection, protection, sheet names, record |
 * |                      | +1    | only when a capacity sheet (定員) exists: its values            |
 * |                      | +1    | only when a chart or shape is selected (no range to give)        |
 * | applyHighlights      | 2     | read (protection, Rota's earlier formats, notes), then write all |
 * | clearHighlights      | 3     | the record; each sheet's formats and notes; then write all       |
 * | write (new sheet)    | 2     | sheet names; then everything                                     |
 * | write (existing)     | 2     | protection and the cells as they are now; then everything        |
 * | select               | 1     |                                                                  |
 *
 * So a check and its highlights cost 3 round trips on a sheet of any size, and clearing costs 3.
 *
 * Requirement sets used: ExcelApi 1.9 (getRanges, getSelectedRanges, conditional formats on
 * several areas), 1.13 (getMergedAreasOrNullObject), 1.4 (settings), 1.7 (onChanged), 1.18 for
 * notes (optional: without it highlights carry no note, and the pane says so).
 */
type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** `Excel.run` (a test passes a mock's). */
  readonly run?: ExcelRun;
  /** Whether the host has notes (ExcelApi 1.18); by default asked of Office. */
  readonly notes?: boolean;
  /** Whether the host selects several areas at once (`RangeAreas.select`, ExcelApi 1.18); by default asked of Office. */
  readonly selectAreas?: boolean;
}

const LOAD_CF = "items/type,items/customOrNullObject/rule/formula";

function defaultRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

/** Whether the host has ExcelApi 1.18 (notes, `RangeAreas.select`); false outside Office. */
function excelApi118(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", "1.18");
  } catch {
    return false;
  }
}

/** A failed write as the pane reports it: a missing sheet, a protected one, or anything else with its code. */
function failure(error: unknown): {
  ok: false;
  reason: "missing-sheet" | "protected" | "failed";
  detail: string;
} {
  const code = errorCode(error);
  const reason =
    code === "ItemNotFound" ? "missing-sheet" : code === "AccessDenied" ? "protected" : "failed";
  return { ok: false, reason, detail: code };
}

function errorCode(error: unknown): string {
  // As thrown: what String() makes of it when it carries no code or message of its own.
  const thrown: unknown = error;
  if (typeof error !== "object" || error === null) return String(thrown);
  if ("code" in error && typeof error.code === "string") return error.code;
  if ("message" in error && typeof error.message === "string") return error.message;
  return String(thrown);
}

export class OfficeWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  readonly capabilities: WorkbookCapabilities;
  private readonly run: ExcelRun;
  /** The record as last read, to know before the first round trip which notes Rota wrote. */
  private record: HighlightRecord = { version: 1, sheets: [] };
  /** Until when a change event is Rota's own write (for hosts without `triggerSource`). */
  private writingUntil = 0;
  /** Whether several areas can be selected at once (ExcelApi 1.18); else the first area is. */
  private selectAreas: boolean;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? defaultRun();
    this.capabilities = { notes: options.notes ?? excelApi118() };
    this.selectAreas = options.selectAreas ?? excelApi118();
  }

  async read(request: ReadRequest = {}): Promise<SheetSnapshot> {
    try {
      return await this.readSheet(request, true);
    } catch (error) {
      // A chart or a shape selected has no range to give: read again without the selection.
      if (errorCode(error) === "ItemNotFound") throw error;
      return this.readSheet(request, false);
    }
  }

  private readSheet(request: ReadRequest, withSelection: boolean): Promise<SheetSnapshot> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const sheet =
        request.sheet !== undefined
          ? wb.worksheets.getItem(request.sheet)
          : wb.worksheets.getActiveWorksheet();
      sheet.load("id,name,protection/protected");
      const used = sheet.getUsedRange(true);
      used.load("address,values,rowIndex,columnIndex");
      const merged = used.getMergedAreasOrNullObject();
      merged.load("address");
      const active = wb.worksheets.getActiveWorksheet();
      active.load("id");
      const selected = withSelection ? wb.getSelectedRanges() : undefined;
      selected?.load("address");
      const sheets = wb.worksheets;
      sheets.load("items/name");
      const setting = wb.settings.getItemOrNullObject(RECORD_KEY);
      setting.load("value");
      await context.sync();

      this.record = parseRecord(setting.isNullObject ? null : setting.value);
      const snapshotSheet = toSheetData(
        sheet.name,
        used.values,
        used.rowIndex,
        used.columnIndex,
        merged.isNullObject ? [] : parseAreaList(merged.address)
      );

      // The capacity sheet (定員), the program's rules (規則) and the residents' wishes (希望), when there are: their values in one more round trip.
      const relatedNames = sheets.items
        .map((s) => s.name)
        .filter(
          (n) =>
            (isCapacitySheetName(n) || isRulesSheetName(n) || isPreferenceSheetName(n)) &&
            !sameSheetName(n, sheet.name)
        );
      const related: SheetData[] = [];
      if (relatedNames.length > 0) {
        const ranges = relatedNames.map((n) => {
          const r = wb.worksheets.getItem(n).getUsedRange(true);
          r.load("values,rowIndex,columnIndex");
          return { name: n, range: r };
        });
        await context.sync();
        for (const { name, range } of ranges)
          related.push(toSheetData(name, range.values, range.rowIndex, range.columnIndex, []));
      }
      return {
        sheet: snapshotSheet,
        sheetId: sheet.id,
        range: localRange(used.address),
        selection: selected && active.id === sheet.id ? splitAreas(selected.address) : [],
        protected: sheet.protection.protected,
        highlighted: this.record.sheets.some((entry) => entry.id === sheet.id),
        related,
      };
    });
  }

  /**
   * Activates the sheet and selects the ranges: all of them at once where the host can
   * (`RangeAreas.select`, ExcelApi 1.18: Microsoft 365 from build 2501 on Windows, 16.93 on Mac,
   * and the web), else the first one (`Range.select`, ExcelApi 1.1: Office 2021, LTSC 2024), so a
   * jump always lands on the finding. A host that claims 1.18 and still refuses gets the first too.
   */
  async select(sheetName: string, ranges: readonly string[]): Promise<void> {
    const one = async (): Promise<void> =>
      this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(ranges[0]).select();
        await context.sync();
      });
    if (ranges.length === 0) return;
    if (ranges.length === 1 || !this.selectAreas) return one();
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRanges(ranges.join(",")).select();
        await context.sync();
      });
    } catch (error) {
      if (errorCode(error) === "ItemNotFound") throw error;
      this.selectAreas = false;
      await one();
    }
  }

  async applyHighlights(plan: HighlightPlan): Promise<HighlightOutcome> {
    const notes = this.capabilities.notes;
    try {
      return await this.run(async (context): Promise<HighlightOutcome> => {
        const wb = context.workbook;
        const sheet = wb.worksheets.getItem(plan.sheet);
        sheet.load("id,name,protection/protected");
        const setting = wb.settings.getItemOrNullObject(RECORD_KEY);
        setting.load("value");
        const formats = sheet.getRange().conditionalFormats.load(LOAD_CF);
        // The notes Rota wrote before (as last known) and the ones it is about to write.
        const earlier = this.record.sheets
          .filter((s) => sameSheetName(s.name, plan.sheet))
          .flatMap((s) => s.notes.map((n) => n.cell));
        const loaded = new Map<string, Excel.Note>();
        const loadNotes = (cells: readonly string[]) => {
          for (const cell of cells) {
            if (loaded.has(cell)) continue;
            const note = sheet.notes.getItemOrNullObject(cell);
            note.load("content");
            loaded.set(cell, note);
          }
        };
        if (notes) loadNotes([...earlier, ...plan.notes.map((n) => n.cell)]);
        await context.sync();

        if (sheet.protection.protected) return { ok: false, reason: "protected" };
        const record = parseRecord(setting.isNullObject ? null : setting.value);
        if (notes) {
          // Another session changed the record since it was read: read the notes it names too.
          const missing = notesToRead(record, sheet.id, plan).filter((c) => !loaded.has(c));
          if (missing.length > 0) {
            loadNotes(missing);
            await context.sync();
          }
        }
        const current = new Map(
          [...loaded].map(([cell, note]) => [cell, note.isNullObject ? null : note.content])
        );
        const change = highlightChange(
          record,
          { id: sheet.id, name: sheet.name },
          plan,
          current,
          notes
        );

        for (const cf of formats.items) if (isRotaCf(cf)) cf.delete();
        for (const severity of ["error", "warning"] as const) {
          for (const chunk of chunkAddresses(plan.fills[severity])) {
            const cf = sheet.getRanges(chunk).conditionalFormats.add("Custom");
            cf.custom.rule.formula = cfFormula(severity);
            cf.custom.format.fill.color = HIGHLIGHT_COLORS[severity].fill;
            cf.custom.format.font.color = HIGHLIGHT_COLORS[severity].font;
            cf.stopIfTrue = false;
            cf.priority = 0; // above the user's own: set last (Excel re-fetches a moved format)
          }
        }
        writeNotes(sheet, loaded, change.writes);
        saveRecord(wb, setting, change.record);
        this.writingUntil = Date.now() + 2_000;
        await context.sync();
        this.record = change.record;
        return {
          ok: true,
          ranges: plan.fills.error.length + plan.fills.warning.length,
          notes: notes ? plan.notes.length : 0,
          notesSupported: notes,
        };
      });
    } catch (error) {
      return failure(error);
    }
  }

  clearHighlights(): Promise<ClearOutcome> {
    const notes = this.capabilities.notes;
    return this.run(async (context): Promise<ClearOutcome> => {
      const wb = context.workbook;
      const setting = wb.settings.getItemOrNullObject(RECORD_KEY);
      setting.load("value");
      const sheets = wb.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const record = parseRecord(setting.isNullObject ? null : setting.value);
      if (record.sheets.length === 0) return { cleared: [], skipped: [] };

      const present = new Set(sheets.items.map((s) => s.id));
      const work = record.sheets
        .filter((entry) => present.has(entry.id)) // a deleted sheet took its highlights with it
        .map((entry) => {
          const sheet = wb.worksheets.getItem(entry.id);
          sheet.load("name,protection/protected");
          const formats = sheet.getRange().conditionalFormats.load(LOAD_CF);
          const loaded = new Map<string, Excel.Note>();
          if (notes) {
            for (const n of entry.notes) {
              const note = sheet.notes.getItemOrNullObject(n.cell);
              note.load("content");
              loaded.set(n.cell, note);
            }
          }
          return { entry, sheet, formats, loaded };
        });
      await context.sync();

      const cleared: string[] = [];
      const skipped: Array<{ sheet: string; reason: "protected" | "failed" }> = [];
      const kept = [];
      for (const { entry, sheet, formats, loaded } of work) {
        if (sheet.protection.protected) {
          skipped.push({ sheet: sheet.name, reason: "protected" });
          kept.push(entry);
          continue;
        }
        for (const cf of formats.items) if (isRotaCf(cf)) cf.delete();
        if (notes)
          writeNotes(
            sheet,
            loaded,
            clearChange(
              entry,
              new Map([...loaded].map(([c, n]) => [c, n.isNullObject ? null : n.content]))
            )
          );
        cleared.push(sheet.name);
      }
      const next: HighlightRecord = { version: 1, sheets: kept };
      saveRecord(wb, setting, next);
      this.writingUntil = Date.now() + 2_000;
      await context.sync();
      this.record = next;
      return { cleared, skipped };
    });
  }

  async write(w: BlockWrite): Promise<WriteOutcome> {
    try {
      return await this.run(async (context): Promise<WriteOutcome> => {
        const wb = context.workbook;
        let sheet: Excel.Worksheet;
        if (w.target.kind === "new-sheet") {
          const sheets = wb.worksheets;
          sheets.load("items/name");
          await context.sync();
          const names = sheets.items.map((s) => s.name);
          sheet = wb.worksheets.add(
            uniqueSheetName(w.target.name, (n) => names.some((x) => sameSheetName(x, n)))
          );
          sheet.load("name");
        } else {
          const { area, values } = w.target.expect;
          sheet = wb.worksheets.getItem(w.target.sheet);
          sheet.load("name,protection/protected");
          const range = sheet.getRangeByIndexes(
            area.top,
            area.left,
            area.bottom - area.top + 1,
            area.right - area.left + 1
          );
          range.load("values");
          await context.sync();
          if (sheet.protection.protected) return { ok: false, reason: "protected" };
          if (
            !sameValues(
              range.values.map((row) => row.map(fromExcel)),
              values
            )
          )
            return { ok: false, reason: "changed" };
        }
        const at = (a: Area) =>
          sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
        for (const area of w.unmerge) at(area).unmerge();
        let bounds: Area | undefined;
        for (const block of w.blocks) {
          const width = Math.max(1, ...block.values.map((r) => r.length));
          const area = {
            top: block.top,
            left: block.left,
            bottom: block.top + block.values.length - 1,
            right: block.left + width - 1,
          };
          at(area).values = block.values.map((row) =>
            Array.from({ length: width }, (_, c) => toExcel(row[c] ?? null))
          );
          bounds = bounds
            ? {
                top: Math.min(bounds.top, area.top),
                left: Math.min(bounds.left, area.left),
                bottom: Math.max(bounds.bottom, area.bottom),
                right: Math.max(bounds.right, area.right),
              }
            : area;
        }
        for (const area of w.merges) at(area).merge(false);
        for (const { area, format: f } of w.formats) {
          const range = at(area);
          if (f.bold !== undefined) range.format.font.bold = f.bold;
          if (f.italic !== undefined) range.format.font.italic = f.italic;
          if (f.fontSize !== undefined) range.format.font.size = f.fontSize;
          if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
          if (f.fill !== undefined) range.format.fill.color = f.fill;
          if (f.wrap !== undefined) range.format.wrapText = f.wrap;
          if (f.horizontal !== undefined) range.format.horizontalAlignment = f.horizontal;
          if (f.vertical !== undefined) range.format.verticalAlignment = f.vertical;
          if (f.numberFormat !== undefined) range.numberFormat = grid(area, f.numberFormat);
        }
        for (const { col, chars } of w.columnWidths)
          sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(chars * 6);
        for (const list of w.lists)
          at(list.area).dataValidation.rule = {
            list: { inCellDropDown: true, source: list.values.join(",") },
          };
        if (w.target.kind === "new-sheet" && bounds) at(bounds).format.autofitRows();
        sheet.activate();
        if (w.select) at(w.select).select();
        this.writingUntil = Date.now() + 2_000;
        await context.sync();
        return { ok: true, sheet: sheet.name, range: bounds ? areaToA1(bounds) : "A1" };
      });
    } catch (error) {
      return failure(error);
    }
  }

  onChange(listener: (change: SheetChange) => void): Promise<() => Promise<void>> {
    return this.run(async (context) => {
      const registration = context.workbook.worksheets.onChanged.add(
        (event: Excel.WorksheetChangedEventArgs) => {
          // Rota's own writes are not a user's change.
          if (event.triggerSource === "ThisLocalAddin" || Date.now() < this.writingUntil)
            return Promise.resolve();
          listener({ sheetId: event.worksheetId, address: event.address });
          return Promise.resolve();
        }
      );
      await context.sync();
      return async () => {
        registration.remove();
        await registration.context.sync();
      };
    });
  }
}

function isRotaCf(cf: Excel.ConditionalFormat): boolean {
  return (
    cf.type === "Custom" &&
    !cf.customOrNullObject.isNullObject &&
    isRotaFormula(cf.customOrNullObject.rule.formula)
  );
}

function writeNotes(
  sheet: Excel.Worksheet,
  loaded: ReadonlyMap<string, Excel.Note>,
  writes: readonly NoteWrite[]
): void {
  for (const w of writes) {
    const note = loaded.get(w.cell);
    const exists = note !== undefined && !note.isNullObject;
    if (w.content === null) {
      if (exists) note.delete();
    } else if (exists) note.content = w.content;
    else sheet.notes.add(w.cell, w.content);
  }
}

function saveRecord(wb: Excel.Workbook, setting: Excel.Setting, record: HighlightRecord): void {
  if (record.sheets.length > 0) wb.settings.add(RECORD_KEY, serializeRecord(record));
  else if (!setting.isNullObject) setting.delete();
}

/** The same value for every cell of an area, as Excel's 2-D properties take it. */
function grid(area: Area, value: string): string[][] {
  return Array.from({ length: area.bottom - area.top + 1 }, () =>
    new Array<string>(area.right - area.left + 1).fill(value)
  );
}

function localRange(address: string): string {
  return splitAreas(address)[0] ?? "A1";
}

function toSheetData(
  name: string,
  values: unknown[][],
  rowIndex: number,
  columnIndex: number,
  merges: Area[]
): SheetData {
  const rows: CellValue[][] = values.map((row) => row.map(fromExcel));
  return {
    name,
    rows,
    origin: { row: rowIndex, col: columnIndex },
    ...(merges.length > 0 ? { merges } : {}),
  };
}
