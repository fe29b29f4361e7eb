import { fromA1, type Area, type CellValue, type SheetData } from "../../engine";
import type { SheetEdits } from "../../engine/plan";
import { must } from "../../engine/model/invariant";
import type { BlockWrite } from "../workbook/port";

/**
 * The planner's edits as the pane's guarded write (the one the template insertion uses): written
 * into the existing sheet only if the cells it covers still hold what the plan was made from, so a
 * cell the user changed meanwhile is never overwritten. Merged areas split first, new ones after.
 */
export function planWrite(sheet: SheetData, edits: SheetEdits): BlockWrite {
  const cells = edits.writes.map((w) => ({
    at: must(fromA1(w.cell), "the planner writes A1 addresses"),
    value: w.value,
  }));
  const areas: Area[] = [
    ...cells.map(({ at }) => ({ top: at.row, left: at.col, bottom: at.row, right: at.col })),
    ...edits.unmerge,
    ...edits.merge,
  ];
  const area: Area = {
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  };
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.col ?? 0;
  const values: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(sheet.rows[r - top]?.[c - left] ?? null);
    values.push(row);
  }
  // One block per run of adjacent cells on a row.
  const sorted = [...cells].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col);
  const blocks: Array<{ top: number; left: number; values: [CellValue[]] }> = [];
  for (const { at, value } of sorted) {
    const last = blocks.at(-1);
    if (last && last.top === at.row && last.left + last.values[0].length === at.col)
      last.values[0].push(value);
    else blocks.push({ top: at.row, left: at.col, values: [[value]] });
  }
  return {
    target: { kind: "existing", sheet: edits.sheet, expect: { area, values } },
    unmerge: edits.unmerge,
    blocks: blocks,
    merges: edits.merge,
    formats: [],
    columnWidths: [],
    lists: [],
  };
}
