/**
 * A course template laid into one resident's row of a cohort sheet: the row under the selection,
 * block by block in the sheet's own layout (its block columns and lengths, its way of continuing a
 * rotation over several blocks), the name and the course in their columns. Pure: what to write, and
 * what it would replace, for the user to confirm before anything is written (the pane's 挿入, or
 * any writer of sheet edits).
 */
import { continuationOf, type Continuation } from "../detect/continuation";
import { areaFromA1, fromA1, toA1 } from "../model/address";
import { cellText, type CellValue } from "../model/cell";
import { intersects, sameArea } from "../model/area";
import { at, must } from "../model/invariant";
import type { CourseId, Grid, Slot } from "../model/plan";
import type { Area, SheetData } from "../model/sheet";
import { BLOCK_WEEKS, EPS } from "../model/units";
import type { SheetEdits } from "../plan/edits";
import { COURSE_TEMPLATES } from "./courses";
import { fitBlocks, fitFourWeekBlocks, type FitResult } from "./fit-blocks";
import { templateTextOneLine } from "./one-line";

/** A non-empty cell the row would change. */
export interface CohortRowConflict {
  /** A1 of the cell. */
  readonly cell: string;
  readonly before: string;
  /** "" when the cell would be emptied. */
  readonly after: string;
}

export interface CohortRowPlan {
  readonly sheet: string;
  /** 0-based sheet row. */
  readonly row: number;
  /**
   * The cells to write, in column order (null empties a cell: a merged run's later blocks), the
   * merges to make, and the row's merged areas to undo first.
   */
  readonly edits: SheetEdits;
  /** The part of the row the edits touch, the name cell included: it must read as `before` when written. */
  readonly region: Area;
  /** The region's values as read (one row). */
  readonly before: readonly CellValue[];
  /** The row's block columns, from the first block to the last (what to select afterwards). */
  readonly blocks: Area;
  /** Non-empty cells that would change: shown, and confirmed, before writing. */
  readonly conflicts: readonly CohortRowConflict[];
  /** Merged cells on the row that are undone and not made again as they were (A1 ranges). */
  readonly unmerged: readonly string[];
  /** Rotations that found no block (a year with fewer blocks than rotations), as one line each. */
  readonly dropped: readonly string[];
  /** True when the sheet's blocks are not 4 weeks and the rotations were fitted in proportion. */
  readonly fitted: boolean;
  readonly style: Continuation;
}

export type CohortRowOutcome =
  | { readonly ok: true; readonly plan: CohortRowPlan }
  | { readonly ok: false; readonly reason: "no-cohort" | "outside" | "merge-across-rows"; readonly detail?: string };

/** A sheet with no rotation over several blocks yet is written with merged cells, as the seed writes its plans. */
const NO_HABIT_YET: Continuation = { kind: "merge" };

/**
 * Plans course `course`'s template into row `row` of the cohort grid that holds it (a resident's
 * row, or the empty row just below the grid; never its title, year or header rows).
 *
 * @param sheet the sheet as read (values at their origin, merges)
 * @param grids the grids the engine found on it
 * @param row   0-based sheet row
 * @example
 * const planned = planCohortRow(sheet, findGrids(sheet), 7, "B", "研修 三郎");
 * planned.ok && planned.plan.edits.writes[0]; // → { cell: "A8", value: "研修 三郎" }
 */
export function planCohortRow(sheet: SheetData, grids: readonly Grid[], row: number, course: CourseId, name: string): CohortRowOutcome {
  const cohorts = grids.filter((g) => g.layout !== "course-sheet" && g.plans.length > 0);
  if (cohorts.length === 0) return { ok: false, reason: "no-cohort" };
  const firstRow = (g: Grid): number => Math.min(...g.plans.map((p) => p.row)) - 1;
  const grid = cohorts.find((g) => {
    const a = areaFromA1(g.range);
    return a !== undefined && firstRow(g) <= row && row <= a.bottom + 1;
  });
  if (!grid) return { ok: false, reason: "outside", detail: String(row + 1) };
  const reference = at(grid.plans, 0, "a cohort grid has a plan");
  const nameCol = position(reference.nameCell).col;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const valueAt = (r: number, c: number): CellValue => sheet.rows[r - origin.row]?.[c - origin.col] ?? null;
  const slots = reference.slots.map((s) => ({ slot: s, col: position(s.cell).col }));
  // The course column, as the engine's reader found it (コース, 研修コース, Course …).
  const courseCol = grid.columns?.course;

  const style = continuationOf(sheet, grid, NO_HABIT_YET);
  const planned = new Map<number, string | null>();
  const merges: Area[] = [];
  const dropped: string[] = [];
  let fitted = false;
  for (const year of COURSE_TEMPLATES[course].years) {
    const yearSlots = slots.filter((s) => s.slot.year === year.year).sort((a, b) => a.slot.index - b.slot.index);
    if (yearSlots.length === 0) continue;
    if (yearSlots.some((s) => Math.abs(s.slot.weeks - BLOCK_WEEKS) > EPS)) fitted = true;
    const rotations = year.rotations.map((r) => ({ text: templateTextOneLine(r.text), weeks: r.weeks }));
    const fit: FitResult = fitted ? fitBlocks(rotations, yearSlots.length) : fitFourWeekBlocks(rotations, yearSlots.length);
    dropped.push(...fit.dropped.map((i) => at(rotations, i, "a dropped rotation is one of the year's").text));
    writeRuns(yearSlots, fit.assignment, rotations, style, row, planned, merges);
  }
  if (name.trim() !== "") planned.set(nameCol, name.trim());
  if (courseCol !== undefined) planned.set(courseCol, course);

  const cols = [...planned.keys()].sort((a, b) => a - b);
  // The name cell is always part of what must not change before writing: it says whose row this is.
  const region: Area = { top: row, bottom: row, left: Math.min(nameCol, ...cols), right: Math.max(nameCol, ...cols) };
  const existing = (sheet.merges ?? []).filter((m) => intersects(m, region));
  const across = existing.find((m) => m.top !== row || m.bottom !== row);
  if (across) return { ok: false, reason: "merge-across-rows", detail: `${toA1(across.top, across.left)}:${toA1(across.bottom, across.right)}` };

  const conflicts: CohortRowConflict[] = [];
  for (const col of cols) {
    const before = cellText(valueAt(row, col)).trim();
    const after = planned.get(col) ?? "";
    if (before !== "" && before !== after.trim()) conflicts.push({ cell: toA1(row, col), before, after });
  }
  const unmerged = existing.filter((m) => !merges.some((p) => sameArea(p, m))).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  const firstBlock = at(slots, 0, "a plan has blocks").col;
  const lastBlock = at(slots, slots.length - 1, "a plan has blocks").col;
  return {
    ok: true,
    plan: {
      sheet: sheet.name,
      row,
      edits: { sheet: sheet.name, writes: cols.map((col) => ({ cell: toA1(row, col), value: planned.get(col) ?? null })), merge: merges, unmerge: existing },
      region,
      before: Array.from({ length: region.right - region.left + 1 }, (_, i) => valueAt(row, region.left + i)),
      blocks: { top: row, left: firstBlock, bottom: row, right: lastBlock },
      conflicts,
      unmerged,
      dropped,
      fitted,
      style,
    },
  };
}

/** A cell address the grid reader wrote. */
function position(cell: string): { row: number; col: number } {
  return must(fromA1(cell), `the grid reader writes A1 addresses (${cell})`);
}

/** Writes each run of blocks with the same rotation in the sheet's style: the text once, then merged, repeated or its ditto mark. */
function writeRuns(
  slots: ReadonlyArray<{ slot: Slot; col: number }>,
  assignment: readonly number[],
  rotations: ReadonlyArray<{ text: string }>,
  style: Continuation,
  row: number,
  planned: Map<number, string | null>,
  merges: Area[],
): void {
  let i = 0;
  while (i < slots.length) {
    const which = assignment[i] ?? -1;
    let j = i;
    // A run: the same rotation on adjacent columns.
    while (j + 1 < slots.length && assignment[j + 1] === which && slots[j + 1]?.col === (slots[j]?.col ?? -2) + 1) j++;
    const text = which >= 0 ? (rotations[which]?.text ?? null) : null;
    for (let k = i; k <= j; k++) {
      const col = at(slots, k, "k runs over the slots").col;
      const first = k === i;
      planned.set(col, text === null ? null : first || style.kind === "repeat" ? text : style.kind === "ditto" ? style.mark : null);
    }
    if (text !== null && style.kind === "merge" && j > i) merges.push({ top: row, bottom: row, left: at(slots, i, "a run's first slot").col, right: at(slots, j, "a run's last slot").col });
    i = j + 1;
  }
}
