import { normalizeText } from "../text/normalize";

/**
 * The labels that tell the grid reader what a row or column is, as data (CONTRACT §4).
 * Compared after normalizeText (NFKC, no spaces), case-insensitively for Latin letters.
 */
export const NAME_LABELS: ReadonlySet<string> = new Set(
  ["氏名", "名前", "研修医", "研修医名", "研修医氏名", "研修者", "研修者名", "専攻医", "専攻医名", "name", "resident", "trainee", "氏名(研修医)", "研修医(氏名)"],
);

export const COURSE_LABELS: ReadonlySet<string> = new Set(["コース", "コース名", "選択コース", "course", "研修コース"]);

/** A column of the site where a resident spends both years (rare, but seen). */
export const SITE_LABELS: ReadonlySet<string> = new Set(["施設", "研修施設", "研修病院", "病院", "site", "hospital"]);

/** Rows that total or annotate a grid rather than plan a resident. */
export const SUMMARY_ROW = /^(合計|総計|小計|計|人数|集計|在籍数|total|sum|count)$/i;
export const NOTE_ROW = /^(※|注|備考|凡例|note)/i;

/** `1 年次 大学病院`, `研修2年目`, `1年次（協力型研修病院）`: the year and the rest (a site). */
export const YEAR_LABEL = /([12])年(?:次|目)/;

/** `A コース`, `コースB`, `Course C`. */
export const COURSE_TITLE = /(?:^|[^A-Za-z])([ABC])コース|コース([ABC])(?:$|[^A-Za-z])|^course([ABC])$/i;

// A course column's value is read by vocabulary/course-id.ts.

/** Names of the capacity sheet (CONTRACT §5), compared after normalizeText: use isCapacitySheetName. */
export const CAPACITY_SHEET = /^(定員|capacity)$/i;

/**
 * Whether a sheet's name makes it the capacity sheet (CONTRACT §5): `定員` or `Capacity`, as people
 * write them (full-width, spaced). The one test for the engine, the CLI and the pane's ports.
 *
 * @example isCapacitySheetName("ＣＡＰＡＣＩＴＹ") // → true
 */
export function isCapacitySheetName(name: string): boolean {
  return CAPACITY_SHEET.test(normalizeText(name));
}
