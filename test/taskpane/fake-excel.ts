/**
 * A workbook behind Excel's JavaScript API, made of office-addin-mock objects: enough of the API
 * for the task pane's office.js adapter (src/taskpane/workbook/office.ts), with the behaviour a
 * test needs to see what the adapter did to the workbook.
 *
 * - Every object is an `OfficeMockObject`: a property read before `load` and `context.sync()`
 *   gives office-addin-mock's "not loaded" text instead of a value, so a missing load shows.
 * - Collections (`worksheets`, `conditionalFormats`) answer `load("items/…")` with items that
 *   carry only the properties named, after the next sync.
 * - Methods act on the workbook's state when called, property writes (`range.values = …`,
 *   `note.content = …`, `cf.custom.rule.formula = …`) when the batch is synced, as in Excel.
 * - `context.sync` is spied on: {@link FakeExcel.syncs} counts round trips.
 * - `isNullObject` is readable after any sync, as in office.js.
 */
import { OfficeMockObject } from "office-addin-mock";
import { areaFromA1, areaToA1, cellText, fromA1, type Area, type CellValue, type SheetData } from "../../src/engine";

export interface FakeCf {
  readonly id: string;
  type: string;
  ranges: string[];
  formula?: string;
  fill?: string;
  font?: string;
  stopIfTrue?: boolean;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  values: Map<string, string | number | boolean>;
  merges: Area[];
  protected: boolean;
  notes: Map<string, string>;
  /** In priority order. */
  cfs: FakeCf[];
  formats: Map<string, Record<string, unknown>>;
  validation: Array<{ range: string; rule: unknown }>;
  columnWidths: Map<number, number>;
}

type Handler = (event: Record<string, unknown>) => Promise<void>;
type Mock = OfficeMockObject & Record<string, unknown>;

const NOT_LOADED = /^Error, /;
const key = (r: number, c: number) => `${r},${c}`;
const quote = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  /** The active sheet's id. */
  active = "";
  /** The selection: a sheet id and an address of one or more areas ("D7:F7,H9"). */
  selection = { sheetId: "", address: "A1" };
  /**
   * Whether `RangeAreas.select` exists (ExcelApi 1.18). Without it, as on Office 2021 or LTSC 2024,
   * calling it fails the batch's sync with office.js's `ApiNotFound`.
   */
  rangeAreasSelect = true;
  /** An error the next `context.sync` throws, as office.js reports a failed batch there. */
  private failNextSync: Error | undefined;
  readonly handlers: Handler[] = [];
  readonly context: Mock;
  readonly syncs: jest.SpyInstance;
  private nextId = 1;
  private created: OfficeMockObject[] = [];
  private tracked: Array<{ obj: Record<string, unknown>; prop: string; baseline: unknown; apply: (value: unknown) => void }> = [];
  private atSync: Array<() => void> = [];

  constructor(sheets: readonly SheetData[] = []) {
    for (const s of sheets) this.addSheet(s);
    this.context = this.buildContext();
    this.syncs = jest.spyOn(this.context as unknown as { sync: () => Promise<void> }, "sync");
  }

  /** `Excel.run` for the adapter. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context as unknown as Excel.RequestContext);

  // ---- The workbook's state ------------------------------------------------------------------

  addSheet(data: SheetData): FakeSheet {
    const origin = data.origin ?? { row: 0, col: 0 };
    const sheet: FakeSheet = {
      id: `{${String(this.nextId++).padStart(8, "0")}-0000-0000-0000-000000000000}`,
      name: data.name,
      values: new Map(),
      merges: [...(data.merges ?? [])],
      protected: false,
      notes: new Map(),
      cfs: [],
      formats: new Map(),
      validation: [],
      columnWidths: new Map(),
    };
    data.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const x = toExcelValue(v);
        if (x !== "") sheet.values.set(key(origin.row + r, origin.col + c), x);
      }),
    );
    this.sheets.push(sheet);
    if (this.active === "") {
      this.active = sheet.id;
      this.selection = { sheetId: sheet.id, address: "A1" };
    }
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  value(sheet: string, cell: string): string | number | boolean | undefined {
    const p = fromA1(cell)!;
    return this.sheet(sheet).values.get(key(p.row, p.col));
  }

  setValue(sheet: string, cell: string, value: string | number): void {
    const p = fromA1(cell)!;
    this.sheet(sheet).values.set(key(p.row, p.col), value);
  }

  /** A user's change, as Excel announces it to `worksheets.onChanged`. */
  async userEdit(sheet: string, cell: string, value: string, triggerSource = "Unknown"): Promise<void> {
    this.setValue(sheet, cell, value);
    for (const h of this.handlers) await h({ worksheetId: this.sheet(sheet).id, address: cell, changeType: "RangeEdited", source: "Local", triggerSource, type: "WorksheetChanged" });
  }

  /** What a user sees of a sheet's state (for before/after comparisons). */
  snapshot(name: string): unknown {
    const s = this.sheet(name);
    return {
      values: [...s.values].sort(),
      merges: s.merges.map(areaToA1).sort(),
      notes: [...s.notes].sort(),
      cfs: s.cfs.map((cf) => ({ ...cf })),
      formats: [...s.formats].sort(),
      protected: s.protected,
    };
  }

  // ---- office-addin-mock objects -------------------------------------------------------------

  private make(data: Record<string, unknown>, plain: Record<string, unknown> = {}): Mock {
    const mock = new OfficeMockObject(data) as Mock;
    for (const [k, v] of Object.entries(plain)) Object.defineProperty(mock, k, { value: v, writable: true, enumerable: true });
    this.created.push(mock);
    return mock;
  }

  /** Applies a write to `obj[prop]` when the batch is synced. */
  private track(obj: unknown, prop: string, apply: (value: unknown) => void): void {
    const o = obj as Record<string, unknown>;
    this.tracked.push({ obj: o, prop, baseline: o[prop], apply });
  }

  private async sync(): Promise<void> {
    const failure = this.failNextSync;
    if (failure) {
      this.failNextSync = undefined;
      this.atSync.splice(0);
      throw failure;
    }
    // Property writes since the last sync, in the order the objects were made.
    for (const t of this.tracked) {
      const now = t.obj[t.prop];
      if (now !== t.baseline && !(typeof now === "string" && NOT_LOADED.test(now))) t.apply(now);
    }
    this.finishMerges();
    for (const fn of this.atSync.splice(0)) fn();
    for (const mock of this.created) await mock.sync();
    await new Promise((resolve) => setTimeout(resolve, 0)); // office-addin-mock updates parents in microtasks
    for (const t of this.tracked) t.baseline = t.obj[t.prop];
  }

  /** As Excel: a merged area keeps the value of its top-left cell only. */
  private finishMerges(): void {
    for (const s of this.sheets) for (const m of s.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) s.values.delete(key(r, c));
  }

  private buildContext(): Mock {
    const fx = this;
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getActiveWorksheet: () => fx.worksheet(fx.sheets.find((s) => s.id === fx.active)!),
          getItem: (name: string) => {
            const s = fx.sheets.find((x) => x.name === name || x.id === name);
            if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
            return fx.worksheet(s);
          },
          getItemOrNullObject: (name: string) => {
            const s = fx.sheets.find((x) => x.name === name || x.id === name);
            return s ? fx.worksheet(s) : fx.make({ name: "", id: "" }, { isNullObject: true });
          },
          add: (name: string) => fx.worksheet(fx.addSheet({ name, rows: [] })),
          load: function (this: Mock, props: string) {
            const wanted = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
            fx.atSync.push(() => {
              this.items = fx.sheets.map((s) => Object.fromEntries(wanted.map((p) => [p, (s as unknown as Record<string, unknown>)[p]])));
            });
            return this;
          },
          onChanged: {
            add: (handler: Handler) => {
              fx.handlers.push(handler);
              return { context: fx.context, remove: () => fx.handlers.splice(fx.handlers.indexOf(handler), 1) };
            },
          },
        },
        settings: {
          getItemOrNullObject: (k: string) => fx.make({ value: fx.settings.has(k) ? fx.settings.get(k) : "", delete: () => fx.settings.delete(k) }, { isNullObject: !fx.settings.has(k) }),
          add: (k: string, value: unknown) => {
            fx.settings.set(k, value);
            return {};
          },
        },
        getSelectedRanges: () => {
          const s = fx.sheets.find((x) => x.id === fx.selection.sheetId)!;
          return fx.make({ address: fx.selection.address.split(",").map((a) => `${quote(s.name)}!${a}`).join(",") });
        },
      },
    }) as Mock;
    context.sync = () => fx.sync();
    return context;
  }

  private worksheet(s: FakeSheet): Mock {
    const fx = this;
    const m = this.make(
      {
        id: s.id,
        name: s.name,
        protection: { protected: s.protected },
        getUsedRange: () => fx.range(s, usedArea(s) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
        getRange: (address?: string) => (address === undefined ? fx.wholeSheet(s) : fx.range(s, areaFromA1(address)!)),
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => fx.range(s, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 }),
        getRanges: (address: string) => fx.rangeAreas(s, address),
        notes: {
          getItemOrNullObject: (cell: string) => fx.note(s, cell),
          add: (cell: string, content: string) => {
            s.notes.set(cell, content);
            return {};
          },
        },
        activate: () => {
          fx.active = s.id;
        },
      },
      { isNullObject: false },
    );
    return m;
  }

  private wholeSheet(s: FakeSheet): Mock {
    return this.make({ conditionalFormats: this.cfCollection(s, undefined) });
  }

  private cfCollection(s: FakeSheet, ranges: string[] | undefined): Record<string, unknown> {
    const fx = this;
    return {
      add: (type: string) => fx.addCf(s, ranges ?? ["A1"], type),
      load: function (this: Mock, props: string) {
        const wanted = new Set(props.split(",").map((p) => p.trim()));
        fx.atSync.push(() => {
          this.items = s.cfs.map((cf) => {
            const item: Record<string, unknown> = { delete: () => s.cfs.splice(s.cfs.indexOf(cf), 1) };
            if (wanted.has("items/type")) item.type = cf.type;
            if (wanted.has("items/customOrNullObject/rule/formula")) item.customOrNullObject = cf.type === "Custom" ? { isNullObject: false, rule: { formula: cf.formula } } : { isNullObject: true };
            return item;
          });
        });
        return this;
      },
    };
  }

  private addCf(s: FakeSheet, ranges: string[], type: string): Mock {
    const cf: FakeCf = { id: `{cf-${this.nextId++}}`, type, ranges };
    s.cfs.unshift(cf); // Excel adds a conditional format at the top priority
    const m = this.make({ id: cf.id, type, priority: 0, stopIfTrue: false, custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } } });
    const custom = m.custom as Mock;
    this.track(custom.rule, "formula", (v) => (cf.formula = String(v)));
    this.track((custom.format as Mock).fill, "color", (v) => (cf.fill = String(v)));
    this.track((custom.format as Mock).font, "color", (v) => (cf.font = String(v)));
    this.track(m, "stopIfTrue", (v) => (cf.stopIfTrue = Boolean(v)));
    this.track(m, "priority", (v) => {
      s.cfs.splice(s.cfs.indexOf(cf), 1);
      s.cfs.splice(Number(v), 0, cf);
    });
    return m;
  }

  private rangeAreas(s: FakeSheet, address: string): Mock {
    const fx = this;
    const ranges = address.split(",").map((a) => a.trim());
    return this.make({
      conditionalFormats: this.cfCollection(s, ranges),
      select: () => {
        if (!fx.rangeAreasSelect) {
          fx.failNextSync = Object.assign(new Error("This API is not supported on this platform."), { code: "ApiNotFound" });
          return;
        }
        fx.active = s.id;
        fx.selection = { sheetId: s.id, address: ranges.join(",") };
      },
    });
  }

  private note(s: FakeSheet, cell: string): Mock {
    const m = this.make({ content: s.notes.get(cell) ?? "", delete: () => s.notes.delete(cell) }, { isNullObject: !s.notes.has(cell) });
    this.track(m, "content", (v) => s.notes.set(cell, String(v)));
    return m;
  }

  private range(s: FakeSheet, area: Area): Mock {
    const fx = this;
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.values.get(key(area.top + r, area.left + c)) ?? ""));
    const m = this.make({
      address: `${quote(s.name)}!${areaToA1(area)}`,
      rowIndex: area.top,
      columnIndex: area.left,
      values,
      numberFormat: [["General"]],
      getMergedAreasOrNullObject: () => {
        const merges = s.merges.filter((x) => intersects(x, area));
        return fx.make({ address: merges.map((x) => `${quote(s.name)}!${areaToA1(x)}`).join(",") }, { isNullObject: merges.length === 0 });
      },
      conditionalFormats: this.cfCollection(s, [areaToA1(area)]),
      merge: () => {
        s.merges.push(area);
      },
      unmerge: () => {
        s.merges = s.merges.filter((x) => !intersects(x, area));
      },
      select: () => {
        fx.active = s.id;
        fx.selection = { sheetId: s.id, address: areaToA1(area) };
      },
      format: {
        font: { bold: false, italic: false, size: 11, color: "#000000" },
        fill: { color: "#FFFFFF" },
        wrapText: false,
        horizontalAlignment: "General",
        verticalAlignment: "Bottom",
        columnWidth: 48,
        autofitRows: () => undefined,
      },
      dataValidation: { rule: { list: { source: "" } } },
    });
    const each = (fn: (r: number, c: number) => void) => {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
    };
    const setFormat = (name: string) => (v: unknown) => each((r, c) => s.formats.set(key(r, c), { ...s.formats.get(key(r, c)), [name]: v }));
    this.track(m, "values", (v) => {
      const block = v as unknown[][];
      each((r, c) => {
        const x = block[r - area.top]?.[c - area.left];
        const text = typeof x === "string" && x.startsWith("'") ? x.slice(1) : x;
        if (text === "" || text === undefined || text === null) s.values.delete(key(r, c));
        else s.values.set(key(r, c), text as string | number | boolean);
      });
    });
    this.track(m, "numberFormat", (v) => setFormat("numberFormat")((v as string[][])[0]![0]));
    const format = m.format as Mock;
    for (const p of ["bold", "italic", "size", "color"]) this.track(format.font, p, setFormat(`font.${p}`));
    this.track(format.fill, "color", setFormat("fill"));
    for (const p of ["wrapText", "horizontalAlignment", "verticalAlignment"]) this.track(format, p, setFormat(p));
    this.track(format, "columnWidth", (v) => s.columnWidths.set(area.left, Number(v)));
    this.track(m.dataValidation, "rule", (v) => s.validation.push({ range: areaToA1(area), rule: v }));
    return m;
  }
}

function usedArea(s: FakeSheet): Area | undefined {
  let area: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const k of s.values.keys()) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (!area) area = { top: r, left: c, bottom: r, right: c };
    else {
      area.top = Math.min(area.top, r);
      area.bottom = Math.max(area.bottom, r);
      area.left = Math.min(area.left, c);
      area.right = Math.max(area.right, c);
    }
  }
  return area;
}

/** A value as Excel keeps it: dates as serial numbers, errors as their text. */
function toExcelValue(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (v instanceof Date) return Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (typeof v === "object") return cellText(v);
  return v;
}

