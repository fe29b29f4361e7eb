import type { Area, SheetData } from "../engine";

/**
 * What the custom functions read from the workbook besides their arguments, through the Excel API
 * in the shared runtime: the merged areas over a grid (merges.ts) and the program's 規則 sheet
 * (rules-sheet.ts). The contracts live here, beside their Excel readers; src/functions imports them,
 * and nothing in src/addin imports src/functions (eslint's no-restricted-imports and
 * test/addin/boundaries.test.ts keep the dependency one way).
 */

/** A grid whose merged cells are asked for: where it sits on its sheet, and its content's fingerprint. */
export interface MergeQuery {
  /** The sheet the grid is on; "" when it is not on one (an array expression). */
  readonly sheet: string;
  /** Where the grid sits (0-based, inclusive). */
  readonly area: Area;
  /** Content and position fingerprint: equal keys, equal grids (a cache key). */
  readonly key: string;
}

/** What is known of the merged cells over a grid. */
export type MergeInfo =
  | { readonly known: true; readonly areas: ReadonlyArray<Area> }
  | { readonly known: false; readonly reason: "no-excel" | "failed" };

/** Where merged areas come from: the workbook through the Excel API in the shared runtime, or nowhere. */
export interface MergeReader {
  /** The merged areas (absolute) over a located grid. Never rejects: failure is `known: false`. */
  read(grid: MergeQuery): Promise<MergeInfo>;
}

/** For callers without a workbook (tests, the benchmark, the task pane's own data). */
export const NO_MERGES: MergeReader = {
  read: () => Promise.resolve({ known: false, reason: "no-excel" }),
};

/**
 * Where ROTA.VALIDATE finds the program's 規則 sheet: the workbook through the Excel API in the
 * shared runtime (rules-sheet.ts), or nowhere (tests, the benchmark).
 */
export interface RulesReader {
  /** The 規則 sheet's values; undefined when the workbook has none or it cannot be read. Never rejects. */
  read(): Promise<SheetData | undefined>;
}

export const NO_RULES: RulesReader = { read: () => Promise.resolve(undefined) };
