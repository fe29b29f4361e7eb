/**
 * Renders plans into the layouts real schedules use (issue 8) as .xlsx workbooks (exceljs), for the
 * reading tests and the round-trip property: headers of block numbers, クール, weeks over both years
 * or per year, 2-week columns, months, bare month numbers, ordinal months, `4/1` dates; one row per
 * resident or one row per year; merged, repeated or ditto continuation; the sheet's own
 * abbreviations with a legend.
 */
import * as ExcelJS from "exceljs";

export type ReadLayout =
  | "blocks" // 1 … 26
  | "blocks-per-year" // 1 … 13, twice
  | "kur" // 第1クール … 第26クール
  | "weeks-104" // 1 … 104 (bare numbers: weeks)
  | "weeks-per-year" // 1 … 52, twice
  | "two-week" // 1-2週 … 103-104週
  | "months" // 4月 … 3月, twice
  | "month-numbers" // 4 5 … 12 1 2 3, twice
  | "ordinal-months" // 1カ月 … 24カ月
  | "dates-md" // 4/1, 4/29 … (28 days apart, no year)
  | "year-rows-months" // one row per year under 4 … 3 (bare month numbers, once)
  | "year-rows-weeks"; // one row per year under 1 … 52

export interface LayoutSpec {
  /** Weeks one column stands for. */
  readonly columnWeeks: number;
  /** Columns of one year. */
  readonly perYear: number;
  /** Whether each resident takes one row per year. */
  readonly yearRows: boolean;
  /** Header text of column i (0-based) of a year row or of the two-year row. */
  header(i: number): ExcelJS.CellValue;
}

const M = 52 / 12;

export const LAYOUTS: Readonly<Record<ReadLayout, LayoutSpec>> = {
  blocks: { columnWeeks: 4, perYear: 13, yearRows: false, header: (i) => i + 1 },
  "blocks-per-year": { columnWeeks: 4, perYear: 13, yearRows: false, header: (i) => (i % 13) + 1 },
  kur: { columnWeeks: 4, perYear: 13, yearRows: false, header: (i) => `第${i + 1}クール` },
  "weeks-104": { columnWeeks: 1, perYear: 52, yearRows: false, header: (i) => i + 1 },
  "weeks-per-year": { columnWeeks: 1, perYear: 52, yearRows: false, header: (i) => (i % 52) + 1 },
  "two-week": { columnWeeks: 2, perYear: 26, yearRows: false, header: (i) => `${2 * i + 1}-${2 * i + 2}週` },
  months: { columnWeeks: M, perYear: 12, yearRows: false, header: (i) => `${((i + 3) % 12) + 1}月` },
  "month-numbers": { columnWeeks: M, perYear: 12, yearRows: false, header: (i) => ((i + 3) % 12) + 1 },
  "ordinal-months": { columnWeeks: M, perYear: 12, yearRows: false, header: (i) => `${i + 1}カ月` },
  "dates-md": { columnWeeks: 4, perYear: 13, yearRows: false, header: (i) => mdDate(i) },
  "year-rows-months": { columnWeeks: M, perYear: 12, yearRows: true, header: (i) => ((i + 3) % 12) + 1 },
  "year-rows-weeks": { columnWeeks: 1, perYear: 52, yearRows: true, header: (i) => i + 1 },
};

/** 2026-04-01 plus 28 days per column, written `m/d`. */
function mdDate(i: number): string {
  const d = new Date(Date.UTC(2026, 3, 1) + i * 28 * 86_400_000);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** A rotation in a layout's columns: text and how many columns it spans. */
export type Columns = readonly [text: string, columns: number];

export interface RenderTrainee {
  readonly name: string;
  readonly rotations: readonly Columns[];
  /** A 一般外来 row under the resident: the columns it marks (0-based), and what it writes there. */
  readonly parallel?: { readonly columns: readonly number[]; readonly mark: string; readonly label?: string };
  /** A site row under the resident: the text of each column ("" none). */
  readonly sites?: readonly string[];
}

export interface RenderOptions {
  readonly continuation?: "merge" | "repeat" | "ditto";
  /** Writes each text through this map and a legend (`abbr：name`, one per line) under the grid. */
  readonly legend?: Readonly<Record<string, string>>;
  /** A blank row, or a subtotal row, between residents. */
  readonly between?: "blank" | "subtotal";
  /** Name only on the first year row ("first"), or merged over both ("merged"). Year-row layouts only. */
  readonly yearName?: "first" | "merged";
  readonly sheetName?: string;
}

export interface Rendered {
  readonly workbook: ExcelJS.Workbook;
  /** Per trainee, per rotation: the cells it covers (A1). */
  readonly cells: ReadonlyArray<ReadonlyArray<readonly string[]>>;
}

/** Name column A, a year-label column B in year-row layouts, blocks from the next column; header on row 2. */
export function render(layout: ReadLayout, trainees: readonly RenderTrainee[], options: RenderOptions = {}): Rendered {
  const spec = LAYOUTS[layout];
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(options.sheetName ?? "ローテーション");
  const firstCol = spec.yearRows ? 3 : 2;
  const columnsShown = spec.yearRows ? spec.perYear : spec.perYear * 2;
  ws.getCell(1, 1).value = "2026年度 研修医ローテーション";
  ws.getCell(2, 1).value = "氏名";
  if (spec.yearRows) ws.getCell(2, 2).value = "年次";
  for (let i = 0; i < columnsShown; i++) ws.getCell(2, firstCol + i).value = spec.header(i);
  const continuation = options.continuation ?? "merge";
  const allCells: string[][][] = [];
  let row = 3;
  for (const trainee of trainees) {
    const rows = spec.yearRows ? [row, row + 1] : [row];
    ws.getCell(row, 1).value = trainee.name;
    if (spec.yearRows) {
      ws.getCell(row, 2).value = "1年目";
      ws.getCell(row + 1, 2).value = "2年目";
      if (options.yearName === "merged") ws.mergeCells(row, 1, row + 1, 1);
    }
    const cells: string[][] = [];
    let at = 0;
    for (const [raw, span] of trainee.rotations) {
      const text = options.legend ? abbreviate(raw, options.legend) : raw;
      const covered: string[] = [];
      // A rotation crossing the year boundary in a year-row layout is split over the two rows.
      const pieces: Array<{ r: number; from: number; n: number }> = [];
      let left = span;
      let pos = at;
      while (left > 0) {
        const year = spec.yearRows ? Math.floor(pos / spec.perYear) : 0;
        const inRow = spec.yearRows ? pos % spec.perYear : pos;
        const room = spec.yearRows ? spec.perYear - inRow : left;
        const n = Math.min(left, room);
        pieces.push({ r: rows[year]!, from: firstCol + inRow, n });
        left -= n;
        pos += n;
      }
      for (const { r, from, n } of pieces) {
        if (text !== "") {
          ws.getCell(r, from).value = text;
          if (n > 1) {
            if (continuation === "merge") ws.mergeCells(r, from, r, from + n - 1);
            else for (let c = from + 1; c < from + n; c++) ws.getCell(r, c).value = continuation === "repeat" ? text : "〃";
          }
        }
        for (let c = from; c < from + n; c++) covered.push(ws.getCell(r, c).address);
      }
      cells.push(covered);
      at += span;
    }
    allCells.push(cells);
    row += rows.length;
    if (trainee.sites) {
      trainee.sites.forEach((text, i) => {
        if (text !== "") ws.getCell(row, firstCol + i).value = text;
      });
      row++;
    }
    if (trainee.parallel) {
      if (trainee.parallel.label) ws.getCell(row, spec.yearRows ? 2 : 1).value = trainee.parallel.label;
      for (const c of trainee.parallel.columns) ws.getCell(row, firstCol + c).value = trainee.parallel.mark;
      row++;
    }
    if (options.between === "blank") row++;
    else if (options.between === "subtotal") {
      ws.getCell(row, 1).value = "小計";
      ws.getCell(row, firstCol).value = trainee.rotations.length;
      row++;
    }
  }
  if (options.legend) {
    row++;
    for (const [abbr, name] of Object.entries(options.legend)) ws.getCell(row++, 1).value = `${abbr}：${name}`;
  }
  return { workbook, cells: allCells };
}

function abbreviate(text: string, legend: Readonly<Record<string, string>>): string {
  for (const [abbr, name] of Object.entries(legend)) if (name === text) return abbr;
  return text;
}
