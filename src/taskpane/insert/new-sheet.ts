import {
  roleCell,
  toA1,
  type Area,
  type CellRole,
  type CellValue,
  type TemplateSheet,
} from "../../engine";
import type { BlockWrite, CellFormat } from "../workbook/port";
import { toAreas } from "../workbook/ranges";
import { DATE_FORMAT, ROLE_FORMATS } from "./role-formats";

/**
 * A template as one write to a new sheet: its values as one rectangle from A1, its merges, each
 * role's look, its column widths and drop-down lists, and the first cell to fill in (the name)
 * selected at the end. Pure.
 */
export function newSheetWrite(template: TemplateSheet, name: string): BlockWrite {
  const origin = template.sheet.origin ?? { row: 0, col: 0 };
  const width = Math.max(1, ...template.sheet.rows.map((r) => r.length));
  const values: CellValue[][] = template.sheet.rows.map((row) =>
    Array.from({ length: width }, (_, c) => row[c] ?? null)
  );

  const byRole = new Map<CellRole, string[]>();
  for (const [key, role] of template.roles) {
    const { row: r, col: c } = roleCell(key);
    let cells = byRole.get(role);
    if (!cells) byRole.set(role, (cells = []));
    cells.push(toA1(origin.row + r, origin.col + c));
  }
  const formats: Array<{ area: Area; format: CellFormat }> = [];
  for (const [role, cells] of byRole)
    for (const area of toAreas(cells)) formats.push({ area, format: ROLE_FORMATS[role] });
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v instanceof Date)
        formats.push({
          area: {
            top: origin.row + r,
            left: origin.col + c,
            bottom: origin.row + r,
            right: origin.col + c,
          },
          format: { numberFormat: DATE_FORMAT },
        });
    })
  );

  return {
    target: { kind: "new-sheet", name },
    unmerge: [],
    blocks: [{ top: origin.row, left: origin.col, values }],
    merges: template.sheet.merges ?? [],
    formats,
    columnWidths: template.columnWidths.map((chars, col) => ({ col: origin.col + col, chars })),
    lists: template.lists.map((l) => ({
      area: {
        top: origin.row + l.top,
        left: origin.col + l.left,
        bottom: origin.row + l.bottom,
        right: origin.col + l.right,
      },
      values: l.values,
    })),
    select: firstValueCell(template, origin),
  };
}

/** The first cell a person fills in (role "value", in reading order); A1 of the template when none. */
function firstValueCell(template: TemplateSheet, origin: { row: number; col: number }): Area {
  let best: [number, number] | undefined;
  for (const [key, role] of template.roles) {
    if (role !== "value") continue;
    const { row: r, col: c } = roleCell(key);
    if (!best || r < best[0] || (r === best[0] && c < best[1])) best = [r, c];
  }
  const [r, c] = best ?? [0, 0];
  return {
    top: origin.row + r,
    left: origin.col + c,
    bottom: origin.row + r,
    right: origin.col + c,
  };
}
