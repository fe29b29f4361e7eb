import type { CellValue } from "./cell";

/** A rectangle of cells, 0-based and inclusive, in absolute sheet coordinates. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One worksheet as the engine sees it: values, merged areas and where the values sit.
 * Adapters build it (from an .xlsx file, from a custom function's argument, from office.js);
 * the engine never reads a file or a workbook itself.
 */
export interface SheetData {
  readonly name: string;
  /** Row-major values; `rows[r][c]` is the sheet cell at (origin.row + r, origin.col + c). Rows may be ragged. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** 0-based sheet position of `rows[0][0]`; A1 when absent. */
  readonly origin?: { readonly row: number; readonly col: number };
  /** Merged areas in absolute sheet coordinates. Only the top-left cell of a merge holds its value. */
  readonly merges?: ReadonlyArray<Area>;
}
