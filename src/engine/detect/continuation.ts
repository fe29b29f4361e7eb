import { fromA1 } from "../model/address";
import { cellText } from "../model/cell";
import type { Grid } from "../model/plan";
import type { Area, SheetData } from "../model/sheet";
import { SheetView } from "../model/sheet-view";
import { parseCell } from "../vocabulary/parse-cell";

/** How a sheet writes a rotation over several blocks (CONTRACT §4): merged cells, the text repeated, or a ditto mark (the sheet's own). */
export type Continuation = { readonly kind: "merge" } | { readonly kind: "repeat" } | { readonly kind: "ditto"; readonly mark: string };

/**
 * The way the grid's own residents continue a rotation over several blocks, for whatever writes
 * into it (a cohort row from a template, a plan the solver made): the most frequent of merged cells
 * (one per merged area), the same text repeated in the next block, or a ditto mark (the mark they
 * use most: 〃, 同上 …, as the vocabulary reads them). A grid with no rotation over several blocks
 * yet gets `fallback`: the caller's choice, since an empty grid says nothing of its habit.
 *
 * @example continuationOf(sheetWrittenWithDittos, grid, { kind: "merge" }) // → { kind: "ditto", mark: "〃" }
 */
export function continuationOf(sheet: SheetData, grid: Grid, fallback: Continuation): Continuation {
  const view = new SheetView(sheet);
  const areas = new Set<Area>();
  let repeated = 0;
  const marks = new Map<string, number>();
  for (const plan of grid.plans) {
    let previous = "";
    for (const slot of plan.slots) {
      const at = fromA1(slot.cell);
      if (!at) continue;
      const area = view.mergeAt(at.row, at.col);
      if (area && (area.top !== at.row || area.left !== at.col)) {
        // A block hidden under a merged area: the area counts once.
        areas.add(area);
        previous = "";
        continue;
      }
      const raw = view.raw(at.row, at.col);
      const text = cellText(raw).trim();
      // The cell as written (the grid's own slots read a ditto mark as the rotation it continues).
      if (raw !== null && parseCell(raw).kind === "ditto") marks.set(text, (marks.get(text) ?? 0) + 1);
      else if (text !== "" && text === previous) repeated++;
      previous = text;
    }
  }
  const merged = areas.size;
  const [mark, dittos] = [...marks].sort((a, b) => b[1] - a[1])[0] ?? ["〃", 0];
  if (merged === 0 && repeated === 0 && dittos === 0) return fallback;
  if (dittos > merged && dittos > repeated) return { kind: "ditto", mark };
  if (repeated > merged) return { kind: "repeat" };
  return { kind: "merge" };
}
