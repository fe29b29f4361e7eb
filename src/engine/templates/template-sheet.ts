import type { SheetData } from "../model/sheet";

/** What a template cell is, so each adapter can style it its own way. */
export type CellRole = "title" | "label" | "value" | "year" | "header" | "rotation" | "note";

/** The key of a 0-based position in {@link TemplateSheet.roles}: `row,col`. */
export const roleKey = (row: number, col: number): string => `${row},${col}`;

/** The position a {@link roleKey} names. */
export function roleCell(key: string): { readonly row: number; readonly col: number } {
  const [row = Number.NaN, col = Number.NaN] = key.split(",").map(Number);
  return { row, col };
}

/**
 * A sheet the engine lays out (a course template, a clinician-scientist plan) in the very
 * representation the grid reader consumes, plus hints for presentation. Writing `sheet` and
 * reading it back gives the same plan.
 */
export interface TemplateSheet {
  readonly sheet: SheetData;
  /** Roles by 0-based position: key {@link roleKey}. */
  readonly roles: ReadonlyMap<string, CellRole>;
  /** Suggested column widths in characters, by 0-based column. */
  readonly columnWidths: readonly number[];
  /** Input lists (data validation) for areas of the sheet. */
  readonly lists: ReadonlyArray<{ readonly top: number; readonly left: number; readonly bottom: number; readonly right: number; readonly values: readonly string[] }>;
}
