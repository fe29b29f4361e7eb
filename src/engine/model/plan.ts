import type { ParsedCell } from "../vocabulary/parsed-cell";
import type { VocabularyEntry } from "../vocabulary/vocabulary";

/** The hematology department's courses (seed 000). */
export type CourseId = "A" | "B" | "C";

/** How a grid marks its blocks. */
export type LayoutKind =
  | "course-sheet" // the seed's own: title, year rows with the site, `4 週 … 52 週`, rotations under it
  | "cohort-blocks" // one row per resident, header of block numbers 1 … 26
  | "cohort-weeks" // header of week marks 4週 … 104週
  | "cohort-months" // header of months 4月 … 3月 (twice)
  | "cohort-dates"; // header of block start dates

/** What kind of place a site is, for the site rules (DOMAIN §1). */
export type SiteKind =
  | "core" // 基幹型臨床研修病院 (the 大学病院 in the seed)
  | "coop-hospital" // 協力型臨床研修病院 (たすきがけ included)
  | "coop-facility" // 研修協力施設
  | "unknown";

export interface Site {
  readonly text: string;
  readonly kind: SiteKind;
}

/** One block of one trainee's plan: a column of the grid on the trainee's row. */
export interface Slot {
  /** A1 address of the block's cell on the trainee's row (a merged cell's every column has its own). */
  readonly cell: string;
  /** 0-based index of the block in the grid. */
  readonly index: number;
  /** Weeks from the start of the plan to the start of this block. */
  readonly startWeek: number;
  /** Length of the block in weeks (4; 52/12 for a month; from dates). */
  readonly weeks: number;
  readonly year: 1 | 2;
  /** The cell as read, with merges and ditto marks resolved to the rotation they continue. */
  readonly parsed: ParsedCell;
  /** Where the block is done: the cell's own site, else its year's, else none known. */
  readonly site?: Site;
  /** The cell held a ditto mark (〃, 同上, →): its text, and the cell of the rotation it continues. */
  readonly ditto?: { readonly text: string; readonly from: string };
}

/** One trainee's two-year plan as found in a grid. */
export interface Plan {
  readonly sheet: string;
  readonly trainee: string;
  /** A1 address of the cell naming the trainee (or the course title on a course sheet). */
  readonly nameCell: string;
  /** 1-based sheet row of the trainee (the rotation row on a course sheet). */
  readonly row: number;
  readonly course?: CourseId;
  /** A course sheet that names no resident (the department's course as a template): not a resident. */
  readonly template?: true;
  /** A course column's text that names none of A, B, C (reported, never guessed). */
  readonly unknownCourse?: { readonly text: string; readonly cell: string };
  readonly slots: readonly Slot[];
  /** Cells run in parallel with the main rotation (a separate 一般外来 row). */
  readonly parallel: readonly Slot[];
  /** Weeks the grid's header covers (104 for a full two-year grid). */
  readonly gridWeeks: number;
  /**
   * How a week limit compares on this grid: a month grid reads an upper limit of N weeks as
   * N/4 months (so "4–8 週" admits two months of 52/12 weeks). 1 for week-based grids, 13/12 for months.
   */
  readonly upperLimitScale: number;
  /** 1-based sheet rows the plan was read from (year rows, a 一般外来 row, a site row), when more than one. */
  readonly rows?: readonly number[];
}

/** A grid the engine found on a sheet, and the plans in it. */
export interface Grid {
  readonly sheet: string;
  /** A1 range the grid covers, header included. */
  readonly range: string;
  readonly layout: LayoutKind;
  readonly plans: readonly Plan[];
  /** The sheet's legend (`消内：消化器内科`), read as its vocabulary. */
  readonly legend?: readonly VocabularyEntry[];
  /**
   * A cohort sheet's columns beside the blocks, as the reader found them (0-based): the names',
   * and the course's and the site's when the sheet has them. For writing a row the way it is read.
   */
  readonly columns?: GridColumns;
  /** A resident per column (the blocks run down the rows): read turned, addresses the sheet's own. */
  readonly transposed?: true;
  /** The block header(s) as read: for `--explain` and the header-reading note. */
  readonly headers?: readonly GridHeader[];
}

export interface GridColumns {
  readonly name: number;
  readonly course?: number;
  readonly site?: number;
}

/** One block header of a grid as the reader took it. */
export interface GridHeader {
  /** 1-based sheet row. */
  readonly row: number;
  /** What a column is: a month, a week or several, a 4-week block, a block between dates. */
  readonly unit: "month" | "week" | "block" | "date";
  readonly columns: ReadonlyArray<{ readonly cell: string; readonly text: string; readonly startWeek: number; readonly weeks: number; readonly year: 1 | 2 }>;
  /** A header of bare numbers that could be read two ways, and how it was read. */
  readonly reading?: { readonly looked: string; readonly weeks: number; readonly unit: "month" | "week" | "block" };
}
