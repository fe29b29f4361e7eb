import { cellText } from "../model/cell";
import { areaToA1, toA1 } from "../model/address";
import type { CourseId, Grid, Plan, Site } from "../model/plan";
import { buildSlots, type SlotSource } from "./build-slots";
import { EPS, YEAR_WEEKS } from "../model/units";
import type { HeaderRun } from "./header-runs";
import { lastOf, type NonEmpty } from "../model/invariant";
import { parseCourseId } from "../vocabulary/course-id";
import { COURSE_TITLE, NAME_LABELS } from "./labels";
import type { SheetView } from "./sheet-view";
import { NO_CONTEXT, type ReadContext } from "./read-context";
import { readYearLabel } from "./year-label";

/** A one-year header with its year row: `1 年次 大学病院` over `4 週 … 52 週`. */
export interface CourseSection {
  readonly run: HeaderRun;
  readonly year: 1 | 2;
  readonly site?: Site;
  readonly labelRow: number;
  /** Column of the year label. */
  readonly labelCol: number;
}

/** Rows a rotation's text may be spread over under a course header (one cell per line). */
const MAX_ROTATION_ROWS = 6;

/** The year row of a one-year header, if it has one; undefined when the run is not a course section. */
export function courseSection(view: SheetView, run: HeaderRun): CourseSection | undefined {
  const last = lastOf(run.blocks);
  const first = run.blocks[0];
  if (last.startWeek + last.weeks - first.startWeek > YEAR_WEEKS + 1 + EPS) return undefined;
  for (const row of [run.row - 1, run.row - 2, run.row]) {
    if (row < view.top) continue;
    const to = row === run.row ? first.col - 1 : last.col;
    for (let col = Math.max(view.left, first.col - 3); col <= to; col++) {
      if (row !== run.row && view.continuesAbove(row, col)) continue;
      const label = readYearLabel(view.key(row, col));
      if (label) return { run, labelRow: row, labelCol: col, ...label };
    }
  }
  return undefined;
}

/**
 * Reads course sheets, the seed's own layout: a title (`A コース`), then for each year a year row,
 * a `4 週 … 52 週` header and the rotations under it, one merged cell per multi-block rotation.
 */
export function readCourseSheets(view: SheetView, sections: readonly CourseSection[], headerRows: ReadonlySet<number>, context: ReadContext = NO_CONTEXT): Grid[] {
  const groups: { title?: { row: number; col: number; text: string; course?: CourseId }; sections: [CourseSection, ...CourseSection[]] }[] = [];
  let floor = view.top;
  for (const section of [...sections].sort((a, b) => a.run.row - b.run.row)) {
    const title = findTitle(view, floor, section.labelRow - 1, lastOf(section.run.blocks).col);
    const current = groups[groups.length - 1];
    if (!current || title || current.sections.some((s) => s.year === section.year)) {
      groups.push({ ...(title ? { title } : {}), sections: [section] });
    } else current.sections.push(section);
    floor = section.run.row + 1;
  }
  return groups.map((group) => toGrid(view, group.sections, headerRows, group.title, context));
}

function toGrid(
  view: SheetView,
  sections: NonEmpty<CourseSection>,
  headerRows: ReadonlySet<number>,
  title: { row: number; col: number; text: string; course?: CourseId } | undefined,
  context: ReadContext,
): Grid {
  const sources: SlotSource[] = [];
  let firstRotationRow: number | undefined;
  const firstSection = sections[0];
  let bottom = firstSection.run.row;
  let left = Infinity;
  let right = -Infinity;
  let gridWeeks = 0;
  for (const section of sections) {
    const rows = rotationRows(view, section, headerRows, context);
    firstRotationRow ??= rows[0] ?? section.run.row + 1;
    const row = rows[0] ?? section.run.row + 1;
    bottom = Math.max(bottom, rows[rows.length - 1] ?? section.run.row);
    const yearStart = section.run.blocks[0].startWeek < YEAR_WEEKS - EPS ? (section.year - 1) * YEAR_WEEKS : 0;
    for (const span of section.run.blocks) {
      const parts: string[] = [];
      for (const r of rows) {
        if (view.continuesAbove(r, span.col)) continue;
        const text = cellText(view.value(r, span.col)).trim();
        if (text !== "") parts.push(text);
      }
      const value = rows.length === 1 ? view.value(row, span.col) : parts.join("\n");
      sources.push({
        row,
        span: { ...span, startWeek: span.startWeek + yearStart },
        value: value === "" ? null : value,
        year: section.year,
        ...(section.site ? { site: section.site } : {}),
      });
      gridWeeks += span.weeks;
      left = Math.min(left, span.col);
      right = Math.max(right, span.col);
    }
  }
  // Set by the first section (its first rotation row, or the row under its header).
  const firstRow = firstRotationRow ?? firstSection.run.row + 1;
  const nameFound = findName(view, title?.row ?? Math.max(view.top, firstSection.labelRow - 4), firstSection.labelRow, right);
  const top = title?.row ?? firstSection.labelRow;
  const nameCell = nameFound?.cell ?? (title ? toA1(title.row, title.col) : toA1(firstRow, left));
  const trainee = nameFound?.name ?? title?.text ?? view.name;
  const plan: Plan = {
    sheet: view.name,
    trainee,
    nameCell,
    row: firstRow + 1,
    ...(title?.course ? { course: title.course } : {}),
    ...(nameFound === undefined ? { template: true as const } : {}),
    slots: buildSlots(sources, context.vocabulary),
    parallel: [],
    gridWeeks,
    upperLimitScale: firstSection.run.upperLimitScale,
  };
  const leftmost = Math.min(left, title?.col ?? left, ...sections.map((s) => s.labelCol));
  return {
    sheet: view.name,
    range: areaToA1({ top, left: leftmost, bottom, right }),
    layout: "course-sheet",
    plans: [plan],
  };
}

/** The rows holding a section's rotations: under its header, down to a blank row or the next header. */
function rotationRows(view: SheetView, section: CourseSection, headerRows: ReadonlySet<number>, context: ReadContext): number[] {
  const rows: number[] = [];
  const leftCol = section.run.blocks[0].col;
  const rightCol = lastOf(section.run.blocks).col;
  for (let row = section.run.row + 1; row < view.end && rows.length < MAX_ROTATION_ROWS; row++) {
    if (headerRows.has(row)) break;
    let filled = false;
    let label = false;
    for (let col = Math.max(view.left, leftCol - 3); col <= rightCol; col++) {
      const key = view.key(row, col);
      if (key === "") continue;
      if (readYearLabel(key) || COURSE_TITLE.test(key) || context.legendCells.has(toA1(row, col))) label = true;
      if (col >= leftCol && !view.continuesAbove(row, col)) filled = true;
    }
    if (label || !filled) break;
    rows.push(row);
  }
  return rows;
}

function findTitle(view: SheetView, from: number, to: number, right: number) {
  for (let row = to; row >= from; row--) {
    for (let col = view.left; col <= right; col++) {
      const text = cellText(view.raw(row, col)).trim();
      if (text === "" || text.length > 40) continue;
      const key = view.key(row, col);
      const m = COURSE_TITLE.exec(key);
      if (m) {
        return { row, col, text, course: parseCourseId(m[1] ?? m[2] ?? m[3] ?? "") };
      }
    }
  }
  return undefined;
}

/** A labelled name (`氏名 | 研修 太郎`, or `氏名：研修 太郎` in one cell) between two rows. */
function findName(view: SheetView, from: number, to: number, right: number): { name: string; cell: string } | undefined {
  for (let row = from; row < to; row++) {
    for (let col = view.left; col <= right; col++) {
      const key = view.key(row, col);
      if (key === "") continue;
      const [label, inline] = key.split(/[:：]/, 2);
      if (!NAME_LABELS.has((label ?? "").toLowerCase())) continue;
      if (inline) return { name: cellText(view.value(row, col)).split(/[:：]/).slice(1).join(":").trim(), cell: toA1(row, col) };
      // The value is the cell right of the label (or of the label's merged area); an empty one means no name yet.
      const next = (view.mergeAt(row, col)?.right ?? col) + 1;
      const text = cellText(view.value(row, next)).trim();
      if (text !== "") return { name: text, cell: toA1(row, next) };
    }
  }
  return undefined;
}
