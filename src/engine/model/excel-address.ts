import { splitAddressList } from "./address";
import type { Area } from "./sheet";

/** Excel's last row and column (0-based): a whole-column reference reaches them. */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** Where a function's argument sits: its sheet and its rectangle (0-based, inclusive). */
export interface SheetRange {
  readonly sheet: string;
  readonly area: Area;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Splits "Sheet!A1" into its sheet (unquoted, without a [Book] prefix) and its local part. */
function splitSheet(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  sheet = sheet.replace(/^\[[^\]]*\]/, "");
  return { sheet, local: address.slice(bang + 1) };
}

type Corner = { row?: number; col?: number };

function corner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return {
    ...(m[1] !== undefined ? { col: columnIndex(m[1]) } : {}),
    ...(m[2] !== undefined ? { row: Number(m[2]) - 1 } : {}),
  };
}

/**
 * Reads an address as Excel gives it in `invocation.parameterAddresses`: `Sheet1!B4:AB40`,
 * `'2026年度'!B4`, whole columns `Sheet1!A:Z`, whole rows `Sheet1!3:40`, `[Book1]Sheet1!A1`.
 * Undefined when it is no single rectangle (empty for an array argument, a union of areas).
 *
 * @example parseRangeAddress("'2026年度'!B4:AB40") // → { sheet: "2026年度", area: { top: 3, left: 1, bottom: 39, right: 27 } }
 * @example parseRangeAddress("Sheet1!A:Z")          // → rows 0 … 1048575, columns 0 … 25
 */
export function parseRangeAddress(address: string | undefined | null): SheetRange | undefined {
  if (!address) return undefined;
  if (address.replace(/'[^']*'/g, "").includes(",")) return undefined; // a union of areas
  const { sheet, local } = splitSheet(address.trim());
  const [a, b = a] = local.split(":");
  const p = a === undefined ? undefined : corner(a);
  const q = b === undefined ? undefined : corner(b);
  if (!p || !q) return undefined;
  // Both corners give a row (or neither: whole columns), and both a column (or neither: whole rows).
  const rows = p.row !== undefined && q.row !== undefined ? ([p.row, q.row] as const) : undefined;
  const cols = p.col !== undefined && q.col !== undefined ? ([p.col, q.col] as const) : undefined;
  if ((!rows && (p.row !== undefined || q.row !== undefined)) || (!cols && (p.col !== undefined || q.col !== undefined))) return undefined;
  const top = rows ? Math.min(...rows) : 0;
  const bottom = rows ? Math.max(...rows) : MAX_ROW;
  const left = cols ? Math.min(...cols) : 0;
  const right = cols ? Math.max(...cols) : MAX_COL;
  return { sheet, area: { top, left, bottom, right } };
}

/**
 * Reads a list of areas as `RangeAreas.address` gives it: `Sheet1!D7:F7,Sheet1!D8:E8` (commas
 * inside a quoted sheet name do not split). Parts that are not rectangles are skipped.
 */
export function parseAreaList(addresses: string): Area[] {
  const areas: Area[] = [];
  for (const part of splitAddressList(addresses)) {
    const range = parseRangeAddress(part);
    if (range) areas.push(range.area);
  }
  return areas;
}

/** The sheet name as an address needs it: quoted when it is not a plain identifier. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
