/**
 * A sheet as the clinician-scientist reader walks it: values by absolute position (a merged area's
 * value seen from each of its cells when asked), A1 addresses, bounds.
 */
import { toA1 } from "../model/address";
import type { CellValue } from "../model/cell";
import type { Area, SheetData } from "../model/sheet";

export class CsGrid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeOf = new Map<string, Area>();

  constructor(readonly sheet: SheetData) {
    this.top = sheet.origin?.row ?? 0;
    this.left = sheet.origin?.col ?? 0;
    this.bottom = this.top + sheet.rows.length - 1;
    this.right = this.left + Math.max(0, ...sheet.rows.map((r) => r.length)) - 1;
    for (const area of sheet.merges ?? []) {
      // Index only what we read: a huge merge (a whole column) would be costly and says nothing.
      if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 400) continue;
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) this.mergeOf.set(`${r},${c}`, area);
    }
  }

  /** The value at an absolute (row, col) as stored: null under a merge's top-left. */
  raw(row: number, col: number): CellValue {
    const r = this.sheet.rows[row - this.top];
    const v = r?.[col - this.left];
    return v === undefined ? null : v;
  }

  /** The value seen at (row, col): a merged area's value from any of its cells. */
  value(row: number, col: number): CellValue {
    const area = this.mergeOf.get(`${row},${col}`);
    return area ? this.raw(area.top, area.left) : this.raw(row, col);
  }

  /** The A1 address showing (row, col): a merged area's top-left. */
  address(row: number, col: number): string {
    const area = this.mergeOf.get(`${row},${col}`);
    return area ? toA1(area.top, area.left) : toA1(row, col);
  }

  /** The merged area holding (row, col), if any. */
  merge(row: number, col: number): Area | undefined {
    return this.mergeOf.get(`${row},${col}`);
  }

  /** Last column of a row (absolute), -1 when empty. */
  rowEnd(row: number): number {
    const r = this.sheet.rows[row - this.top];
    return r ? this.left + r.length - 1 : this.left - 1;
  }
}
