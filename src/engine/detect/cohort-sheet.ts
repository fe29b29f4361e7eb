import { cellText } from "../model/cell";
import { areaToA1, toA1 } from "../model/address";
import type { CourseId, Grid, LayoutKind, Plan, Site } from "../model/plan";
import { parseCell } from "../vocabulary/parse-cell";
import { buildSlots, site, type SlotSource } from "./build-slots";
import type { HeaderRun } from "./header-runs";
import { parseCourseId } from "../vocabulary/course-id";
import { COURSE_LABELS, NAME_LABELS, NOTE_ROW, SITE_LABELS, SUMMARY_ROW } from "./labels";
import type { SheetView } from "./sheet-view";
import { NO_CONTEXT, type ReadContext } from "./read-context";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { readYearLabel } from "./year-label";

/** A course cell that says "no course" on purpose. */
const NO_COURSE = /^(-|―|ー|—|なし|無|未定|一般|none|n\/a)$/i;

/** Blank rows after which a cohort's list of residents is taken to have ended. */
const MAX_BLANK_ROWS = 5;

const LAYOUT: Readonly<Record<HeaderRun["kind"], LayoutKind>> = {
  block: "cohort-blocks",
  week: "cohort-weeks",
  month: "cohort-months",
  date: "cohort-dates",
};

interface Columns {
  readonly name: number;
  readonly course?: number;
  readonly site?: number;
  /** The row of the labels (the header row, or one above it). */
  readonly labelRow?: number;
}

/**
 * Reads a cohort sheet: one row per resident, a name column, an optional course column, then one
 * column per block for both years (CONTRACT §4). Multi-block rotations may be merged cells,
 * repeated text or ditto marks; a row without a name right under a resident that holds only
 * 一般外来 is that resident's parallel 一般外来.
 */
export function readCohort(view: SheetView, run: HeaderRun, headerRows: ReadonlySet<number>, context: ReadContext = NO_CONTEXT): Grid | undefined {
  const vocabulary = context.vocabulary;
  const first = run.blocks[0]!.col;
  const last = run.blocks[run.blocks.length - 1]!.col;
  const columns = findColumns(view, run, vocabulary);
  const years = yearRow(view, run);
  const plans: Plan[] = [];
  let bottom = run.row;
  let blanks = 0;
  let current: { plan: Plan; parallel: SlotSource[][] } | undefined;
  const finish = () => {
    if (current) plans.push(current.parallel.length > 0 ? { ...current.plan, parallel: current.parallel.flatMap((p) => buildSlots(p, vocabulary)) } : current.plan);
    current = undefined;
  };

  for (let row = run.row + 1; row < view.end; row++) {
    if (headerRows.has(row)) break;
    const nameText = cellText(view.value(row, columns.name)).trim();
    const nameKey = view.key(row, columns.name);
    let filled = false;
    for (let col = first; col <= last && !filled; col++) if (view.raw(row, col) !== null) filled = true;
    if (nameText === "" && !filled) {
      if (++blanks > MAX_BLANK_ROWS) break;
      continue;
    }
    blanks = 0;
    if (legendRow(view, row, columns.name, last, context)) continue;
    if (NOTE_ROW.test(nameKey)) break;
    if (SUMMARY_ROW.test(nameKey)) continue;
    const sources = run.blocks.map((span, i): SlotSource => {
      const yearInfo = years?.[i];
      const siteHere = yearInfo?.site ?? (columns.site !== undefined ? siteIn(view, row, columns.site) : undefined);
      return { row, span, value: view.value(row, span.col), year: yearInfo?.year ?? span.year, site: siteHere };
    });
    // The title or year row of the next grid on the sheet, not a resident.
    if ((headerRows.has(row + 1) || headerRows.has(row + 2)) && !plansSomething(sources, vocabulary)) break;
    const continuation = nameText === "" || view.continuesAbove(row, columns.name);
    if (continuation && current && onlyGeneralOutpatient(sources, vocabulary)) {
      current.parallel.push(sources);
      bottom = row;
      continue;
    }
    finish();
    const name = nameText === "" ? `(氏名なし ${row + 1}行目)` : nameText;
    const course = columns.course !== undefined ? courseIn(view.key(row, columns.course)) : undefined;
    const courseText = columns.course !== undefined ? cellText(view.value(row, columns.course)).trim() : "";
    const unknownCourse = !course && courseText !== "" && !NO_COURSE.test(view.key(row, columns.course!)) ? { text: courseText, cell: toA1(row, columns.course!) } : undefined;
    const plan: Plan = {
      sheet: view.name,
      trainee: name,
      nameCell: toA1(row, columns.name),
      row: row + 1,
      ...(course ? { course } : {}),
      ...(unknownCourse ? { unknownCourse } : {}),
      slots: buildSlots(sources, vocabulary),
      parallel: [],
      gridWeeks: run.blocks.reduce((sum, b) => sum + b.weeks, 0),
      upperLimitScale: run.upperLimitScale,
    };
    current = { plan, parallel: [] };
    bottom = row;
  }
  finish();
  if (plans.length === 0) return undefined;
  const top = Math.min(run.row, years ? run.row - 1 : run.row, columns.labelRow ?? run.row);
  const left = Math.min(columns.name, columns.course ?? columns.name, first);
  const { labelRow: _labelRow, ...gridColumns } = columns;
  return { sheet: view.name, range: areaToA1({ top, left, bottom, right: last }), layout: LAYOUT[run.kind], plans, columns: gridColumns };
}

/** The name, course and site columns, by their labels in the header (or the row or two above). */
function findColumns(view: SheetView, run: HeaderRun, vocabulary: Vocabulary | undefined): Columns {
  const first = run.blocks[0]!.col;
  let name: number | undefined;
  let course: number | undefined;
  let siteCol: number | undefined;
  let labelRow: number | undefined;
  for (const row of [run.row, run.row - 1, run.row - 2]) {
    if (row < view.top) continue;
    for (let col = view.left; col < first; col++) {
      const key = view.key(row, col).toLowerCase();
      if (key === "") continue;
      if (name === undefined && NAME_LABELS.has(key)) [name, labelRow] = [col, row];
      else if (course === undefined && COURSE_LABELS.has(key)) course = col;
      else if (siteCol === undefined && SITE_LABELS.has(key)) siteCol = col;
    }
    if (name !== undefined) break;
  }
  if (name === undefined) {
    // No label: the nearest column left of the blocks with text that is no rotation.
    for (let col = first - 1; col >= view.left && name === undefined; col--) {
      if (col === course || col === siteCol) continue;
      for (let row = run.row + 1; row < Math.min(view.end, run.row + 4); row++) {
        const value = view.value(row, col);
        if (typeof value === "string" && value.trim() !== "" && parseCell(value, vocabulary).kind !== "rotation" && !courseIn(view.key(row, col))) {
          name = col;
          break;
        }
      }
    }
  }
  return {
    name: name ?? Math.max(view.left, first - 1),
    ...(course !== undefined ? { course } : {}),
    ...(siteCol !== undefined ? { site: siteCol } : {}),
    ...(labelRow !== undefined ? { labelRow } : {}),
  };
}

/** Year labels above the header (`1年次 大学病院` merged over the first 13 blocks), one per block. */
function yearRow(view: SheetView, run: HeaderRun): Array<{ year: 1 | 2; site?: Site } | undefined> | undefined {
  for (const row of [run.row - 1, run.row - 2]) {
    if (row < view.top) continue;
    let found = false;
    let current: { year: 1 | 2; site?: Site } | undefined;
    const perBlock = run.blocks.map((span) => {
      const label = readYearLabel(view.key(row, span.col));
      if (label) {
        current = label;
        found = true;
      }
      return current;
    });
    if (found) return perBlock;
  }
  return undefined;
}

function siteIn(view: SheetView, row: number, col: number): Site | undefined {
  const text = cellText(view.value(row, col)).trim();
  return text === "" ? undefined : site(text);
}

function courseIn(key: string): CourseId | undefined {
  return parseCourseId(key);
}

/** Whether a row holds a rotation or leave in one of its blocks. */
function plansSomething(sources: readonly SlotSource[], vocabulary: Vocabulary | undefined): boolean {
  return sources.some((s) => {
    const kind = parseCell(s.value, vocabulary).kind;
    return kind === "rotation" || kind === "leave";
  });
}

function onlyGeneralOutpatient(sources: readonly SlotSource[], vocabulary: Vocabulary | undefined): boolean {
  let any = false;
  for (const s of sources) {
    const parsed = parseCell(s.value, vocabulary);
    if (parsed.kind === "empty" || parsed.kind === "ditto") continue;
    if (parsed.kind !== "rotation" || parsed.field !== "一般外来") return false;
    any = true;
  }
  return any;
}

/** A row whose filled cells (name column to the last block) are all legend entries: not a resident. */
function legendRow(view: SheetView, row: number, from: number, to: number, context: ReadContext): boolean {
  if (context.legendCells.size === 0) return false;
  let any = false;
  for (let col = Math.min(from, view.left); col <= to; col++) {
    if (view.raw(row, col) === null) continue;
    if (!context.legendCells.has(toA1(row, col))) return false;
    any = true;
  }
  return any;
}
