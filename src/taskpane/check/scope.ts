import { areaFromA1, areaToA1, intersects, type Area, type SheetData } from "../../engine";
import type { SheetSnapshot } from "../workbook/port";

/** What a check looks at: the whole sheet, or one range of it (the user's selection). */
export type CheckScope =
  { readonly kind: "sheet" } | { readonly kind: "range"; readonly range: string };

/**
 * The scope of a check: the selection when the user has selected more than one cell in a single
 * area, else the whole sheet. A selection Rota made itself (clicking a finding selects its cells)
 * is not the user's choice and is passed as `ignore`.
 *
 * @example chooseScope({ …snapshot, selection: ["B3:AB20"] }) // → { kind: "range", range: "B3:AB20" }
 */
export function chooseScope(snapshot: SheetSnapshot, ignore?: readonly string[]): CheckScope {
  const [range, ...more] = snapshot.selection;
  if (range === undefined || more.length > 0) return { kind: "sheet" };
  const area = areaFromA1(range);
  if (!area || (area.top === area.bottom && area.left === area.right)) return { kind: "sheet" };
  if (ignore && ignore.length === 1 && ignore[0] === range) return { kind: "sheet" };
  return { kind: "range", range: areaToA1(area) };
}

/**
 * The part of a sheet inside an area: values sliced (the sheet's own positions kept, so findings
 * name the sheet's cells), merged areas clipped to it.
 */
export function clipSheet(sheet: SheetData, area: Area): SheetData {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const top = Math.max(area.top, origin.row);
  const left = Math.max(area.left, origin.col);
  const rows: Array<ReadonlyArray<SheetData["rows"][number][number]>> = [];
  for (let r = top; r <= area.bottom; r++) {
    const source = sheet.rows[r - origin.row];
    if (!source) break;
    rows.push(source.slice(left - origin.col, area.right - origin.col + 1));
  }
  const merges = (sheet.merges ?? [])
    .filter((m) => intersects(m, area))
    .map((m) => ({
      top: Math.max(m.top, area.top),
      left: Math.max(m.left, area.left),
      bottom: Math.min(m.bottom, area.bottom),
      right: Math.min(m.right, area.right),
    }))
    .filter((m) => m.top !== m.bottom || m.left !== m.right);
  return {
    name: sheet.name,
    rows,
    origin: { row: top, col: left },
    ...(merges.length > 0 ? { merges } : {}),
  };
}
