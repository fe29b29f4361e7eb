import { areaFromA1, areaToA1, fromA1, toA1 } from "../model/address";
import type { CellValue } from "../model/cell";
import type { Grid, Plan, Slot } from "../model/plan";
import type { SheetData } from "../model/sheet";
import { must } from "../model/invariant";

/**
 * A grid kept with a resident per column (the blocks run down the rows, names across the top):
 * the sheet turned on its diagonal so the row readers read it, and what they find turned back to
 * the sheet's own addresses (issue 8).
 */
export function transposeSheet(sheet: SheetData): SheetData {
  const width = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const rows: CellValue[][] = Array.from({ length: width }, (_, c) => sheet.rows.map((row) => row[c] ?? null));
  return {
    name: sheet.name,
    rows,
    ...(sheet.origin ? { origin: { row: sheet.origin.col, col: sheet.origin.row } } : {}),
    ...(sheet.merges ? { merges: sheet.merges.map((m) => ({ top: m.left, left: m.top, bottom: m.right, right: m.bottom })) } : {}),
  };
}

/** A grid read on the transposed sheet, in the sheet's own addresses. */
export function transposeGrid({ columns: _columns, ...grid }: Grid): Grid {
  const plans = grid.plans.map(({ rows: _rows, ...plan }): Plan => {
    const nameCell = cell(plan.nameCell);
    return {
      ...plan,
      nameCell,
      row: must(fromA1(nameCell), "a name cell is an A1 address").row + 1,
      slots: plan.slots.map(slot),
      parallel: plan.parallel.map(slot),
      ...(plan.unknownCourse ? { unknownCourse: { ...plan.unknownCourse, cell: cell(plan.unknownCourse.cell) } } : {}),
    };
  });
  return {
    ...grid,
    range: range(grid.range),
    plans,
    transposed: true,
    // A header down a column: its "row" is the column's number.
    ...(grid.headers ? { headers: grid.headers.map((h) => ({ ...h, columns: h.columns.map((c) => ({ ...c, cell: cell(c.cell) })) })) } : {}),
    ...(grid.legend ? { legend: grid.legend.map((e) => (e.cell ? { ...e, cell: cell(e.cell) } : e)) } : {}),
  };
}

function slot(s: Slot): Slot {
  return { ...s, cell: cell(s.cell), ...(s.ditto ? { ditto: { ...s.ditto, from: cell(s.ditto.from) } } : {}) };
}

function cell(a1: string): string {
  const p = fromA1(a1);
  return p ? toA1(p.col, p.row) : a1;
}

function range(a1: string): string {
  const area = areaFromA1(a1);
  return area ? areaToA1({ top: area.left, left: area.top, bottom: area.right, right: area.bottom }) : a1;
}
