import { continuationOf, type Continuation } from "../detect/continuation";
import { SheetView } from "../detect/sheet-view";
import { cellText, type CellValue } from "../model/cell";
import { fromA1, toA1 } from "../model/address";
import { at, lastOf, must } from "../model/invariant";
import type { Grid, Slot } from "../model/plan";
import type { Area, SheetData } from "../model/sheet";
import { parseCell } from "../vocabulary/parse-cell";
import type { Choice } from "./choices";
import type { Decision } from "./read-solution";

/** A grid with no rotation over several blocks yet gets its plan as repeated text: readable in every program, and what `rota plan` has always written there. */
const NO_HABIT_YET: Continuation = { kind: "repeat" };

/** One block whose rotation the planner set: filled (was empty) or changed (repair). */
export interface Change {
  readonly sheet: string;
  readonly cell: string;
  readonly trainee: string;
  /** 1-based block of the grid. */
  readonly block: number;
  readonly before: string;
  readonly after: string;
  readonly kind: "fill" | "change";
}

/** What to write into a sheet: cell values (null clears a merged area's other cells), merges made and undone. */
export interface SheetEdits {
  readonly sheet: string;
  readonly writes: ReadonlyArray<{ readonly cell: string; readonly value: string | null }>;
  readonly merge: readonly Area[];
  readonly unmerge: readonly Area[];
}

/**
 * Turns the solver's decisions into cell writes in the grid's own layout, and the list of blocks
 * changed. A merged area with a changed block is split (its other blocks keep their rotation,
 * written out), and a ditto mark that continued a changed block gets its rotation written out, so
 * that every block the planner did not change still reads as before.
 */
export function editsFor(sheet: SheetData, grid: Grid, choices: readonly Choice[], decisions: readonly Decision[], style: Continuation = continuationOf(sheet, grid, NO_HABIT_YET)): { edits: SheetEdits; changes: Change[] } {
  const view = new SheetView(sheet);
  const writes = new Map<string, string | null>();
  const merge: Area[] = [];
  const unmerge: Area[] = [];
  const changes: Change[] = [];
  const byPlan = new Map<number, Map<number, string>>();
  for (const d of decisions) {
    if (d.option === -1) continue;
    const plan = planAt(grid, d.plan);
    const slot = slotAt(plan.slots, d.slot);
    const text = at(choices, d.option, "an option is a choice's index").text;
    changes.push({
      sheet: grid.sheet,
      cell: slot.cell,
      trainee: plan.trainee,
      block: slot.index + 1,
      before: slot.parsed.kind === "empty" ? "" : slot.parsed.text,
      after: text,
      kind: slot.parsed.kind === "empty" ? "fill" : "change",
    });
    const row = byPlan.get(d.plan) ?? new Map<number, string>();
    row.set(d.slot, text);
    byPlan.set(d.plan, row);
  }

  const mergeAt = (cell: string): Area | undefined => {
    const here = position(cell);
    const area = view.mergeAt(here.row, here.col);
    return area && (area.top !== area.bottom || area.left !== area.right) ? area : undefined;
  };

  for (const [p, newTexts] of byPlan) {
    const slots = planAt(grid, p).slots;
    // Split the merged areas a change falls in: their other cells keep the area's text.
    const kept: Array<{ slot: Slot; text: string; area: Area }> = [];
    for (const i of newTexts.keys()) {
      const area = mergeAt(slotAt(slots, i).cell);
      if (!area || unmerge.includes(area)) continue;
      const text = cellText(view.raw(area.top, area.left));
      if (text === "") {
        // An empty merged area planned as one rotation stays merged (the model gives it one rotation).
        continue;
      }
      unmerge.push(area);
      for (const slot of slots) {
        const here = position(slot.cell);
        if (here.row >= area.top && here.row <= area.bottom && here.col >= area.left && here.col <= area.right && !newTexts.has(slot.index)) kept.push({ slot, text, area });
      }
    }
    for (const k of kept) writes.set(k.slot.cell, k.text);
    // Runs of kept text from one area are merged again.
    if (style.kind === "merge") mergeRuns(kept.map((k) => ({ index: k.slot.index, cell: k.slot.cell, text: `${k.area.left}:${k.text}` })));

    // A ditto mark that continued a changed block gets its rotation written out.
    for (const [i, slot] of slots.entries()) {
      if (i < 1 || newTexts.has(i) || !newTexts.has(i - 1) || writes.has(slot.cell)) continue;
      const here = position(slot.cell);
      const raw = view.raw(here.row, here.col);
      if (raw !== null && parseCell(raw).kind === "ditto") writes.set(slot.cell, slot.parsed.text);
    }

    // The new rotations, in runs written as the sheet writes them.
    const runs: Array<{ index: number; cell: string; text: string }> = [...newTexts].sort((a, b) => a[0] - b[0]).map(([i, text]) => ({ index: i, cell: slotAt(slots, i).cell, text }));
    const emptyAreas = new Set<Area>();
    for (const r of runs) {
      const area = mergeAt(r.cell);
      if (area && cellText(view.raw(area.top, area.left)) === "") emptyAreas.add(area);
    }
    const emptyAreaOf = (cell: string): Area | undefined => {
      const area = mergeAt(cell);
      return area && emptyAreas.has(area) ? area : undefined;
    };
    const free = runs.filter((r) => !emptyAreaOf(r.cell));
    for (const r of runs) {
      // Inside an empty merged area: its top-left cell holds the text.
      const area = emptyAreaOf(r.cell);
      if (!area) continue;
      const here = position(r.cell);
      writes.set(r.cell, here.row === area.top && here.col === area.left ? r.text : null);
    }
    for (const run of splitRuns(free)) {
      run.forEach((r, k) => {
        if (k === 0 || style.kind === "repeat") writes.set(r.cell, r.text);
        else writes.set(r.cell, style.kind === "ditto" ? style.mark : null);
      });
    }
    if (style.kind === "merge") mergeRuns(free);
  }
  return { edits: { sheet: grid.sheet, writes: [...writes].map(([cell, value]) => ({ cell, value })), merge, unmerge }, changes };

  /** Merges each run of two or more consecutive blocks with the same text. */
  function mergeRuns(cells: Array<{ index: number; cell: string; text: string }>): void {
    for (const run of splitRuns(cells)) {
      if (run.length < 2) continue;
      const a = position(run[0].cell);
      const z = position(lastOf(run).cell);
      if (a.row !== z.row) continue;
      merge.push({ top: a.row, left: a.col, bottom: z.row, right: z.col });
      for (const r of run.slice(1)) writes.set(r.cell, null);
    }
  }
}

/** Consecutive blocks with the same text. */
function splitRuns<T extends { index: number; text: string }>(cells: readonly T[]): Array<[T, ...T[]]> {
  const sorted = [...cells].sort((a, b) => a.index - b.index);
  const runs: Array<[T, ...T[]]> = [];
  for (const c of sorted) {
    const last = runs.at(-1);
    const prev = last && lastOf(last);
    if (last && prev && prev.index + 1 === c.index && prev.text === c.text) last.push(c);
    else runs.push([c]);
  }
  return runs;
}

/** A cell address the grid reader wrote, as a position. */
const position = (cell: string) => must(fromA1(cell), "a grid's cells are A1 addresses");
const planAt = (grid: Grid, p: number) => at(grid.plans, p, "a decision's plan is one of the grid's");
const slotAt = (slots: readonly Slot[], i: number) => at(slots, i, "a decision's slot is one of its plan's");

/**
 * The sheets as they read once the edits are written: what the validator checks before anyone sees
 * a plan. Pure: the input sheets are not touched.
 */
export function applyEdits(sheets: readonly SheetData[], edits: readonly SheetEdits[]): SheetData[] {
  return sheets.map((sheet) => {
    const mine = edits.filter((e) => e.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const top = sheet.origin?.row ?? 0;
    const left = sheet.origin?.col ?? 0;
    const rows: CellValue[][] = sheet.rows.map((r) => [...r]);
    const undo = new Set(mine.flatMap((e) => e.unmerge).map((a) => `${a.top}:${a.left}:${a.bottom}:${a.right}`));
    const merges = [...(sheet.merges ?? []).filter((a) => !undo.has(`${a.top}:${a.left}:${a.bottom}:${a.right}`)), ...mine.flatMap((e) => e.merge)];
    for (const e of mine) {
      for (const w of e.writes) {
        const here = position(w.cell);
        const r = here.row - top;
        const c = here.col - left;
        while (rows.length <= r) rows.push([]);
        const row = at(rows, r, "the rows were extended to r");
        while (row.length <= c) row.push(null);
        row[c] = w.value;
      }
    }
    return { ...sheet, rows, merges };
  });
}

/** A1 of a 0-based position (re-exported for adapters that write edits). */
export { toA1 };
