import type { Grid } from "../model/plan";
import type { SheetData } from "../model/sheet";
import { readCohort } from "./cohort-sheet";
import { courseSection, readCourseSheets, type CourseSection } from "./course-sheet";
import { findHeaderRuns, type HeaderRun } from "./header-runs";
import { CAPACITY_SHEET } from "./labels";
import { SheetView } from "./sheet-view";
import { normalizeText } from "../text/normalize";

/**
 * Finds every two-year rotation grid on a sheet by itself, in the layouts of CONTRACT §4: course
 * sheets (the seed's) and cohort sheets with block numbers, week marks, months or block start
 * dates. A capacity sheet (`定員`) holds no grid.
 */
export function findGrids(sheet: SheetData): Grid[] {
  if (CAPACITY_SHEET.test(normalizeText(sheet.name))) return [];
  const view = new SheetView(sheet);
  const runs = findHeaderRuns(view);
  const headerRows = new Set(runs.map((r) => r.row));
  const sections: CourseSection[] = [];
  const cohorts: HeaderRun[] = [];
  for (const run of runs) {
    const section = courseSection(view, run);
    if (section) sections.push(section);
    else cohorts.push(run);
  }
  const grids = sections.length > 0 ? readCourseSheets(view, sections, headerRows) : [];
  for (const run of cohorts) {
    const grid = readCohort(view, run, headerRows);
    if (grid) grids.push(grid);
  }
  return grids;
}
