import { cellText, type CellValue } from "../model/cell";
import type { Area, SheetData } from "../model/sheet";
import { normalizeText } from "../text/normalize";

const KEY = 1 << 15;

/**
 * A sheet in absolute coordinates with its merges resolved: every cell of a merged area reads as
 * the area's top-left value, the way a person sees it.
 */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** One past the last row / column. */
  readonly end: number;
  readonly right: number;
  private readonly rows: SheetData["rows"];
  private readonly mergeByCell = new Map<number, Area>();

  constructor(sheet: SheetData) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.top = sheet.origin?.row ?? 0;
    this.left = sheet.origin?.col ?? 0;
    this.end = this.top + sheet.rows.length;
    let width = 0;
    for (const row of sheet.rows) if (row.length > width) width = row.length;
    this.right = this.left + width;
    for (const area of sheet.merges ?? []) {
      if (area.top === area.bottom && area.left === area.right) continue;
      // Only the cells with data can be read: a merge over whole columns must not cost a map entry per cell.
      for (let r = Math.max(area.top, this.top); r <= Math.min(area.bottom, this.end - 1); r++) {
        for (let c = Math.max(area.left, this.left); c <= Math.min(area.right, this.right - 1); c++) this.mergeByCell.set(r * KEY + c, area);
      }
    }
  }

  /** The value stored in the cell itself (a merged area's other cells are empty). */
  raw(row: number, col: number): CellValue {
    const value = this.rows[row - this.top]?.[col - this.left];
    return value === undefined || value === "" ? null : value;
  }

  /** The value a person sees in the cell: a merged area's value in each of its cells. */
  value(row: number, col: number): CellValue {
    const area = this.mergeByCell.get(row * KEY + col);
    if (area && (area.top !== row || area.left !== col)) {
      // A merge that starts outside the data (a partial range from a custom function) reads as empty.
      return this.raw(area.top, area.left);
    }
    return this.raw(row, col);
  }

  /** The merged area a cell belongs to, if any. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.mergeByCell.get(row * KEY + col);
  }

  /** Whether the cell is a merged area's cell other than its top-left one, in a row below the top. */
  continuesAbove(row: number, col: number): boolean {
    const area = this.mergeByCell.get(row * KEY + col);
    return area !== undefined && area.top < row;
  }

  /** Normalised text of what a person sees (NFKC, no spaces). */
  key(row: number, col: number): string {
    return normalizeText(cellText(this.value(row, col)));
  }
}
