import { cellText, fromA1, type Grid, type SheetData } from "../../engine";
import { mergeAt } from "../workbook/ranges";

/** How a sheet writes a rotation over several blocks (CONTRACT §4). */
export type ContinuationStyle =
  | { readonly kind: "merge" }
  | { readonly kind: "repeat" }
  | { readonly kind: "ditto"; readonly mark: string };

const DITTO_MARKS = ["〃", "同上", "→", "←", "″", '"'];

/**
 * The style the sheet's own residents use: merged cells, the same text repeated, or a ditto mark
 * (the mark they use). The most frequent wins; a sheet with no multi-block rotation yet gets
 * merged cells, as the seed writes them.
 */
export function continuationStyle(sheet: SheetData, grid: Grid): ContinuationStyle {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const merges = sheet.merges ?? [];
  let merged = 0;
  let repeated = 0;
  const marks = new Map<string, number>();
  for (const plan of grid.plans) {
    let previous = "";
    for (const slot of plan.slots) {
      const pos = fromA1(slot.cell);
      if (!pos) continue;
      const merge = mergeAt(merges, pos.row, pos.col);
      if (merge && merge.left < pos.col) {
        if (merge.left === pos.col - 1) merged++;
        previous = "";
        continue;
      }
      const text = cellText(
        sheet.rows[pos.row - origin.row]?.[pos.col - origin.col] ?? null
      ).trim();
      if (DITTO_MARKS.includes(text)) marks.set(text, (marks.get(text) ?? 0) + 1);
      else if (text !== "" && text === previous) repeated++;
      previous = text;
    }
  }
  const [mark, dittos] = [...marks].sort((a, b) => b[1] - a[1])[0] ?? ["〃", 0];
  if (dittos > merged && dittos > repeated) return { kind: "ditto", mark };
  if (repeated > merged) return { kind: "repeat" };
  return { kind: "merge" };
}
