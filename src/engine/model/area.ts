import type { Area } from "./sheet";

/**
 * Rectangles of cells (0-based, inclusive), as merges and ranges are: the arithmetic every writer
 * and reader of areas needs, in one place.
 */

/** Whether a cell lies in an area. */
export function containsCell(area: Area, row: number, col: number): boolean {
  return area.top <= row && row <= area.bottom && area.left <= col && col <= area.right;
}

/** Whether two areas share a cell. */
export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Whether two areas are the same cells. */
export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
