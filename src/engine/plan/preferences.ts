import { SheetView } from "../detect/sheet-view";
import { cellText } from "../model/cell";
import type { SheetData } from "../model/sheet";
import { normalizeText } from "../text/normalize";
import { parseCell } from "../vocabulary/parse-cell";
import type { ParsedCell } from "../vocabulary/parsed-cell";

/** One resident's wish: a rotation, how much it matters, and optionally the year or block wanted. */
export interface Preference {
  readonly trainee: string;
  /** The rotation as written in the 希望 sheet. */
  readonly text: string;
  readonly parsed: ParsedCell;
  /** Larger matters more (a rank is turned into a weight: the first of N weighs N). */
  readonly weight: number;
  readonly year?: 1 | 2;
  /** 1-based block of the grid. */
  readonly block?: number;
}

/** Names of the wishes sheet. */
export const PREFERENCE_SHEET = /^(希望|研修希望|希望調査|preferences?|wishes)$/i;

/** Whether a sheet's name makes it the wishes sheet (`希望`, as people write it). */
export function isPreferenceSheetName(name: string): boolean {
  return PREFERENCE_SHEET.test(normalizeText(name));
}

const NAME = new Set(["氏名", "名前", "研修医", "研修医名", "name", "resident", "trainee"]);
const FIELD = new Set(["診療科", "希望科", "希望診療科", "分野", "研修科", "field", "rotation", "department"]);
const RANK = new Set(["順位", "希望順位", "rank", "priority"]);
const WEIGHT = new Set(["重み", "点数", "weight", "score"]);
const YEAR = new Set(["年次", "学年", "year"]);
const BLOCK = new Set(["ブロック", "block", "時期", "クール"]);

/**
 * Reads a `希望` sheet: a header row with at least 氏名 and 診療科, and 順位 (rank, 1 first) or 重み
 * (weight), optionally 年次 (1 or 2) and ブロック (1-based block). Rows that name no known rotation
 * are skipped; a wish without rank or weight weighs 1.
 *
 * @example
 * // 氏名 | 診療科 | 順位 | 年次
 * // 研修医 一郎 | 小児科 | 1 | 2
 * readPreferences(sheets) // → [{ trainee: "研修医 一郎", text: "小児科", weight: 1, year: 2, … }]
 */
export function readPreferences(sheets: readonly SheetData[]): Preference[] {
  const sheet = sheets.find((s) => PREFERENCE_SHEET.test(normalizeText(s.name)));
  if (!sheet) return [];
  const view = new SheetView(sheet);
  for (let row = view.top; row < Math.min(view.end, view.top + 20); row++) {
    const col: Record<string, number | undefined> = {};
    for (let c = view.left; c < view.right; c++) {
      const key = view.key(row, c).toLowerCase();
      if (NAME.has(key)) col["name"] ??= c;
      else if (FIELD.has(key)) col["field"] ??= c;
      else if (RANK.has(key)) col["rank"] ??= c;
      else if (WEIGHT.has(key)) col["weight"] ??= c;
      else if (YEAR.has(key)) col["year"] ??= c;
      else if (BLOCK.has(key)) col["block"] ??= c;
    }
    if (col["name"] === undefined || col["field"] === undefined) continue;
    const raw: Array<Omit<Preference, "weight"> & { rank?: number; weight?: number }> = [];
    for (let r = row + 1; r < view.end; r++) {
      const trainee = cellText(view.value(r, col["name"])).trim();
      const text = cellText(view.value(r, col["field"])).trim();
      const parsed = parseCell(text);
      if (trainee === "" || parsed.kind !== "rotation") continue;
      const num = (c: number | undefined): number | undefined => {
        if (c === undefined) return undefined;
        const n = Number(normalizeText(cellText(view.value(r, c))).replace(/[^0-9.]/g, ""));
        return Number.isFinite(n) && n > 0 ? n : undefined;
      };
      const year = num(col["year"]);
      const block = num(col["block"]);
      const rank = num(col["rank"]);
      const weight = num(col["weight"]);
      raw.push({
        trainee,
        text,
        parsed,
        ...(year === 1 || year === 2 ? { year } : {}),
        ...(block !== undefined && Number.isInteger(block) ? { block } : {}),
        ...(rank !== undefined ? { rank } : {}),
        ...(weight !== undefined ? { weight } : {}),
      });
    }
    const maxRank = Math.max(1, ...raw.map((x) => x.rank ?? 1));
    return raw.map(({ rank, weight, ...rest }) => ({ ...rest, weight: weight ?? (rank !== undefined ? maxRank + 1 - rank : 1) }));
  }
  return [];
}
