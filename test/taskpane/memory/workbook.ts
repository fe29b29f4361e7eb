import {
  areaFromA1,
  areaToA1,
  fromA1,
  isCapacitySheetName,
  isRulesSheetName,
  isCellError,
  toA1,
  type Area,
  type CellValue,
  type SheetData,
} from "../../../src/engine";
import { HIGHLIGHT_COLORS } from "../../../src/taskpane/highlight/colors";
import {
  cfFormula,
  clearChange,
  highlightChange,
  isRotaFormula,
  notesToRead,
  parseRecord,
  RECORD_KEY,
  serializeRecord,
  type NoteWrite,
} from "../../../src/taskpane/highlight/record";
import { sameSheetName, uniqueSheetName } from "../../../src/taskpane/insert/sheet-name";
import type {
  BlockWrite,
  CellFormat,
  ClearOutcome,
  HighlightOutcome,
  HighlightPlan,
  ReadRequest,
  SheetChange,
  SheetSnapshot,
  WorkbookPort,
  WriteOutcome,
} from "../../../src/taskpane/workbook/port";
import { containsCell as contains, intersects } from "../../../src/engine";
import { chunkAddresses } from "../../../src/taskpane/workbook/ranges";
import { sameValues } from "../../../src/taskpane/workbook/same-values";
import { isPreferenceSheetName } from "../../../src/engine/plan/preferences";

/**
 * A workbook held in memory behind the same interface as Excel's: for the tests, the bench and
 * the browser tests' harness page (test/taskpane/memory/harness.tsx). It keeps what the pane reads and writes —
 * values, merged areas, cell formats, notes, conditional formats, protection, settings, the
 * selection — and does what Excel does with them (a merge keeps its top-left value; conditional
 * formats sit above cell formats; settings are saved with the workbook), so that behaviour proved
 * here is the behaviour asked of {@link OfficeWorkbook}.
 *
 * `toJSON()` / `MemoryWorkbook.fromJSON()` save and reopen it.
 */
export interface MemoryConditionalFormat {
  readonly id: string;
  readonly ranges: readonly string[];
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

interface MemorySheet {
  id: string;
  name: string;
  cells: Map<string, CellValue>;
  merges: Area[];
  formats: Map<string, CellFormat>;
  notes: Map<string, string>;
  /** In priority order: the first applies above the others. */
  conditionalFormats: MemoryConditionalFormat[];
  protected: boolean;
  columnWidths: Map<number, number>;
  lists: Array<{ area: Area; values: readonly string[] }>;
}

/** A cell value as JSON: dates as `{ date }`, errors as `{ error }`. */
export type JsonCellValue =
  string | number | boolean | null | { readonly error: string } | { readonly date: string };

export interface MemorySheetData {
  readonly id?: string;
  readonly name: string;
  /** [A1, value] */
  readonly cells: ReadonlyArray<readonly [string, JsonCellValue]>;
  readonly merges?: readonly string[];
  readonly formats?: ReadonlyArray<readonly [string, CellFormat]>;
  readonly notes?: ReadonlyArray<readonly [string, string]>;
  readonly conditionalFormats?: readonly MemoryConditionalFormat[];
  readonly protected?: boolean;
  readonly columnWidths?: ReadonlyArray<readonly [number, number]>;
  readonly lists?: ReadonlyArray<{ readonly range: string; readonly values: readonly string[] }>;
}

export interface MemoryWorkbookData {
  readonly sheets: readonly MemorySheetData[];
  readonly settings?: Readonly<Record<string, string>>;
  readonly active?: string;
  readonly selection?: { readonly sheet: string; readonly ranges: readonly string[] };
}

const key = (row: number, col: number) => `${row},${col}`;

function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "";
}

export function toJsonValue(v: CellValue): JsonCellValue {
  if (v instanceof Date) return { date: v.toISOString() };
  if (isCellError(v)) return { error: v.error };
  return v;
}

export function fromJsonValue(v: JsonCellValue): CellValue {
  if (v !== null && typeof v === "object")
    return "date" in v ? new Date(v.date) : { error: v.error };
  return v;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  readonly capabilities = { notes: true };
  private sheets: MemorySheet[] = [];
  private settings = new Map<string, string>();
  private active = "";
  private selection: { sheet: string; ranges: string[] } = { sheet: "", ranges: [] };
  private listeners = new Set<(change: SheetChange) => void>();
  private watchers = new Set<() => void>();
  private nextId = 1;
  /** Grows with every change, for views that redraw on change. */
  version = 0;

  /** A workbook of these sheets, the first one active with A1 selected. */
  static fromSheets(sheets: readonly SheetData[]): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const s of sheets) {
      const sheet = wb.addSheet(s.name);
      const origin = s.origin ?? { row: 0, col: 0 };
      s.rows.forEach((row, r) =>
        row.forEach(
          (v, c) => !isEmptyValue(v) && sheet.cells.set(key(origin.row + r, origin.col + c), v)
        )
      );
      sheet.merges.push(...(s.merges ?? []));
    }
    return wb;
  }

  static fromJSON(data: MemoryWorkbookData): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const s of data.sheets) {
      const sheet = wb.addSheet(s.name, s.id);
      for (const [a1, v] of s.cells) {
        const p = fromA1(a1);
        if (p) sheet.cells.set(key(p.row, p.col), fromJsonValue(v));
      }
      for (const m of s.merges ?? []) {
        const a = areaFromA1(m);
        if (a) sheet.merges.push(a);
      }
      for (const [a1, f] of s.formats ?? []) {
        const p = fromA1(a1);
        if (p) sheet.formats.set(key(p.row, p.col), f);
      }
      for (const [a1, text] of s.notes ?? []) sheet.notes.set(a1, text);
      sheet.conditionalFormats.push(...(s.conditionalFormats ?? []));
      sheet.protected = s.protected ?? false;
      for (const [c, w] of s.columnWidths ?? []) sheet.columnWidths.set(c, w);
      for (const l of s.lists ?? []) {
        const a = areaFromA1(l.range);
        if (a) sheet.lists.push({ area: a, values: l.values });
      }
    }
    for (const [k, v] of Object.entries(data.settings ?? {})) wb.settings.set(k, v);
    if (data.active) wb.active = data.active;
    if (data.selection)
      wb.selection = { sheet: data.selection.sheet, ranges: [...data.selection.ranges] };
    return wb;
  }

  toJSON(): MemoryWorkbookData {
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        cells: [...s.cells].map(([k, v]) => [a1Of(k), toJsonValue(v)] as const),
        merges: s.merges.map(areaToA1),
        formats: [...s.formats].map(([k, f]) => [a1Of(k), f] as const),
        notes: [...s.notes],
        conditionalFormats: [...s.conditionalFormats],
        protected: s.protected,
        columnWidths: [...s.columnWidths],
        lists: s.lists.map((l) => ({ range: areaToA1(l.area), values: l.values })),
      })),
      settings: Object.fromEntries(this.settings),
      active: this.active,
      selection: { sheet: this.selection.sheet, ranges: [...this.selection.ranges] },
    };
  }

  // ---- What a user does in Excel (tests and the test page) -------------------------------

  /** Adds an empty sheet (made active if it is the first). */
  addSheet(name: string, id?: string): MemorySheet {
    const sheet: MemorySheet = {
      id: id ?? this.freshId("sheet"),
      name,
      cells: new Map(),
      merges: [],
      formats: new Map(),
      notes: new Map(),
      conditionalFormats: [],
      protected: false,
      columnWidths: new Map(),
      lists: [],
    };
    this.sheets.push(sheet);
    if (this.active === "") {
      this.active = name;
      this.selection = { sheet: name, ranges: ["A1"] };
    }
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.active;
  }

  /** The user activates a sheet and selects ranges on it. */
  userSelect(sheet: string, ranges: readonly string[]): void {
    this.active = sheet;
    this.selection = { sheet, ranges: [...ranges] };
    this.changed();
  }

  currentSelection(): { sheet: string; ranges: readonly string[] } {
    return this.selection;
  }

  /** The user types a value (null clears it): listeners hear of it, as Excel's onChanged. */
  userEdit(sheet: string, cell: string, value: CellValue): void {
    const s = this.sheet(sheet);
    const p = fromA1(cell);
    if (!s || !p) throw new Error(`no cell ${sheet}!${cell}`);
    this.setCell(s, p.row, p.col, value);
    this.changed();
    for (const listener of this.listeners) listener({ sheetId: s.id, address: cell });
  }

  value(sheet: string, cell: string): CellValue {
    const p = fromA1(cell);
    return p ? (this.sheet(sheet)?.cells.get(key(p.row, p.col)) ?? null) : null;
  }

  merges(sheet: string): string[] {
    return (this.sheet(sheet)?.merges ?? []).map(areaToA1);
  }

  format(sheet: string, cell: string): CellFormat | undefined {
    const p = fromA1(cell);
    return p ? this.sheet(sheet)?.formats.get(key(p.row, p.col)) : undefined;
  }

  setFormat(sheet: string, cell: string, format: CellFormat): void {
    const p = fromA1(cell);
    const s = this.sheet(sheet);
    if (p && s) s.formats.set(key(p.row, p.col), format);
    this.changed();
  }

  note(sheet: string, cell: string): string | undefined {
    return this.sheet(sheet)?.notes.get(cell);
  }

  setNote(sheet: string, cell: string, text: string): void {
    this.sheet(sheet)?.notes.set(cell, text);
    this.changed();
  }

  conditionalFormats(sheet: string): readonly MemoryConditionalFormat[] {
    return this.sheet(sheet)?.conditionalFormats ?? [];
  }

  addConditionalFormat(sheet: string, cf: Omit<MemoryConditionalFormat, "id">): void {
    this.sheet(sheet)?.conditionalFormats.push({ ...cf, id: this.freshId("cf") });
    this.changed();
  }

  setProtected(sheet: string, value: boolean): void {
    const s = this.sheet(sheet);
    if (s) s.protected = value;
    this.changed();
  }

  setting(name: string): string | undefined {
    return this.settings.get(name);
  }

  /** How a cell looks: its value, the fill and font colour shown (conditional formats first), its note. */
  cellView(
    sheet: string,
    row: number,
    col: number
  ): { value: CellValue; fill?: string; fontColor?: string; note?: string; format?: CellFormat } {
    const s = this.sheet(sheet);
    if (!s) return { value: null };
    const a1 = toA1(row, col);
    const cf = s.conditionalFormats.find((c) =>
      c.ranges.some((r) => {
        const a = areaFromA1(r);
        return a !== undefined && contains(a, row, col);
      })
    );
    const format = s.formats.get(key(row, col));
    const fill = cf?.fill ?? format?.fill;
    const fontColor = cf?.fontColor ?? format?.fontColor;
    const note = s.notes.get(a1);
    return {
      value: s.cells.get(key(row, col)) ?? null,
      ...(fill ? { fill } : {}),
      ...(fontColor ? { fontColor } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(format ? { format } : {}),
    };
  }

  /** The sheet's used area (values only), or undefined when it is empty. */
  usedArea(sheet: string): Area | undefined {
    const s = this.sheet(sheet);
    return s ? usedArea(s) : undefined;
  }

  // ---- WorkbookPort ------------------------------------------------------------------------

  read(request: ReadRequest = {}): Promise<SheetSnapshot> {
    const s = this.sheet(request.sheet ?? this.active);
    if (!s) return Promise.reject(new Error(`no sheet ${request.sheet ?? this.active}`));
    const related = this.sheets
      .filter(
        (o) =>
          o !== s &&
          (isCapacitySheetName(o.name) || isRulesSheetName(o.name) || isPreferenceSheetName(o.name))
      )
      .map((o) => sheetData(o, usedArea(o)));
    const area = usedArea(s);
    return Promise.resolve({
      sheet: sheetData(s, area),
      sheetId: s.id,
      range: area ? areaToA1(area) : "A1",
      selection: sameSheetName(this.selection.sheet, s.name) ? [...this.selection.ranges] : [],
      protected: s.protected,
      highlighted: parseRecord(this.settings.get(RECORD_KEY)).sheets.some(
        (entry) => entry.id === s.id
      ),
      related,
    });
  }

  select(sheet: string, ranges: readonly string[]): Promise<void> {
    if (this.sheet(sheet)) this.userSelect(sheet, ranges);
    return Promise.resolve();
  }

  applyHighlights(plan: HighlightPlan): Promise<HighlightOutcome> {
    const s = this.sheet(plan.sheet);
    if (!s) return Promise.resolve({ ok: false, reason: "missing-sheet" });
    if (s.protected) return Promise.resolve({ ok: false, reason: "protected" });
    const record = parseRecord(this.settings.get(RECORD_KEY));
    const current = new Map(
      notesToRead(record, s.id, plan).map((cell) => [cell, s.notes.get(cell) ?? null])
    );
    const change = highlightChange(record, { id: s.id, name: s.name }, plan, current, true);
    s.conditionalFormats = s.conditionalFormats.filter((cf) => !isRotaFormula(cf.formula));
    const ours: MemoryConditionalFormat[] = [];
    for (const severity of ["error", "warning"] as const) {
      for (const chunk of chunkAddresses(plan.fills[severity])) {
        ours.push({
          id: this.freshId("cf"),
          ranges: chunk.split(","),
          formula: cfFormula(severity),
          fill: HIGHLIGHT_COLORS[severity].fill,
          fontColor: HIGHLIGHT_COLORS[severity].font,
        });
      }
    }
    // Rota's above the user's: an error must show over the user's own conditional colours.
    s.conditionalFormats = [...ours, ...s.conditionalFormats];
    applyNotes(s, change.writes);
    this.settings.set(RECORD_KEY, serializeRecord(change.record));
    this.changed();
    return Promise.resolve({
      ok: true,
      ranges: plan.fills.error.length + plan.fills.warning.length,
      notes: plan.notes.length,
      notesSupported: true,
    });
  }

  clearHighlights(): Promise<ClearOutcome> {
    const record = parseRecord(this.settings.get(RECORD_KEY));
    const cleared: string[] = [];
    const skipped: Array<{ sheet: string; reason: "protected" | "failed" }> = [];
    const kept = [];
    for (const entry of record.sheets) {
      const s = this.sheets.find((x) => x.id === entry.id);
      if (!s) continue; // the sheet is gone, and its highlights with it
      if (s.protected) {
        skipped.push({ sheet: s.name, reason: "protected" });
        kept.push(entry);
        continue;
      }
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !isRotaFormula(cf.formula));
      applyNotes(
        s,
        clearChange(entry, new Map(entry.notes.map((n) => [n.cell, s.notes.get(n.cell) ?? null])))
      );
      cleared.push(s.name);
    }
    if (kept.length > 0)
      this.settings.set(RECORD_KEY, serializeRecord({ version: 1, sheets: kept }));
    else this.settings.delete(RECORD_KEY);
    this.changed();
    return Promise.resolve({ cleared, skipped });
  }

  write(w: BlockWrite): Promise<WriteOutcome> {
    let s: MemorySheet;
    if (w.target.kind === "new-sheet") {
      s = this.addSheet(
        uniqueSheetName(w.target.name, (n) => this.sheets.some((x) => sameSheetName(x.name, n)))
      );
    } else {
      const found = this.sheet(w.target.sheet);
      if (!found) return Promise.resolve({ ok: false, reason: "missing-sheet" });
      if (found.protected) return Promise.resolve({ ok: false, reason: "protected" });
      if (!sameValues(valuesOver(found, w.target.expect.area), w.target.expect.values))
        return Promise.resolve({ ok: false, reason: "changed" });
      s = found;
    }
    s.merges = s.merges.filter(
      (m) =>
        !w.unmerge.some(
          (u) =>
            u.top === m.top && u.left === m.left && u.bottom === m.bottom && u.right === m.right
        )
    );
    let bounds: Area | undefined;
    for (const block of w.blocks) {
      block.values.forEach((row, r) =>
        row.forEach((v, c) => this.setCell(s, block.top + r, block.left + c, v))
      );
      const area = {
        top: block.top,
        left: block.left,
        bottom: block.top + block.values.length - 1,
        right: block.left + Math.max(1, ...block.values.map((r) => r.length)) - 1,
      };
      bounds = bounds
        ? {
            top: Math.min(bounds.top, area.top),
            left: Math.min(bounds.left, area.left),
            bottom: Math.max(bounds.bottom, area.bottom),
            right: Math.max(bounds.right, area.right),
          }
        : area;
    }
    for (const m of w.merges) {
      // As Excel: the top-left value stays, the others go.
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++)
          if (r !== m.top || c !== m.left) s.cells.delete(key(r, c));
      s.merges.push(m);
    }
    for (const { area, format } of w.formats) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          s.formats.set(key(r, c), { ...s.formats.get(key(r, c)), ...format });
    }
    for (const { col, chars } of w.columnWidths) s.columnWidths.set(col, chars);
    s.lists.push(...w.lists.map((l) => ({ area: l.area, values: l.values })));
    this.active = s.name;
    if (w.select) this.selection = { sheet: s.name, ranges: [areaToA1(w.select)] };
    this.changed();
    return Promise.resolve({ ok: true, sheet: s.name, range: bounds ? areaToA1(bounds) : "A1" });
  }

  onChange(listener: (change: SheetChange) => void): Promise<() => Promise<void>> {
    this.listeners.add(listener);
    return Promise.resolve(() => {
      this.listeners.delete(listener);
      return Promise.resolve();
    });
  }

  /** Calls `fn` after every change of any kind (the test page's sheet view redraws). */
  subscribe(fn: () => void): () => void {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  // ---- Internals -------------------------------------------------------------------------

  private changed(): void {
    this.version++;
    for (const fn of this.watchers) fn();
  }

  private sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  /** An id no sheet or conditional format has yet (ids read from a saved workbook included). */
  private freshId(prefix: string): string {
    const used = new Set(
      this.sheets.flatMap((s) => [s.id, ...s.conditionalFormats.map((c) => c.id)])
    );
    let id: string;
    do id = `{${prefix}-${this.nextId++}}`;
    while (used.has(id));
    return id;
  }

  private setCell(s: MemorySheet, row: number, col: number, value: CellValue): void {
    if (isEmptyValue(value)) s.cells.delete(key(row, col));
    else s.cells.set(key(row, col), value);
  }
}

function a1Of(k: string): string {
  const [r, c] = k.split(",").map(Number) as [number, number];
  return toA1(r, c);
}

function usedArea(s: MemorySheet): Area | undefined {
  let area: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const k of s.cells.keys()) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (!area) area = { top: r, left: c, bottom: r, right: c };
    else {
      if (r < area.top) area.top = r;
      if (r > area.bottom) area.bottom = r;
      if (c < area.left) area.left = c;
      if (c > area.right) area.right = c;
    }
  }
  return area;
}

function valuesOver(s: MemorySheet, area: Area): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(s.cells.get(key(r, c)) ?? null);
    rows.push(row);
  }
  return rows;
}

function sheetData(s: MemorySheet, area: Area | undefined): SheetData {
  if (!area) return { name: s.name, rows: [], origin: { row: 0, col: 0 }, merges: [...s.merges] };
  return {
    name: s.name,
    rows: valuesOver(s, area),
    origin: { row: area.top, col: area.left },
    merges: s.merges.filter((m) => intersects(m, area)),
  };
}

function applyNotes(s: MemorySheet, writes: readonly NoteWrite[]): void {
  for (const w of writes) {
    if (w.content === null) s.notes.delete(w.cell);
    else s.notes.set(w.cell, w.content);
  }
}
