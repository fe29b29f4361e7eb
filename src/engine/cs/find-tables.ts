/**
 * Finding the periods table and the papers table of a clinician-scientist plan by their headers,
 * anywhere on a sheet, and where each ends.
 */
import { cellText } from "../model/cell";
import type { SheetView } from "../model/sheet-view";
import { csKey, PAPER_HEADERS, PERIOD_HEADERS, type PaperColumn, type PeriodColumn } from "./vocabulary";
import { isEmpty } from "./values";

/** A table found: its header row, its columns (absolute), and its body rows (absolute, blank rows included). */
export interface CsTable<C extends string> {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<C, number>>>;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly bodyFrom: number;
  /** Inclusive; bodyTo < bodyFrom when the table has no rows. */
  readonly bodyTo: number;
}

/** Classifies one header row; undefined when fewer than two cells are headers. */
function classify<C extends string>(grid: SheetView, row: number, patterns: ReadonlyArray<readonly [C, RegExp]>): Partial<Record<C, number>> | undefined {
  const columns: Partial<Record<C, number>> = {};
  let n = 0;
  for (let col = grid.left; col < grid.rowEnd(row); col++) {
    const v = grid.raw(row, col);
    if (typeof v !== "string") continue;
    const key = csKey(v);
    if (key.length === 0 || key.length > 30) continue;
    for (const [kind, re] of patterns) {
      if (!re.test(key)) continue;
      if (columns[kind] === undefined) {
        columns[kind] = col;
        n++;
      }
      break;
    }
  }
  return n >= 2 ? columns : undefined;
}

function isPeriodsHeader(c: Partial<Record<PeriodColumn, number>>): boolean {
  const n = Object.keys(c).length;
  return (c.phase !== undefined || c.effort !== undefined) && (n >= 3 || c.period !== undefined);
}

function isPapersHeader(c: Partial<Record<PaperColumn, number>>): boolean {
  const n = Object.keys(c).length;
  return n >= 3 && (c.sci !== undefined || c.firstAuthor !== undefined || c.caseReport !== undefined || c.language !== undefined);
}

/** The first header row of each table, top to bottom. */
export function findHeaders(grid: SheetView): {
  periods?: { row: number; columns: Partial<Record<PeriodColumn, number>> };
  papers?: { row: number; columns: Partial<Record<PaperColumn, number>> };
} {
  let periods: { row: number; columns: Partial<Record<PeriodColumn, number>> } | undefined;
  let papers: { row: number; columns: Partial<Record<PaperColumn, number>> } | undefined;
  for (let row = grid.top; row < grid.end && !(periods && papers); row++) {
    if (!periods) {
      const c = classify(grid, row, PERIOD_HEADERS);
      // A lone "区分" column with no phase column is the phase (臨床/研究), not the site kind.
      if (c && c.phase === undefined && c.siteKind !== undefined && csKey(cellText(grid.raw(row, c.siteKind))) === "区分") {
        c.phase = c.siteKind;
        delete c.siteKind;
      }
      if (c && isPeriodsHeader(c)) {
        periods = { row, columns: c };
        continue;
      }
    }
    if (!papers) {
      const c = classify(grid, row, PAPER_HEADERS);
      if (c && isPapersHeader(c)) papers = { row, columns: c };
    }
  }
  return { ...(periods ? { periods } : {}), ...(papers ? { papers } : {}) };
}

/** Blank rows in a row that end a table. */
const BLANK_RUN = 3;

/** The columns a table has, each with its sheet column. */
export function columnsOf<C extends string>(columns: Partial<Record<C, number>>): Array<[C, number]> {
  const out: Array<[C, number]> = [];
  for (const key in columns) {
    const col = columns[key];
    if (col !== undefined) out.push([key, col]);
  }
  return out;
}

/**
 * Where a table's body ends: before `stopRow` (the next table's header), before a row `isStop`
 * says belongs to something else, or at a run of blank rows.
 */
export function tableBody<C extends string>(
  grid: SheetView,
  header: { row: number; columns: Partial<Record<C, number>> },
  stopRow: number,
  isStop: (row: number, cols: readonly number[]) => boolean,
): CsTable<C> {
  const cols = columnsOf(header.columns).map(([, c]) => c);
  const firstCol = Math.min(...cols);
  const lastCol = Math.max(...cols);
  let last = header.row;
  let blanks = 0;
  for (let row = header.row + 1; row <= Math.min(grid.end - 1, stopRow - 1); row++) {
    const blank = cols.every((c) => isEmpty(grid.value(row, c)));
    if (blank) {
      if (++blanks >= BLANK_RUN) break;
      continue;
    }
    if (isStop(row, cols)) break;
    blanks = 0;
    last = row;
  }
  return { headerRow: header.row, columns: header.columns, firstCol, lastCol, bodyFrom: header.row + 1, bodyTo: last };
}
