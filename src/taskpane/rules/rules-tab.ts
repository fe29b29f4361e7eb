import {
  readProfileSheet,
  rulesInForceList,
  rulesSheetOf,
  startingRulesSheet,
  type CellValue,
  type Profile,
  type RuleInForce,
  type SheetData,
} from "../../engine";
import type { BlockWrite } from "../workbook/port";

/** What the 規則 tab shows: the rules in force and where they come from, or why the sheet cannot be used. */
export type RulesTabModel =
  | {
      readonly kind: "rules";
      readonly rules: readonly RuleInForce[];
      readonly sheet: string | null;
      readonly profile: Profile | null;
    }
  | {
      readonly kind: "unusable";
      readonly sheet: string;
      readonly problems: ReadonlyArray<{ readonly ja: string; readonly en: string }>;
    };

/**
 * The rules in force for a workbook whose sheets (the checked sheet and its related ones) were
 * read: the registry's with the 規則 sheet applied, when there is one. Pure.
 */
export function rulesTabModel(sheets: readonly SheetData[]): RulesTabModel {
  const sheet = rulesSheetOf(sheets);
  const read = readProfileSheet(sheets);
  if (!sheet || !read)
    return { kind: "rules", rules: rulesInForceList(), sheet: null, profile: null };
  if (!read.ok) return { kind: "unusable", sheet: sheet.name, problems: read.problems };
  return {
    kind: "rules",
    rules: rulesInForceList(read.profile),
    sheet: sheet.name,
    profile: read.profile,
  };
}

/** Column widths of the starting sheet, in characters (規則, 分野, 最低週数 … 説明). */
const WIDTHS = [16, 14, 9, 9, 6, 8, 6, 12, 16, 6, 60];

/**
 * The starting 規則 sheet (the values in force) as one write to a new sheet named 規則: the
 * header bold, widths to read by. Writes no existing cell. Pure.
 */
export function startingSheetWrite(profile: Profile | null, name = "規則"): BlockWrite {
  const rows = startingRulesSheet(profile ?? undefined);
  const width = Math.max(...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map((r) =>
    Array.from({ length: width }, (_, c) => r[c] ?? null)
  );
  return {
    target: { kind: "new-sheet", name },
    unmerge: [],
    blocks: [{ top: 0, left: 0, values }],
    merges: [],
    formats: [{ area: { top: 0, left: 0, bottom: 0, right: width - 1 }, format: { bold: true } }],
    columnWidths: WIDTHS.map((chars, col) => ({ col, chars })),
    lists: [],
  };
}
