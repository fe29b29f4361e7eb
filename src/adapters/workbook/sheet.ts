/**
 * One worksheet's XML to the engine's {@link SheetData}, in one streaming pass: the values of
 * `<sheetData>` and the areas of `<mergeCells>`. Costs the size of the XML and the cells it holds;
 * a merge costs nothing beyond its entry (see {@link cleanMerges}).
 */
import { UNCALCULATED, type CellValue } from "../../engine/model/cell";
import { fromSerial, type DateSystem } from "../../engine/model/excel-date";
import type { Area, SheetData } from "../../engine/model/sheet";
import { cleanMerges } from "./merges";
import { PART_PROBLEM, PartError } from "./part-error";
import { parseXml, type XmlReader } from "./xml";

export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly dateSystem: DateSystem;
}

/** Excel's last row and column (0-based). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/**
 * Reads a worksheet part. Values as {@link CellValue}: shared, inline and rich text (runs joined,
 * phonetic readings left out), numbers, dates (a number in a date style, either date system, or an
 * ISO `t="d"` cell), booleans, errors, and a formula's saved result. A formula with no saved result
 * is a {@link CellValue} error `#UNCALCULATED` carrying the formula, so that the engine can say so
 * instead of seeing an empty cell.
 */
export function readSheet(name: string, part: string, bytes: Uint8Array, ctx: SheetContext): SheetData {
  const { rows, merges } = parseXml(part, bytes, () => sheetReader(part, ctx));
  const areas = cleanMerges(merges);
  clearUnderMerges(rows, areas);
  return { name, rows, origin: { row: 0, col: 0 }, merges: areas };
}

/** The handlers that read one worksheet part, with their own state (a second reading starts afresh). */
function sheetReader(part: string, ctx: SheetContext): XmlReader<{ rows: CellValue[][]; merges: Area[] }> {
  const rows: CellValue[][] = [];
  const merges: Area[] = [];
  let row = -1;
  let col = -1;
  // The cell being read.
  let type = "";
  let style = 0;
  let value = "";
  let formula: string | undefined;
  let hasValue = false;
  let into: "v" | "f" | "t" | undefined;
  let inInline = false;
  let phonetic = 0;

  const put = (r: number, c: number, v: CellValue): void => {
    if (v === null) return;
    let cells = rows[r];
    if (!cells) {
      while (rows.length < r) rows.push([]);
      rows[r] = cells = [];
    }
    while (cells.length < c) cells.push(null);
    cells[c] = v;
  };

  return {
    open(tag, a) {
      switch (tag) {
        case "row": {
          const r = a["r"];
          row = r === undefined ? row + 1 : Number(r) - 1;
          if (!Number.isInteger(row) || row < 0 || row > MAX_ROW) throw new PartError(part, PART_PROBLEM.badCellRef(`row ${r}`));
          col = -1;
          return;
        }
        case "c": {
          const ref = a["r"];
          if (ref === undefined) col++;
          else {
            const at = cellRef(ref);
            if (!at) throw new PartError(part, PART_PROBLEM.badCellRef(ref));
            row = at.row;
            col = at.col;
          }
          type = a["t"] ?? "n";
          style = a["s"] === undefined ? 0 : Number(a["s"]);
          value = "";
          formula = undefined;
          hasValue = false;
          inInline = false;
          return;
        }
        case "v":
          into = "v";
          hasValue = true;
          return;
        case "f":
          into = "f";
          formula ??= "";
          return;
        case "is":
          inInline = true;
          hasValue = true;
          return;
        case "t":
          if (inInline && phonetic === 0) into = "t";
          return;
        case "rPh":
          phonetic++;
          return;
        case "mergeCell": {
          const area = a["ref"] ? areaRef(a["ref"]) : undefined;
          if (area) merges.push(area);
          return;
        }
        default:
          return;
      }
    },
    text(t) {
      if (into === "v" || into === "t") value += t;
      else if (into === "f") formula += t;
    },
    close(tag) {
      switch (tag) {
        case "v":
        case "f":
        case "t":
          into = undefined;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          if (row < 0) row = 0;
          put(row, col, cellOf(part, type, style, value, hasValue, formula, ctx));
          return;
        default:
          return;
      }
    },
    end: () => ({ rows, merges }),
  };
}

/** `A1:B2` (or a single `A1`) → a 0-based area, corners in any order; undefined when unreadable. */
function areaRef(ref: string): Area | undefined {
  const colon = ref.indexOf(":");
  const a = cellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : cellRef(ref.slice(colon + 1));
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A1 (or $A$1) → 0-based position within Excel's grid, or undefined. */
function cellRef(ref: string): { row: number; col: number } | undefined {
  if (ref.includes("$")) ref = ref.replace(/\$/g, "");
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower-case letters
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === 0 || i > 3 || i === ref.length) return undefined;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL) return undefined;
  return { row: row - 1, col: col - 1 };
}

function cellOf(part: string, type: string, style: number, value: string, hasValue: boolean, formula: string | undefined, ctx: SheetContext): CellValue {
  if (!hasValue) return formula !== undefined && formula.trim() !== "" ? { error: UNCALCULATED, formula } : null;
  switch (type) {
    case "s": {
      const text = ctx.strings[Number(value)];
      if (text === undefined) throw new PartError(part, PART_PROBLEM.badSharedString(value.trim()));
      return text === "" ? null : text;
    }
    case "str":
    case "inlineStr":
      return value === "" ? null : value;
    case "b":
      return value.trim() === "" ? null : Number(value) !== 0;
    case "e":
      return value === "" ? null : { error: value };
    case "d": {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
      return Number.isNaN(date.getTime()) ? null : date;
    }
    default: {
      if (value.trim() === "") return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return null;
      return ctx.dateStyles[style] ? fromSerial(n, ctx.dateSystem) : n;
    }
  }
}

/**
 * Only a merge's top-left cell shows a value, as in Excel: a value stored in one of the other
 * cells is hidden and dropped. Costs the cells the sheet holds under merges, not the merges' areas.
 */
export function clearUnderMerges(rows: CellValue[][], areas: readonly Area[]): void {
  for (const area of areas) {
    const last = Math.min(area.bottom, rows.length - 1);
    for (let r = area.top; r <= last; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const end = Math.min(area.right, cells.length - 1);
      for (let c = area.left; c <= end; c++) if (r !== area.top || c !== area.left) cells[c] = null;
    }
  }
  for (const cells of rows) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
}
