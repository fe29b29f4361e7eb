import {
  areaFromA1,
  cellText,
  COURSE_TEMPLATES,
  BLOCK_WEEKS,
  EPS,
  fitBlocks,
  fromA1,
  templateTextOneLine,
  toA1,
  type Area,
  type CellValue,
  type CourseId,
  type Grid,
  type SheetData,
  type Slot,
} from "../../engine";
import type { BlockWrite } from "../workbook/port";
import { intersects, sameArea } from "../workbook/ranges";
import { continuationStyle, type ContinuationStyle } from "./continuation";

/**
 * Planning a course template into one resident's row of a cohort sheet: the row under the
 * selection, block by block in the sheet's own layout (its block columns and lengths, its way of
 * continuing a rotation over several blocks), the name and course in their columns. Pure: what
 * to write, and what it would replace, for the user to confirm before anything is written.
 */
export interface Conflict {
  /** A1 of a non-empty cell that would change. */
  readonly cell: string;
  readonly before: string;
  /** "" when the cell would be emptied. */
  readonly after: string;
}

export interface RowInsertionPlan {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  readonly write: BlockWrite;
  /** Non-empty cells that would change: shown, and confirmed, before writing. */
  readonly conflicts: readonly Conflict[];
  /** Merged cells on the row that are undone (and not made again as they were). */
  readonly unmerged: readonly string[];
  /** Rotations that found no block (a year with fewer blocks than rotations). */
  readonly dropped: readonly string[];
  /** True when the sheet's blocks are not 4 weeks and the rotations were fitted in proportion. */
  readonly fitted: boolean;
  readonly style: ContinuationStyle;
}

export type RowPlanOutcome =
  | { readonly ok: true; readonly plan: RowInsertionPlan }
  | {
      readonly ok: false;
      readonly reason: "no-cohort" | "outside" | "merge-across-rows";
      readonly detail?: string;
    };

/**
 * @param sheet     the sheet as read (values at their origin, merges)
 * @param grids     the grids the engine found on it
 * @param row       0-based row of the selection
 */
export function planRowInsertion(
  sheet: SheetData,
  grids: readonly Grid[],
  row: number,
  course: CourseId,
  name: string
): RowPlanOutcome {
  const cohorts = grids.filter((g) => g.layout !== "course-sheet" && g.plans.length > 0);
  if (cohorts.length === 0) return { ok: false, reason: "no-cohort" };
  // A resident's row, or the empty row just below the grid (never its title, year or header rows).
  const firstRow = (g: Grid) => Math.min(...g.plans.map((p) => p.row)) - 1;
  const grid = cohorts.find((g) => {
    const a = areaFromA1(g.range);
    return a !== undefined && firstRow(g) <= row && row <= a.bottom + 1;
  });
  if (!grid) return { ok: false, reason: "outside", detail: String(row + 1) };
  const reference = grid.plans[0]!;
  const nameCol = fromA1(reference.nameCell)!.col;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const valueAt = (r: number, c: number): CellValue =>
    sheet.rows[r - origin.row]?.[c - origin.col] ?? null;
  const slots = reference.slots.map((s) => ({ slot: s, col: fromA1(s.cell)!.col }));
  // The course column, as the engine's reader found it (コース, 研修コース, Course …).
  const courseCol = grid.columns?.course;

  const style = continuationStyle(sheet, grid);
  const planned = new Map<number, CellValue>();
  const merges: Area[] = [];
  const dropped: string[] = [];
  let fitted = false;
  const template = COURSE_TEMPLATES[course];
  for (const year of template.years) {
    const yearSlots = slots
      .filter((s) => s.slot.year === year.year)
      .sort((a, b) => a.slot.index - b.slot.index);
    if (yearSlots.length === 0) continue;
    if (yearSlots.some((s) => Math.abs(s.slot.weeks - BLOCK_WEEKS) > EPS)) fitted = true;
    const rotations = year.rotations.map((r) => ({
      text: templateTextOneLine(r.text),
      weeks: r.weeks,
    }));
    const fit = fitted ? fitBlocks(rotations, yearSlots.length) : fourWeekFit(rotations, yearSlots);
    dropped.push(...fit.dropped.map((i) => rotations[i]!.text));
    writeRuns(yearSlots, fit.assignment, rotations, style, row, planned, merges);
  }
  if (name.trim() !== "") planned.set(nameCol, name.trim());
  if (courseCol !== undefined) planned.set(courseCol, course);

  const cols = [...planned.keys()].sort((a, b) => a - b);
  // The name cell is always part of what must not change before writing: it says whose row this is.
  const region: Area = {
    top: row,
    bottom: row,
    left: Math.min(nameCol, cols[0]!),
    right: cols[cols.length - 1]!,
  };
  const existing = (sheet.merges ?? []).filter((m) => intersects(m, region));
  const across = existing.find((m) => m.top !== row || m.bottom !== row);
  if (across)
    return {
      ok: false,
      reason: "merge-across-rows",
      detail: `${toA1(across.top, across.left)}:${toA1(across.bottom, across.right)}`,
    };

  const conflicts: Conflict[] = [];
  for (const col of cols) {
    const before = cellText(valueAt(row, col)).trim();
    const after = cellText(planned.get(col) ?? null);
    if (before !== "" && before !== after.trim())
      conflicts.push({ cell: toA1(row, col), before, after });
  }
  const unmerged = existing
    .filter((m) => !merges.some((p) => sameArea(p, m)))
    .map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);

  const expectValues: CellValue[][] = [
    Array.from({ length: region.right - region.left + 1 }, (_, i) => valueAt(row, region.left + i)),
  ];
  const blocks = runsOf(cols).map(([from, to]) => ({
    top: row,
    left: from,
    values: [Array.from({ length: to - from + 1 }, (_, i) => planned.get(from + i) ?? null)],
  }));
  return {
    ok: true,
    plan: {
      sheet: sheet.name,
      row,
      write: {
        target: {
          kind: "existing",
          sheet: sheet.name,
          expect: { area: region, values: expectValues },
        },
        unmerge: existing,
        blocks,
        merges,
        formats: merges.map((m) => ({
          area: m,
          format: { horizontal: "Center", vertical: "Center", wrap: true },
        })),
        columnWidths: [],
        lists: [],
        select: { top: row, left: slots[0]!.col, bottom: row, right: slots[slots.length - 1]!.col },
      },
      conflicts,
      unmerged,
      dropped,
      fitted,
      style,
    },
  };
}

/** 4-week blocks: each rotation takes weeks ÷ 4 blocks, in order; a short year drops the rest. */
function fourWeekFit(
  rotations: ReadonlyArray<{ weeks: number }>,
  slots: ReadonlyArray<{ slot: Slot }>
): { assignment: number[]; dropped: number[] } {
  const assignment: number[] = [];
  const dropped: number[] = [];
  rotations.forEach((r, i) => {
    const n = Math.max(1, Math.round(r.weeks / 4));
    if (assignment.length >= slots.length) dropped.push(i);
    for (let k = 0; k < n && assignment.length < slots.length; k++) assignment.push(i);
  });
  while (assignment.length < slots.length) assignment.push(-1);
  return { assignment, dropped };
}

/** Writes each run of blocks with the same rotation in the sheet's style. */
function writeRuns(
  slots: ReadonlyArray<{ slot: Slot; col: number }>,
  assignment: readonly number[],
  rotations: ReadonlyArray<{ text: string }>,
  style: ContinuationStyle,
  row: number,
  planned: Map<number, CellValue>,
  merges: Area[]
): void {
  let i = 0;
  while (i < slots.length) {
    const which = assignment[i] ?? -1;
    let j = i;
    // A run: same rotation on adjacent columns.
    while (
      j + 1 < slots.length &&
      assignment[j + 1] === which &&
      slots[j + 1]!.col === slots[j]!.col + 1
    )
      j++;
    const text = which >= 0 ? rotations[which]!.text : null;
    for (let k = i; k <= j; k++) {
      const first = k === i;
      planned.set(
        slots[k]!.col,
        text === null
          ? null
          : first || style.kind === "repeat"
            ? text
            : style.kind === "ditto"
              ? style.mark
              : null
      );
    }
    if (text !== null && style.kind === "merge" && j > i)
      merges.push({ top: row, bottom: row, left: slots[i]!.col, right: slots[j]!.col });
    i = j + 1;
  }
}

/** Runs of consecutive numbers: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
function runsOf(cols: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}
