import { fromA1 } from "../model/address";
import type { Grid, GridHeader, Slot } from "../model/plan";
import { normalizeText } from "../text/normalize";
import { fieldLabel } from "../vocabulary/label";
import type { ParsedCell } from "../vocabulary/parsed-cell";

/**
 * How a grid was read (issue 8, `rota validate --explain`): its range and layout, each header and
 * how long each column is, where 2年次 begins, which rows became which resident, the legend it used,
 * and every cell read as something other than its literal text. A reading that is wrong must be
 * visible before any finding is believed. Pure data: the CLI and the task pane word it.
 */
export interface GridExplain {
  readonly sheet: string;
  readonly range: string;
  readonly layout: string;
  /** "columns" when the grid keeps a resident per column (the blocks run down the rows). */
  readonly orientation: "rows" | "columns";
  readonly headers: readonly HeaderExplain[];
  /** The header cell of the first column of 2年次; null when the header covers one year only. */
  readonly yearBoundary: string | null;
  readonly residents: readonly ResidentExplain[];
  /** The sheet's legend, read as its vocabulary. */
  readonly legend: ReadonlyArray<{ readonly spelling: string; readonly means: string; readonly cell: string | null }>;
  /** Cells read as something other than their literal text, one entry per run of cells read alike. */
  readonly readings: readonly CellReading[];
}

export interface HeaderExplain {
  /** 1-based sheet row; null when the header runs down a column (a resident per column). */
  readonly row: number | null;
  /** First and last header cells (`C2:AB2`). */
  readonly range: string;
  readonly unit: GridHeader["unit"];
  /** Column lengths in weeks, as runs: `{ weeks: 4, columns: 26 }`. */
  readonly lengths: ReadonlyArray<{ readonly weeks: number; readonly columns: number }>;
  readonly totalWeeks: number;
  /** A header that reads two ways: what it looked like and how it was taken. */
  readonly reading: { readonly looked: string; readonly weeks: number; readonly unit: string } | null;
}

export interface ResidentExplain {
  readonly name: string;
  readonly nameCell: string;
  /** 1-based sheet rows read for this resident (a year row, a 一般外来 row, a site row …). */
  readonly rows: readonly number[];
  readonly weeks: number;
}

/** Why a cell was read the way it was. */
export type ReadingKind =
  | "abbreviation" // a short name (local-names.ts)
  | "department" // a hospital's own department name (local-names.ts)
  | "legend" // the sheet's legend
  | "profile" // the program's vocabulary
  | "ditto" // 〃, 同上, →: the rotation before it
  | "site" // a site written before the field
  | "length" // a length written in the cell
  | "footnote" // footnote marks set aside
  | "slot" // 必修 / 選択
  | "general-outpatient" // a 一般外来 mark beside the field
  | "spelling"; // another spelling of a field the table knows

export interface CellReading {
  readonly cells: readonly string[];
  /** The text as written in the first cell. */
  readonly text: string;
  /** What it was read as: a field label, 休止, or "" when not understood. */
  readonly readAs: string;
  readonly how: ReadonlyArray<{ readonly kind: ReadingKind; readonly detail: string }>;
}

/** The explanation of one grid as the engine read it. */
export function explainGrid(grid: Grid): GridExplain {
  const headers = (grid.headers ?? []).map(explainHeader);
  const boundary = (grid.headers ?? []).flatMap((h) => h.columns).find((c) => c.year === 2);
  return {
    sheet: grid.sheet,
    range: grid.range,
    layout: grid.layout,
    orientation: grid.transposed ? "columns" : "rows",
    headers: grid.transposed ? headers.map((h) => ({ ...h, row: null })) : headers,
    yearBoundary: boundary?.cell ?? yearBoundaryOfSlots(grid),
    residents: grid.plans.map((p) => ({
      name: p.trainee,
      nameCell: p.nameCell,
      rows: p.rows ?? [p.row],
      weeks: Math.round(p.gridWeeks * 100) / 100,
    })),
    legend: (grid.legend ?? []).map((e) => ({ spelling: e.spelling, means: e.means, cell: e.cell ?? null })),
    readings: grid.plans.flatMap((p) => [...readingsOf(p.slots), ...readingsOf(p.parallel)]),
  };
}

function explainHeader(header: GridHeader): HeaderExplain {
  const lengths: Array<{ weeks: number; columns: number }> = [];
  for (const c of header.columns) {
    const weeks = Math.round(c.weeks * 100) / 100;
    const last = lengths[lengths.length - 1];
    if (last && last.weeks === weeks) last.columns++;
    else lengths.push({ weeks, columns: 1 });
  }
  const first = header.columns[0]?.cell ?? "";
  const last = header.columns[header.columns.length - 1]?.cell ?? "";
  return {
    row: header.row,
    range: first === last ? first : `${first}:${last}`,
    unit: header.unit,
    lengths,
    totalWeeks: Math.round(header.columns.reduce((n, c) => n + c.weeks, 0) * 100) / 100,
    reading: header.reading ? { looked: header.reading.looked, weeks: Math.round(header.reading.weeks * 100) / 100, unit: header.reading.unit } : null,
  };
}

/** A course sheet has no GridHeader: the first slot of 2年次. */
function yearBoundaryOfSlots(grid: Grid): string | null {
  const slot = grid.plans[0]?.slots.find((s) => s.year === 2);
  return slot ? slot.cell : null;
}

/** Runs of slots read alike (one merged or repeated rotation), each with why it reads as it does. */
function readingsOf(slots: readonly Slot[]): CellReading[] {
  const out: CellReading[] = [];
  let run: Slot[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const reading = explainRun(run);
    if (reading) out.push(reading);
    run = [];
  };
  for (const slot of slots) {
    const last = run[run.length - 1];
    if (last && (last.parsed !== slot.parsed || last.index + 1 !== slot.index || !!last.ditto !== !!slot.ditto || !sameRow(last.cell, slot.cell))) flush();
    run.push(slot);
  }
  flush();
  return out;
}

function sameRow(a: string, b: string): boolean {
  return fromA1(a)?.row === fromA1(b)?.row;
}

function explainRun(run: readonly Slot[]): CellReading | undefined {
  const [first] = run;
  if (!first) return undefined;
  const parsed = first.parsed;
  if (parsed.kind === "empty") return undefined;
  const how: Array<{ kind: ReadingKind; detail: string }> = [];
  const ditto = first.ditto;
  if (ditto) how.push({ kind: "ditto", detail: `${ditto.text} → ${ditto.from}` });
  how.push(...reasons(parsed));
  const readAs = fieldLabel(parsed);
  if (how.length === 0) {
    if (parsed.kind !== "rotation" || normalizeText(parsed.text) === normalizeText(readAs)) return undefined;
    how.push({ kind: "spelling", detail: `${parsed.text} = ${readAs}` });
  }
  return { cells: run.map((s) => s.cell), text: ditto ? ditto.text : parsed.text, readAs, how };
}

function reasons(parsed: ParsedCell): Array<{ kind: ReadingKind; detail: string }> {
  const how: Array<{ kind: ReadingKind; detail: string }> = [];
  if (parsed.via) how.push({ kind: parsed.via.kind, detail: `${parsed.via.spelling} = ${parsed.via.means} (${parsed.via.source})` });
  if (parsed.sitePrefix && parsed.site) how.push({ kind: "site", detail: parsed.site });
  if (parsed.stated) how.push({ kind: "length", detail: parsed.stated.text });
  if (parsed.marks && parsed.marks.length > 0) how.push({ kind: "footnote", detail: parsed.marks.join(" ") });
  if (parsed.slotType) how.push({ kind: "slot", detail: parsed.slotType === "required" ? "必修" : "選択" });
  if (parsed.generalOutpatient && parsed.field !== "一般外来") how.push({ kind: "general-outpatient", detail: "一般外来" });
  return how;
}

