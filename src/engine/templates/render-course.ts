import type { CellValue } from "../model/cell";
import type { Area } from "../model/sheet";
import type { CourseId } from "../model/plan";
import { COURSE_TEMPLATES, PUBLISHED_PLAN } from "./courses";
import { roleKey, type CellRole, type TemplateSheet } from "./template-sheet";
import { at } from "../model/invariant";

export interface CourseTemplateOptions {
  /** The resident's name, written next to 氏名. */
  readonly name?: string;
  /** The first day of training, written next to 研修開始日. */
  readonly start?: Date;
  /** The sheet's name; the course title by default. */
  readonly sheetName?: string;
}

const BLOCK_WEEKS = 4;
const BLOCKS_PER_YEAR = 13;
/** Column of the first block: column A holds the row labels. */
const FIRST_BLOCK_COL = 1;

/**
 * Lays out a course template in the seed's own layout: the title, 氏名 and 研修開始日, then for
 * each year a year row with its site (`1 年次 大学病院`), the `4 週 … 52 週` header and one merged
 * cell per multi-block rotation, 必修/選択 shown. The grid reader reads it back as the same plan.
 *
 * @example renderCourseTemplate("A", { name: "研修 太郎" }).sheet.rows[0] // → ["A コース", null, "一般診療をまず身につけたいとき", …]
 */
export function renderCourseTemplate(course: CourseId, options: CourseTemplateOptions = {}): TemplateSheet {
  const template = COURSE_TEMPLATES[course];
  const width = FIRST_BLOCK_COL + BLOCKS_PER_YEAR;
  const rows: CellValue[][] = [];
  const merges: Area[] = [];
  const roles = new Map<string, CellRole>();
  const put = (row: number, col: number, value: CellValue, role: CellRole) => {
    while (rows.length <= row) rows.push(new Array<CellValue>(width).fill(null));
    at(rows, row, "rows were added up to this one")[col] = value;
    roles.set(roleKey(row, col), role);
  };

  put(0, 0, template.title, "title");
  put(0, 2, template.purpose, "note");
  put(1, 0, "氏名", "label");
  put(1, 1, options.name ?? null, "value");
  merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
  put(1, 5, "研修開始日", "label");
  put(1, 7, options.start ?? null, "value");
  merges.push({ top: 1, left: 5, bottom: 1, right: 6 }, { top: 1, left: 7, bottom: 1, right: 8 });

  let row = 3;
  for (const year of template.years) {
    put(row, 0, `${year.year} 年次 ${year.site}`, "year");
    merges.push({ top: row, left: 0, bottom: row, right: width - 1 });
    put(row + 1, 0, "週", "label");
    for (let b = 0; b < BLOCKS_PER_YEAR; b++) put(row + 1, FIRST_BLOCK_COL + b, `${(b + 1) * BLOCK_WEEKS} 週`, "header");
    put(row + 2, 0, "研修科", "label");
    let col = FIRST_BLOCK_COL;
    for (const rotation of year.rotations) {
      const blocks = Math.round(rotation.weeks / BLOCK_WEEKS);
      put(row + 2, col, rotation.text, "rotation");
      for (let b = 1; b < blocks; b++) roles.set(`${row + 2},${col + b}`, "rotation");
      if (blocks > 1) merges.push({ top: row + 2, left: col, bottom: row + 2, right: col + blocks - 1 });
      col += blocks;
    }
    row += 4;
  }
  // Said in a coordinator's words: where the weeks come from, never a file or code name.
  put(row, 0, `週数は既定値で、${PUBLISHED_PLAN.ja}から導いたものです。編集して使ってください。`, "note");
  put(row + 1, 0, `Week counts are defaults derived from ${PUBLISHED_PLAN.en}; edit them to suit.`, "note");

  return {
    sheet: { name: options.sheetName ?? template.title.replace(/\s+/g, ""), rows, merges },
    roles,
    columnWidths: [10, ...new Array<number>(BLOCKS_PER_YEAR).fill(9)],
    lists: [],
  };
}
