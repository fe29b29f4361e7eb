import {
  intersects,
  parseRangeAddress,
  type Area,
  type CellValue,
  type Severity,
  type SheetData,
} from "../engine";
import type { MergeInfo } from "../addin/readers";
import { fingerprint } from "./memo";
import { MESSAGES, type Bilingual } from "./messages";
import { isEmpty, toCellValue } from "./values";

/**
 * A grid argument made ready for the engine: values converted, trailing empty rows and columns
 * trimmed (a whole-column reference hands over a million rows), and placed on its sheet from the
 * parameter's address so that findings name the sheet's cells, not the argument's.
 */
export interface PreparedGrid {
  /** The sheet the argument is on; "" when the argument is not a range (an array expression). */
  readonly sheet: string;
  /** Whether the address was known: without it, A1 is the argument's top-left corner. */
  readonly located: boolean;
  readonly origin: { readonly row: number; readonly col: number };
  /** Trimmed rows, ragged rows padded to `width`. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  readonly width: number;
  /** Where the trimmed rows sit on the sheet (0-based, inclusive). */
  readonly area: Area;
  /** Content and position fingerprint: equal keys, equal grids. */
  readonly key: string;
  /** Per row (0-based, into `rows`), the column of its first filled cell; -1 for an empty row. */
  readonly firstFilled: readonly number[];
}

function rawEmpty(value: unknown): boolean {
  return value === "" || value === null || value === undefined || isEmpty(toCellValue(value));
}

/** Prepares a grid argument; undefined when it holds nothing at all. */
export function prepareGrid(value: unknown, address: string | undefined): PreparedGrid | undefined {
  const raw: ReadonlyArray<unknown> = Array.isArray(value) ? value : [[value]];
  let last = raw.length - 1;
  while (last >= 0) {
    const row = raw[last];
    const cells: ReadonlyArray<unknown> = Array.isArray(row) ? row : [row];
    if (!cells.every(rawEmpty)) break;
    last--;
  }
  if (last < 0) return undefined;

  let width = 0;
  const converted: CellValue[][] = [];
  for (let r = 0; r <= last; r++) {
    const row = raw[r];
    const cells = (Array.isArray(row) ? row : [row]).map(toCellValue);
    for (let c = cells.length - 1; c >= width; c--) {
      if (!isEmpty(cells[c] ?? null)) {
        width = c + 1;
        break;
      }
    }
    converted.push(cells);
  }
  const rows = converted.map((cells) => {
    if (cells.length > width) return cells.slice(0, width);
    while (cells.length < width) cells.push(null);
    return cells;
  });

  const firstFilled = rows.map((cells) => cells.findIndex((cell) => !isEmpty(cell)));

  const range = parseRangeAddress(address);
  const origin = range ? { row: range.area.top, col: range.area.left } : { row: 0, col: 0 };
  const sheet = range?.sheet ?? "";
  const area: Area = {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + rows.length - 1,
    right: origin.col + Math.max(width, 1) - 1,
  };
  const key = fingerprint(rows, `${sheet}!${origin.row},${origin.col}`);
  return { sheet, located: range !== undefined, origin, rows, width, area, key, firstFilled };
}

/** Something a result must say because it could not be exact: shown as a row of ROTA.VALIDATE. */
export interface Note {
  readonly id: "merged-cells-unknown" | "merged-cells-outside" | "address-unknown";
  readonly severity: Severity;
  readonly message: Bilingual;
}

export const NOTES = {
  mergesUnknown: {
    id: "merged-cells-unknown",
    severity: "warning",
    message: MESSAGES.mergesUnknown,
  },
  mergesOutside: {
    id: "merged-cells-outside",
    severity: "warning",
    message: MESSAGES.mergesOutside,
  },
  addressUnknown: { id: "address-unknown", severity: "info", message: MESSAGES.addressUnknown },
} as const satisfies Record<string, Note>;

/** The grid as the engine's sheet, with the notes a result must carry when it cannot be exact. */
export interface GridSheet {
  readonly sheet: SheetData;
  readonly notes: readonly Note[];
  /** False when the merges could not be read: an empty block may then be part of a merged rotation. */
  readonly mergesKnown: boolean;
  /** A short text of the merges used, for cache keys. */
  readonly mergeKey: string;
}

/**
 * Whether an empty cell (sheet coordinates) could be the hidden part of a merged cell: it has a
 * filled cell to its left on its row, the way a merged rotation's later blocks do.
 */
export function couldBeMerged(grid: PreparedGrid, row: number, col: number): boolean {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const first = grid.firstFilled[r];
  return first !== undefined && first >= 0 && c > first && isEmpty(grid.rows[r]?.[c] ?? null);
}

/**
 * Puts the merged areas the sheet reports (absolute coordinates) on the grid: those that touch it,
 * clipped to it. A merge whose first cell lies outside the grid hides its value from the function:
 * that is said. Unknown merges are the caller's to report, for the plans they could change.
 */
export function gridSheet(grid: PreparedGrid, merges: MergeInfo): GridSheet {
  const notes: Note[] = [];
  let areas: Area[] = [];
  if (!grid.located) {
    notes.push(NOTES.addressUnknown);
  } else if (merges.known) {
    for (const m of merges.areas) {
      if (!intersects(m, grid.area)) continue;
      if (m.top < grid.area.top || m.left < grid.area.left) notes.push(NOTES.mergesOutside);
      areas.push({
        top: Math.max(m.top, grid.area.top),
        left: Math.max(m.left, grid.area.left),
        bottom: Math.min(m.bottom, grid.area.bottom),
        right: Math.min(m.right, grid.area.right),
      });
    }
    areas = areas.filter((a) => a.top !== a.bottom || a.left !== a.right);
  }
  const unique = [...new Map(notes.map((n) => [n.id, n])).values()];
  const mergeKey = !grid.located
    ? "none"
    : merges.known
      ? areas.map((a) => `${a.top},${a.left},${a.bottom},${a.right}`).join(";")
      : "unknown";
  return {
    sheet: {
      name: grid.sheet,
      rows: grid.rows,
      origin: grid.origin,
      ...(areas.length > 0 ? { merges: areas } : {}),
    },
    notes: unique,
    mergesKnown: !grid.located || merges.known,
    mergeKey,
  };
}
