import type * as ExcelJS from "exceljs";
import { fromA1, toA1 } from "../../engine/model/address";
import type { Finding, Severity } from "../../engine/model/finding";
import { SEVERITY_ORDER } from "../../engine/model/finding";
import type { Area } from "../../engine/model/sheet";
import { composeNote, isRotaLine, noteLine, withoutRotaLines, type Lang } from "../../engine/present";
import { mergedAreas } from "./read";

export type { Lang } from "../../engine/present";

export interface AnnotateOptions {
  /** Language of the notes; Japanese by default. */
  readonly lang?: Lang;
}

export interface AnnotationSummary {
  /** Cells that received a note (a merged area counts once, at its top-left cell). */
  readonly cells: number;
  /** Cells that were filled (errors and warnings; infos get a note only). */
  readonly filled: number;
  /** Findings none of whose cells could be placed (unknown sheet, no cells, bad address). */
  readonly unplaced: readonly Finding[];
}

/**
 * Fills by severity. Errors and warnings use Excel's own "Bad" and "Neutral" fills, which every
 * Excel user reads at a glance. Infos (the recommended-8-weeks kind) get no fill: a legal plan
 * would otherwise be painted over in most of its cells; their note marker is enough to find them.
 */
export const SEVERITY_FILL: Readonly<Record<Severity, string | undefined>> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: undefined,
};

/**
 * Marks the findings in the workbook, in place: each offending cell gets the fill of its most
 * severe finding (see {@link SEVERITY_FILL}) and a note listing every finding on it, one per line.
 * A cell inside a merged area is marked at the area's top-left cell, which is the one Excel shows.
 *
 * Nothing else changes: values, fonts, borders, number formats, merges, widths, data validation,
 * conditional formats and other notes stay. A user's note on an offending cell keeps its text (and
 * formatting) and gets ours below it; lines a previous run of Rota added are replaced, not repeated.
 *
 * @example
 * const loaded = await readWorkbook("plans.xlsx");
 * annotateWorkbook(loaded.workbook, report.findings); // → { cells: 3, filled: 2, unplaced: [] }
 * await writeWorkbookFile(loaded.workbook, "plans.annotated.xlsx");
 */
export function annotateWorkbook(workbook: ExcelJS.Workbook, findings: readonly Finding[], options: AnnotateOptions = {}): AnnotationSummary {
  const lang = options.lang ?? "ja";
  const marks = new Map<string, { sheet: ExcelJS.Worksheet; address: string; findings: Finding[] }>();
  const masters = new Map<ExcelJS.Worksheet, MasterOf>();
  const unplaced: Finding[] = [];
  for (const sheet of workbook.worksheets) clearEarlierMarks(sheet);

  for (const finding of findings) {
    const sheet = workbook.getWorksheet(finding.sheet);
    let placed = false;
    if (sheet) {
      let master = masters.get(sheet);
      if (!master) masters.set(sheet, (master = masterIndex(mergedAreas(sheet))));
      for (const cell of finding.cells) {
        const pos = fromA1(cell);
        if (!pos) continue;
        const address = master(pos.row, pos.col);
        const key = `${sheet.id}!${address}`;
        let mark = marks.get(key);
        if (!mark) marks.set(key, (mark = { sheet, address, findings: [] }));
        if (!mark.findings.includes(finding)) mark.findings.push(finding);
        placed = true;
      }
    }
    if (!placed) unplaced.push(finding);
  }

  let filled = 0;
  for (const { sheet, address, findings: onCell } of marks.values()) {
    onCell.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const cell = sheet.getCell(address);
    const argb = SEVERITY_FILL[onCell[0]!.severity];
    if (argb) {
      // exceljs shares one style object among the cells read with the same style id: replace it,
      // never mutate it, or every cell sharing it would be filled too.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb } } };
      filled++;
    }
    // exceljs drops a note on an empty cell that has no style of its own; an empty alignment is a
    // style that looks like none, and keeps the note.
    if (cell.value === null && Object.keys(cell.style ?? {}).length === 0) cell.style = { alignment: {} };
    cell.note = withOurLines(cell.note, onCell.map((f) => noteLine(f, lang)));
  }
  return { cells: marks.size, filled, unplaced };
}

/** Finds the top-left cell of the merge a cell is under (itself when none). */
type MasterOf = (row: number, col: number) => string;

/**
 * An index of every cell under a merge, for merges of ordinary size; the odd huge one (a whole
 * column merged) is checked directly rather than listed cell by cell.
 */
function masterIndex(areas: readonly Area[]): MasterOf {
  const index = new Map<string, string>();
  const huge: Area[] = [];
  for (const a of areas) {
    if ((a.bottom - a.top + 1) * (a.right - a.left + 1) > 10_000) {
      huge.push(a);
      continue;
    }
    const top = toA1(a.top, a.left);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) index.set(toA1(r, c), top);
  }
  return (row, col) => {
    const own = toA1(row, col);
    const indexed = index.get(own);
    if (indexed) return indexed;
    const area = huge.find((a) => a.top <= row && row <= a.bottom && a.left <= col && col <= a.right);
    return area ? toA1(area.top, area.left) : own;
  };
}

/**
 * Takes off what an earlier run of Rota put on the sheet (annotating an annotated copy): our lines
 * in notes, the note itself when nothing of the user's is left, and our fill on those cells.
 */
function clearEarlierMarks(sheet: ExcelJS.Worksheet): void {
  const ourFills = new Set(Object.values(SEVERITY_FILL).filter((argb): argb is string => argb !== undefined));
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const note = cell.note;
      if (note === undefined || note === null || !noteLines(note).some(isRotaLine)) return;
      const rest = withOurLines(note, []);
      if (noteLines(rest).every((line) => line.trim() === "")) {
        deleteNote(cell);
      } else {
        cell.note = rest;
      }
      const fill = cell.style?.fill;
      if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb && ourFills.has(fill.fgColor.argb)) {
        const style = { ...cell.style };
        delete style.fill;
        cell.style = style;
      }
    });
  });
}

/**
 * exceljs 4.4 has no call to delete a note: the cell keeps it in `_comment`, and a cell read from a
 * file also in its value's model, which is written back. Both go (tested in annotate.test.ts).
 */
function deleteNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

function noteLines(note: string | ExcelJS.Comment): string[] {
  return typeof note === "string" ? note.split("\n") : (note.texts ?? []).flatMap((run) => run.text.split("\n"));
}

/** The user's note, without lines of an earlier run of Rota, then ours below it. */
function withOurLines(existing: string | ExcelJS.Comment | undefined, lines: readonly string[]): string | ExcelJS.Comment {
  const ours = lines.join("\n");
  if (existing === undefined || existing === null) return ours;
  if (typeof existing === "string") {
    return composeNote(withoutRotaLines(existing), lines);
  }
  const texts = (existing.texts ?? []).filter((run) => !isRotaLine(run.text));
  const hasUserText = texts.some((run) => run.text.trim() !== "");
  if (ours === "") return { ...existing, texts };
  return { ...existing, texts: [...texts, { text: hasUserText ? `\n${ours}` : ours }] };
}
