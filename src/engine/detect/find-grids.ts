import type { Grid } from "../model/plan";
import type { SheetData } from "../model/sheet";
import { readCohort } from "./cohort-sheet";
import { courseSection, readCourseSheets, type CourseSection } from "./course-sheet";
import { findHeaderRuns, type HeaderRun } from "./header-runs";
import { isCapacitySheetName } from "./labels";
import { SheetView } from "./sheet-view";
import { readLegend } from "./legend";
import { COURSE_TITLE } from "./labels";
import { readYearLabel } from "./year-label";
import { parseCell } from "../vocabulary/parse-cell";
import { transposeGrid, transposeSheet } from "./transpose";
import { joinWrapped } from "./wrapped";
import type { ReadContext } from "./read-context";
import type { Vocabulary } from "../vocabulary/vocabulary";

/**
 * Finds every two-year rotation grid on a sheet by itself, in the layouts of CONTRACT §4: course
 * sheets (the seed's) and cohort sheets with block numbers, week marks, months or block start
 * dates. A capacity sheet (`定員`) holds no grid.
 */
export function findGrids(sheet: SheetData, options: FindGridsOptions = {}): Grid[] {
  if (isCapacitySheetName(sheet.name)) return [];
  const grids = findOnSheet(sheet, options);
  if (grids.length > 0 || sheet.rows.length < 6) return grids;
  // A resident per column: the blocks run down the rows (issue 8).
  return findOnSheet(transposeSheet(sheet), options).map(transposeGrid);
}

function findOnSheet(sheet: SheetData, options: FindGridsOptions): Grid[] {
  const view = new SheetView(sheet);
  const legend = readLegend(view);
  const vocabulary = mergeVocabularies(options.vocabulary, legend.vocabulary);
  const context: ReadContext = { ...(vocabulary ? { vocabulary } : {}), legendCells: legend.cells };
  const runs = findHeaderRuns(view);
  const headerRows = new Set(runs.map((r) => r.row));
  const sections: CourseSection[] = [];
  const cohorts: HeaderRun[] = [];
  for (const run of runs) {
    const section = courseSection(view, run);
    // A year's header over several named residents (`1年次 | 4 … 3`, then one row each) is a part
    // of a cohort, not the seed's course sheet (whose rotation text runs over unnamed rows).
    if (section && !namedRows(view, run, context, headerRows)) sections.push(section);
    else cohorts.push(run);
  }
  const grids = sections.length > 0 ? readCourseSheets(view, sections, headerRows, context) : [];
  const cohortGrids: Grid[] = [];
  for (const run of cohorts) {
    const grid = readCohort(view, run, headerRows, context);
    if (grid) cohortGrids.push(grid);
  }
  // Six or twelve months a row, each part with its own header: one plan per resident.
  grids.push(...joinWrapped(cohortGrids));
  return legend.entries.length > 0 ? grids.map((g) => ({ ...g, legend: legend.entries })) : grids;
}

export interface FindGridsOptions {
  /** A program's own vocabulary (its profile): the sheet's legend is tried first, then this. */
  readonly vocabulary?: Vocabulary;
}

/** The legend's entries over the program's (the sheet says best what its own abbreviations mean). */
function mergeVocabularies(program: Vocabulary | undefined, legend: Vocabulary): Vocabulary | undefined {
  if (!program || program.size === 0) return legend.size > 0 ? legend : undefined;
  if (legend.size === 0) return program;
  return new Map([...program, ...legend]);
}

/** Whether two or more rows under a header carry blocks and, left of them, a name (text that is no rotation). */
function namedRows(view: SheetView, run: HeaderRun, context: ReadContext, headerRows: ReadonlySet<number>): boolean {
  const first = run.blocks[0].col;
  let named = 0;
  for (let row = run.row + 1; row < Math.min(view.end, run.row + 8); row++) {
    if (headerRows.has(row)) break;
    let filled = false;
    for (const span of run.blocks) if (view.raw(row, span.col) !== null) filled = true;
    if (!filled) continue;
    for (let col = view.left; col < first; col++) {
      const value = view.value(row, col);
      if (typeof value !== "string" || value.trim() === "") continue;
      const key = view.key(row, col);
      if (readYearLabel(key) || COURSE_TITLE.test(key)) continue;
      if (parseCell(value, context.vocabulary).kind === "rotation") continue;
      named++;
      break;
    }
    if (named >= 2) return true;
  }
  return false;
}
