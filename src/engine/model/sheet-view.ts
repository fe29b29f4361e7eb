import { toA1 } from "./address";
import { cellText, type CellValue } from "./cell";
import type { Area, SheetData } from "./sheet";
import { normalizeText } from "../text/normalize";

/**
 * A sheet in absolute coordinates with its merges resolved: every cell of a merged area reads as
 * the area's top-left value, the way a person sees it. The one sheet reader of the engine (the
 * grid detector and the clinician-scientist reader both walk it).
 *
 * Bounds are half-open: rows `top … end - 1`, columns `left … right - 1` (the widest row).
 *
 * Building it costs the used range, never a merge's area: a merge is indexed only where it
 * overlaps the cells that hold data, so `A1:XFD1048576` over a cover sheet or an empty merge far to
 * the right costs nothing more than the sheet's own cells (each merge costs the used rows it crosses).
 */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** One past the last row. */
  readonly end: number;
  /** One past the last column of the widest row. */
  readonly right: number;
  private readonly rows: SheetData["rows"];
  /** Per row, the merged areas crossing it, sorted by their left column. */
  private readonly mergesByRow = new Map<number, Area[]>();

  constructor(readonly sheet: SheetData) {
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
      // Only cells within the used range can be read: a merge is listed on the used rows it
      // crosses, whatever its width, and not at all when it lies outside them.
      if (area.left >= this.right || area.right < this.left) continue;
      const lastRow = Math.min(area.bottom, this.end - 1);
      for (let r = Math.max(area.top, this.top); r <= lastRow; r++) {
        let list = this.mergesByRow.get(r);
        if (!list) this.mergesByRow.set(r, (list = []));
        list.push(area);
      }
    }
    for (const list of this.mergesByRow.values()) if (list.length > 1) list.sort((a, b) => a.left - b.left);
  }

  /** The value stored in the cell itself (a merged area's other cells are empty). */
  raw(row: number, col: number): CellValue {
    const value = this.rows[row - this.top]?.[col - this.left];
    return value === undefined || value === "" ? null : value;
  }

  /** The value a person sees in the cell: a merged area's value in each of its cells. */
  value(row: number, col: number): CellValue {
    const area = this.mergeAt(row, col);
    if (area && (area.top !== row || area.left !== col)) {
      // A merge that starts outside the data (a partial range from a custom function) reads as empty.
      return this.raw(area.top, area.left);
    }
    return this.raw(row, col);
  }

  /** The merged area a cell belongs to, if any (cells beyond the used range report none). */
  mergeAt(row: number, col: number): Area | undefined {
    const list = this.mergesByRow.get(row);
    if (!list || col < this.left || col >= this.right) return undefined;
    // The last area starting at or before the column; merges never overlap (readers drop the ones that do).
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const candidate = list[mid];
      if (candidate && candidate.left <= col) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const area = found >= 0 ? list[found] : undefined;
    return area && col <= area.right ? area : undefined;
  }

  /** Whether the cell is a merged area's cell other than its top-left one, in a row below the top. */
  continuesAbove(row: number, col: number): boolean {
    const area = this.mergeAt(row, col);
    return area !== undefined && area.top < row;
  }

  /** Normalised text of what a person sees (NFKC, no spaces). */
  key(row: number, col: number): string {
    return normalizeText(cellText(this.value(row, col)));
  }

  /** The A1 address that shows (row, col): its merged area's top-left, else itself. */
  address(row: number, col: number): string {
    const area = this.mergeAt(row, col);
    return area ? toA1(area.top, area.left) : toA1(row, col);
  }

  /** One past the last column of a row that holds a cell (`left` when the row is empty). */
  rowEnd(row: number): number {
    return this.left + (this.rows[row - this.top]?.length ?? 0);
  }
}
